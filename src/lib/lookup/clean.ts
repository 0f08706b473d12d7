/**
 * Noise in pasted text: markup, URLs, ids, timestamps and log prefixes. None of it names an error, and some of it
 * (a request id full of digits, an epoch timestamp) would otherwise look like a code. All patterns are fixed and
 * bounded; none is built from input.
 */

const TAG = /<\/?[A-Za-z][^<>]{0,200}>/g;
const URL = /\b(?:https?|wss?):\/\/([A-Za-z0-9.-]{1,253})[^\s"'<>]{0,2000}/gi;
const BARE_HOST = /\b((?:[a-z0-9-]{1,63}\.){1,6}(?:com|cn|io|co|net|org|ai))\b/gi;
const NOISE: readonly RegExp[] = [
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, // UUIDs
  /\b[0-9a-f]{8,64}\*{2,8}/gi, // ids masked in documentation (`5ec521b5aa10…****`)
  /\b(?=[0-9a-f]{0,63}[a-f])(?=[0-9a-f]{0,63}\d)[0-9a-f]{16,64}\b/gi, // hex ids with letters and digits
  /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g, // ISO dates
  /\b\d{4}\/\d{2}\/\d{2}\b/g,
  /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?\b/g, // clock times
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g, // IPv4 addresses
  /\b\d{10,}\b/g, // epoch timestamps and long numeric ids: no catalog code is that long
];

/** Replaces markup with spaces, so `<b>Forbidden</b>` reads as `Forbidden` and `<script>` tags vanish. */
export function stripTags(text: string): string {
  return text.replace(TAG, ' ');
}

/** Host names in the text (from URLs and bare host names): the endpoint is evidence of the vendor. */
export function hostsOf(text: string): string[] {
  const hosts = new Set<string>();
  for (const m of text.matchAll(URL)) if (m[1]) hosts.add(m[1].toLowerCase());
  for (const m of text.matchAll(BARE_HOST)) if (m[1] && hosts.size < 50) hosts.add(m[1].toLowerCase());
  return [...hosts];
}

/** The text without URLs, ids, timestamps and addresses. */
export function stripNoise(text: string): string {
  let out = text.replace(URL, ' ');
  for (const re of NOISE) out = out.replace(re, ' ');
  return out;
}

/** One leading piece of a log line: timestamp, `[bracket]`, level, pid, `logger:`, separator. */
const PREFIX =
  /^\s*(?:\d{4}[-/]\d{2}[-/]\d{2}[T ]?[\d:.,+Z-]{0,30}|\d{1,2}:\d{2}:\d{2}[\d.,]{0,10}|\[[^\]\r\n]{0,80}\]|\([^)\r\n]{0,40}\)|(?:trace|debug|info|warn|warning|error|err|fatal|critical|severe|notice|exception)\b:?|\d{1,10}\b|[\w.$/-]{1,80}:(?=\s)|[-|>#*]+(?=\s))/i;

/**
 * The ways a log line may hold a message: the line, the line after each leading prefix piece is removed, and the
 * text after each `: ` or ` - ` separator. A message matches "whole" when it equals one of these.
 */
export function lineCandidates(line: string): string[] {
  const out = new Set<string>();
  let rest = line.trim();
  for (let i = 0; i < 12 && rest; i++) {
    out.add(rest);
    const m = PREFIX.exec(rest);
    if (!m?.[0]) break;
    rest = rest.slice(m[0].length).trim();
  }
  const seps = /: | - | \| |=> /g;
  for (let m = seps.exec(line), n = 0; m && n < 8; m = seps.exec(line), n++) {
    out.add(line.slice(m.index + m[0].length).trim());
  }
  out.delete('');
  return [...out];
}
