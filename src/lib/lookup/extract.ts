import { hostsOf, lineCandidates, stripNoise, stripTags } from './clean';
import { readFields, type Field } from './fields';
import { isHttpStatus, reasonPhrases } from './http';
import { normalize } from './normalize';

/**
 * Everything the lookup reads out of a paste, vendor-agnostic: fields of the body, HTTP statuses, headers, hosts,
 * identifier-shaped tokens and the strings that may be a whole message. Deciding what they mean is left to the
 * index, which knows the catalog.
 */

/** A token that looks like an identifier, by the shape it was written in. */
export interface Token {
  value: string;
  /** `dashed`: DATA-0000, NET-0001; `qualified`: an SDK's Enum.Member or module.Class. */
  shape: 'number' | 'snake' | 'camel' | 'caps' | 'dashed' | 'qualified';
}

export interface Extracted {
  /** The input, cut to the size limit, markup removed. */
  text: string;
  fields: Field[];
  /** Whether a JSON body parsed. */
  parsedJson: boolean;
  /** HTTP statuses named by status lines, `status: 429`, or a number followed by its reason phrase. */
  statuses: number[];
  /** WebSocket close codes named as such: `code=1008`, `received 1008 (policy violation)`, `closed with code 4001`. */
  closeCodes: number[];
  /** Lower-cased names of HTTP headers written as `Name: value` lines. */
  headers: string[];
  /** Host names from URLs. */
  hosts: string[];
  /** Identifier-shaped tokens from the text without noise. */
  tokens: Token[];
  /** Strings that may be a whole message: string field values, then log lines and their prefix-stripped forms. */
  messages: string[];
  /** The text without noise (ids, timestamps, URLs, markup), normalised. */
  cleaned: string;
}

/** How much of a paste is read: error bodies and log excerpts are far smaller; a 100 KB paste is mostly noise. */
export const DEFAULT_MAX_CHARS = 32 * 1024;
const MAX_LINES = 300;
const MAX_MESSAGES = 1500;
const MAX_TOKENS = 200;

const HEADER_LINE = /^[ \t]*([A-Za-z][A-Za-z0-9-]{1,60})[ \t]*:[ \t]*(\S.{0,500})?$/gm;
const KNOWN_HEADERS = new Set(['authorization', 'host', 'server', 'date']);
const STATUS_LINES: readonly RegExp[] = [
  /\bHTTP\/\d(?:\.\d)?[ \t]+([1-5]\d\d)\b/gi,
  /\b(?:http|status|status[ _-]?code|response[ _-]?code|http[ _-]?status)["']?[ \t]{0,3}[:=#]?[ \t]{0,3}([1-5]\d\d)(?![\d.])/gi,
];

function statusesOf(text: string, cleaned: string): number[] {
  const found = new Set<number>();
  for (const re of STATUS_LINES) for (const m of text.matchAll(re)) found.add(Number(m[1]));
  // "429 Too Many Requests" without an HTTP/1.1 in front still names a status.
  for (const m of cleaned.matchAll(/\b([1-5]\d\d) ([a-z]+(?: [a-z]+){0,3})/g)) {
    const status = Number(m[1]);
    const reason = reasonPhrases[status];
    if (reason && `${m[2]} `.startsWith(`${reason} `)) found.add(status);
  }
  return [...found].filter(isHttpStatus);
}

const CLOSE_LINES: readonly RegExp[] = [
  /\b(?:close[ _-]?code|code)["']?[ \t]{0,3}[=:][ \t]{0,3}([1-4]\d{3})(?![\d.])/gi,
  /\b(?:received|sent|closed?(?:[ \t]+with)?(?:[ \t]+(?:code|status))?|closing)[ \t]+([1-4]\d{3})(?![\d.])/gi,
];

function closeCodesOf(text: string): number[] {
  const found = new Set<number>();
  for (const re of CLOSE_LINES) for (const m of text.matchAll(re)) if (found.size < 8) found.add(Number(m[1]));
  return [...found].filter((n) => n >= 1000 && n <= 4999);
}

function headersOf(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(HEADER_LINE)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name.includes('-') || KNOWN_HEADERS.has(name)) names.add(name);
    if (names.size >= 50) break;
  }
  return [...names];
}

