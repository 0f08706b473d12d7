import { vendorEvidence, leadingVendor, type VendorEvidence } from './evidence';
import { extract, type Extracted } from './extract';
import { reasonPhrases } from './http';
import { codeKey, hasHan, normalize, squash, words } from './normalize';
import type { IndexedVendor } from './types';

/** A paste read once, with everything the matchers share. */
export interface Query {
  x: Extracted;
  /** The whole input normalised, noise kept (ids may fill a placeholder). */
  full: string;
  /** Candidate messages normalised, and squashed, parallel to `x.messages`. */
  messages: string[];
  squashed: string[];
  /** The cleaned text without vendor names. */
  named: string;
  /** `named` without filler words ("error", "code", "what does … mean", 报错): what the person asks about. */
  residual: string;
  /** codeKey of every raw token as written, so `audio_too_short` counts as one identifier and `audio too short` not. */
  rawKeys: Map<string, string>;
  ev: VendorEvidence;
  hint?: string;
}

/** Words that frame a question rather than name an error ("what does error code X mean"). */
const FILLER = new Set(
  (
    'error errors err code codes status http https what does do mean means meaning how fix why got get getting ' +
    'returned returns response exception api'
  ).split(' '),
);
const HAN_FILLER = [
  '是什么意思',
  '什么意思',
  '是什么',
  '怎么解决',
  '怎么办',
  '错误码',
  '状态码',
  '报错',
  '错误',
  '返回',
  '提示',
  '出现',
];

function removePhrase(text: string, phrase: string): string {
  if (hasHan(phrase)) return text.includes(phrase) ? text.split(phrase).join(' ') : text;
  // Most phrases are absent: checking first spares a split and a regex pass per vendor term on every query.
  const padded = ` ${text} `;
  if (!padded.includes(` ${phrase} `)) return text;
  return padded.split(` ${phrase} `).join('  ').replace(/\s+/g, ' ').trim();
}

function withoutFiller(text: string): string {
  let out = text;
  for (const f of HAN_FILLER) out = out.split(f).join(' ');
  return words(normalize(out))
    .filter((w) => !FILLER.has(w))
    .join(' ');
}

/** "429 too many requests" says nothing beyond the status, which matchCodes already reads. */
function withoutReasons(residual: string, statuses: readonly number[]): string {
  let out = residual;
  for (const s of statuses) {
    const reason = reasonPhrases[s];
    if (reason) out = removePhrase(out, reason);
  }
  return out;
}

/** Vendor names, longest first, so "agora stt" goes before "agora" and leaves no stray "stt"; once per vendor list. */
const termLists = new WeakMap<readonly IndexedVendor[], string[]>();
function termsOf(vendors: readonly IndexedVendor[]): string[] {
  let terms = termLists.get(vendors);
  if (!terms) termLists.set(vendors, (terms = vendors.flatMap((v) => v.terms).sort((a, b) => b.length - a.length)));
  return terms;
}

/**
 * The last query read per vendor list. The split index reads a query for its keys and the lookup reads it again,
 * twice when loose keys load more entries; a 20 KB paste takes tens of milliseconds to read. Queries are never
 * modified once read, so sharing one is safe.
 */
const lastRead = new WeakMap<readonly IndexedVendor[], { input: string; maxChars: number | undefined; query: Query }>();

export function readQuery(vendors: readonly IndexedVendor[], input: string, maxChars?: number): Query {
  const last = lastRead.get(vendors);
  if (last && last.input === input && last.maxChars === maxChars) return last.query;
  const query = read(vendors, input, maxChars);
  lastRead.set(vendors, { input, maxChars, query });
  return query;
}

function read(vendors: readonly IndexedVendor[], input: string, maxChars?: number): Query {
  const x = extract(input, maxChars);
  const ev = vendorEvidence(x, vendors);
  const hint = leadingVendor(ev);
  let named = x.cleaned;
  for (const t of termsOf(vendors)) named = removePhrase(named, t);
  named = normalize(named);
  const messages = x.messages.map(normalize);
  const rawKeys = new Map<string, string>();
  for (const raw of x.text.split(/[\s"'`,;:()[\]{}<>=]+/).slice(0, 2000)) {
    const key = codeKey(raw);
    if (key && !rawKeys.has(key)) rawKeys.set(key, raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  }
  return {
    x,
    full: normalize(x.text),
    messages,
    squashed: messages.map(squash),
    named,
    residual: withoutReasons(withoutFiller(named), x.statuses),
    rawKeys,
    ev,
    ...(hint ? { hint } : {}),
  };
}
