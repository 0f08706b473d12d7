import { codeFieldEvidence, leadingVendor } from './evidence';
import { HitSet, type Hit } from './hits';
import { indexMaps } from './keys';
import { matchCodes } from './match-codes';
import { matchMessages } from './match-messages';
import { matchNames, STOP } from './match-names';
import { codeKey, hasHan, normalize, squash, words } from './normalize';
import { readQuery, type Query } from './query';
import { adjust, order, sharedIdentifier, toResult, unknownCode } from './rank';
import type { LookupIndex, LookupOptions, LookupResult } from './types';

/**
 * The lookup layer in front of full-text search: answers identifiers, pasted messages, JSON bodies and log lines
 * from a small index built from the catalog, and says how sure each answer is. Full-text search gets `terms`.
 */

export { buildLookupIndex, lookupVendors, type LookupVendorInput } from './build';
export type {
  IndexedEntry,
  IndexedMessage,
  IndexedVendor,
  LookupHit,
  LookupIndex,
  LookupOptions,
  LookupResult,
  MatchLevel,
} from './types';

const MAX_TERMS = 12;
/** Keys whose values are ids, secrets or addresses, never words worth searching for. */
const OPAQUE_KEY = /(?:^|_)(?:ids?|token|key|secret|url|uri|time|timestamp|date)$|id$/;
const FIELD_WORDS = new Set(
  'message reason status text details detail error header result namespace name default'.split(' '),
);

/** Words for full-text search: what is left after noise, vendor names, filler and resolved codes are taken out. */
function termsOf(q: Query, resolved: Set<string>, vendorTerms: Set<string>): string[] {
  const kept = q.x.fields.filter(
    (f) => !OPAQUE_KEY.test(f.key) && !f.key.includes('-') && f.kind !== 'number' && !resolved.has(codeKey(f.value)),
  );
  const source = q.x.parsedJson
    ? normalize(kept.map((f) => f.value).join(' '))
    : resolved.has(squash(q.residual))
      ? ''
      : q.residual;
  const out: string[] = [];
  for (const w of words(source)) {
    if (out.length >= MAX_TERMS) break;
    if (STOP.has(w) || FIELD_WORDS.has(w) || vendorTerms.has(w) || resolved.has(codeKey(w)) || out.includes(w))
      continue;
    if (/^[0-9a-f]{12,}$/.test(w) || (w.length === 1 && !hasHan(w))) continue;
    out.push(w);
  }
  return out;
}

/**
 * Answers a query (anything from one identifier to a 100 KB paste) from the index: best first, each result labelled
 * exact, likely or related with its reason. Never throws; reads at most `options.maxChars` characters.
 */
export function lookup(index: LookupIndex, query: string, options: LookupOptions = {}): LookupResult {
  const q = readQuery(index.vendors, typeof query === 'string' ? query : '', options.maxChars);
  if (!q.full) return { results: [], terms: [] };
  const { codes } = indexMaps(index);
  codeFieldEvidence(
    q.ev,
    q.x.fields,
    (key) => (codes.get(key) ?? []).map((i) => index.entries[i]!.vendor),
    (slug) => index.vendors.find((v) => v.slug === slug)?.name ?? slug,
  );
  const hint = leadingVendor(q.ev) ?? q.hint;
  if (hint) q.hint = hint;
  const hits = new HitSet();
  const unmatched = matchCodes(index, q, hits);
  matchMessages(index, q, hits);
  matchNames(index, q, hits);
  // A paste that is one identifier and nothing else has no second piece of evidence: a message that spells the same
  // words is the identifier again, not corroboration.
  const identifierOnly = !q.x.fields.length && /^\S+$/.test(q.x.text.trim());
  const ranked: Hit[] = order(sharedIdentifier(index, q, adjust(index, q, hits.list(!identifierOnly)), identifierOnly));
  const limit = Math.max(0, options.limit ?? 10);
  const resolved = new Set(ranked.filter((h) => h.tier === 0).map((h) => codeKey(index.entries[h.entry]!.code)));
  const vendorTerms = new Set(index.vendors.flatMap((v) => v.terms.filter((t) => !t.includes(' '))));
  const unknown = unknownCode(index, q, unmatched, ranked);
  const uncovered = q.ev.foreign && ![...q.ev.scores.values()].some((s) => s >= 2) ? q.ev.foreign : undefined;
  return {
    results: ranked.slice(0, limit).map((h) => toResult(index, h)),
    ...(q.hint ? { vendorHint: q.hint } : {}),
    ...(unknown ? { unknownCode: unknown } : {}),
    ...(uncovered ? { uncoveredVendor: uncovered } : {}),
    terms: termsOf(q, resolved, vendorTerms),
  };
}