function shapeOf(token: string): Token['shape'] | undefined {
  if (/^\d{5,9}$/.test(token)) return 'number';
  if (/[A-Za-z]/.test(token) && /[A-Za-z\d]_[A-Za-z\d]/.test(token)) return 'snake';
  if (token.length >= 8 && /^[A-Za-z][a-z\d]*(?:[A-Z]+[a-z\d]+){2,}$/.test(token)) return 'camel';
  if (/^[A-Z]{4,}$/.test(token)) return 'caps';
  return undefined;
}

/** Identifiers written with `-` or `.` inside: payload ids (`DATA-0000`) and qualified SDK names. */
function joinedShape(token: string): Token['shape'] | undefined {
  if (/^[A-Z]{2,}-\d{3,}$/.test(token)) return 'dashed';
  if (
    /^[A-Za-z][A-Za-z\d_]*(?:\.[A-Za-z_][A-Za-z\d_]*)+$/.test(token) &&
    /[A-Z]/.test(token) &&
    /\.[A-Z]/.test(token)
  ) {
    return 'qualified';
  }
  return undefined;
}

function tokensOf(noiseless: string): Token[] {
  const seen = new Map<string, Token>();
  // The enum or module part of a qualified name (`RealtimeErrorType` in `RealtimeErrorType.AudioTooLong`) names a
  // family, not an error: it is not a token of its own.
  const families = new Set<string>();
  for (const m of noiseless.matchAll(/[A-Za-z][A-Za-z0-9_]*(?:[.-][A-Za-z0-9_]+)+/g)) {
    if (seen.size >= MAX_TOKENS / 4) break;
    const shape = joinedShape(m[0]);
    if (shape && !seen.has(m[0])) seen.set(m[0], { value: m[0], shape });
    if (shape === 'qualified') for (const part of m[0].split('.').slice(0, -1)) families.add(part);
    if (shape === 'dashed') families.add(m[0].split('-')[0]!);
  }
  let scanned = 0;
  for (const m of noiseless.matchAll(/[A-Za-z0-9_]+/g)) {
    if (++scanned > 5000 || seen.size >= MAX_TOKENS) break;
    const value = m[0].replace(/^_+|_+$/g, '');
    const shape = shapeOf(value);
    if (shape && !seen.has(value) && !families.has(value)) seen.set(value, { value, shape });
  }
  return [...seen.values()];
}

/**
 * "error code 1001", "agora start error code 62", "错误码 40000001": a number the text itself calls the error's
 * code is read like a `code` field, so an operation word between the vendor and the number cannot hide it. (A
 * status code, a close code and `code: N` are read elsewhere.)
 */
const STATED_CODE =
  /(?<!(?:status|http|response|close)[ _-]?)(?:\b(?:error|err)[ _-]?code|\bcode|错误码|错误代码)[ \t]*(?:is[ \t]+|of[ \t]+)?#?(-?\d{1,10})(?![\d.])/gi;

function statedCodes(text: string, fields: readonly Field[]): Field[] {
  const out: Field[] = [];
  for (const m of text.matchAll(STATED_CODE)) {
    const value = m[1]!;
    if (out.length >= 4 || fields.some((f) => f.value === value) || out.some((f) => f.value === value)) continue;
    out.push({ path: 'code', key: 'code', value, kind: 'number' });
  }
  return out;
}

/** Reads a paste. Never throws; the work is bounded by `maxChars`. */
export function extract(input: string, maxChars = DEFAULT_MAX_CHARS): Extracted {
  const text = stripTags(String(input ?? '').slice(0, maxChars));
  const read = readFields(text);
  const parsed = read.parsed;
  const fields = [...read.fields, ...statedCodes(text, read.fields)];
  const noiseless = stripNoise(text);
  const cleaned = normalize(noiseless);
  const messages = new Set<string>();
  for (const f of fields) if (f.kind === 'string' && /\D/.test(f.value)) messages.add(f.value.trim());
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, MAX_LINES);
  for (const line of lines) for (const c of lineCandidates(line)) messages.add(c);
  if (lines.length > 1 && text.length <= 4000) messages.add(text.replace(/\s+/g, ' ').trim());
  return {
    text,
    fields,
    parsedJson: parsed,
    statuses: statusesOf(text, cleaned),
    closeCodes: closeCodesOf(text),
    headers: headersOf(text),
    hosts: hostsOf(text),
    tokens: tokensOf(noiseless),
    messages: [...messages].filter(Boolean).slice(0, MAX_MESSAGES),
    cleaned,
  };
}
