/**
 * The delay an error states before the next attempt: a `Retry-After` header (seconds or an HTTP date), a body field
 * (`retry_after: 60`, `"retryAfter": "2"`, Google's `"retryDelay": "30s"`), or running text ("try again in 20s").
 */
export interface StatedDelay {
  seconds: number;
  /** The header or field name as written, or `text`. */
  from: string;
}

const WEEK = 7 * 24 * 3600;
const UNIT: Record<string, number> = {
  ms: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hour: 3600,
  hours: 3600,
};

const HEADER = /^[ \t>*-]*(retry-after)[ \t]*:[ \t]*([^\r\n]+)$/im;
const FIELD =
  /["']?\b(retry[_-]?after(?:[_-]?(?:seconds|secs|s|ms))?|retryAfter(?:Seconds|Ms)?|retry[_-]?in|retryDelay|retry_delay)\b["']?\s*[:=]\s*["']?(\d+(?:\.\d+)?)\s*(ms|s|sec|seconds)?\b/i;
const TEXT =
  /\b(?:retry|try(?: again)?|wait)\s+(?:again\s+)?(?:after|in|for)\s+(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hours?)\b/i;

const sane = (seconds: number): number | undefined =>
  Number.isFinite(seconds) && seconds >= 0 && seconds <= WEEK ? Math.round(seconds * 1000) / 1000 : undefined;

export function statedDelay(text: string, now: number = Date.now()): StatedDelay | undefined {
  const header = HEADER.exec(text);
  if (header) {
    const value = header[2]!.trim();
    const seconds = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : (Date.parse(value) - now) / 1000;
    const s = sane(Math.max(0, seconds));
    if (s !== undefined && !Number.isNaN(seconds)) return { seconds: s, from: 'Retry-After' };
  }
  const field = FIELD.exec(text);
  if (field) {
    const [, name, amount, unit] = field;
    const inMs = /ms$/i.test(name!) || unit?.toLowerCase() === 'ms';
    const s = sane(Number(amount) * (inMs ? 0.001 : 1));
    if (s !== undefined) return { seconds: s, from: name! };
  }
  const words = TEXT.exec(text);
  if (words) {
    const s = sane(Number(words[1]) * (UNIT[words[2]!.toLowerCase()] ?? 1));
    if (s !== undefined) return { seconds: s, from: 'text' };
  }
  return undefined;
}
