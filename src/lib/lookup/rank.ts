import { entryIdUrl } from '../urls';
import { demote, tierNames, type Hit } from './hits';
import { alibabaShape, inferUnknown } from './infer';
import { BODY_CODE_KEYS } from './keys';
import type { Unmatched } from './match-codes';
import { codeKey, squash, words } from './normalize';
import type { Query } from './query';
import type { LookupHit, LookupIndex, LookupResult } from './types';

/**
 * Turns the raw hits into the answer: weighs them against the vendor evidence and the body's own code, orders them
 * and says what an undocumented code suggests. This is where honesty is enforced: whatever the matchers found,
 * nothing stays exact when the text points elsewhere.
 */

const STATED_KEYS = new Set([...BODY_CODE_KEYS, 'status', 'exception']);

/** Codes the body states itself (HTTP statuses aside), by key, so that a message cannot outvote them. */
function bodyCodes(q: Query): Map<string, string> {
  const codes = new Map<string, string>();
  for (const f of q.x.fields) {
    if (!STATED_KEYS.has(f.key) || /\s/.test(f.value)) continue;
    // A three-digit status beside the code (Amplifier Health's `status: 400`) is the HTTP status, not a code.
    if (f.key === 'status' && /^[1-5]\d\d$/.test(f.value)) continue;
    if (/^\d+$/.test(f.value) || /^[A-Z][A-Z\d_]+$/.test(f.value) || /^[A-Z][a-z]+[A-Z]/.test(f.value))
      codes.set(codeKey(f.value), f.value);
  }
  return codes;
}

function vendorName(index: LookupIndex, slug: string): string {
  return index.vendors.find((v) => v.slug === slug)?.name ?? slug;
}

/** Score per word of an entry's API (`listen`, `speak`, `v3`) that the text also has, up to `SURFACE_MAX`. */
const SURFACE_WORD = 2;
const SURFACE_MAX = 10;

export function adjust(index: LookupIndex, q: Query, hits: Hit[]): Hit[] {
  const stated = bodyCodes(q);
  const said = new Set(words(q.full));
  // Vendors one of whose API errors the text quotes in full: an SDK exception class beside it only wraps that error.
  const quoted = new Map<string, number>();
  for (const h of hits) {
    const e = index.entries[h.entry]!;
    if (h.via !== 'message' || h.tier !== 0 || e.namespace === 'sdk') continue;
    quoted.set(e.vendor, Math.max(h.score, quoted.get(e.vendor) ?? 0));
  }
  const anyEvidence = [...q.ev.scores.values()].some((s) => s >= 2);
  return hits.map((h) => {
    const e = index.entries[h.entry]!;
    let { tier, score, reason } = h;
    // (A job's code is its status word, which no code field states.)
    if (h.via === 'message' && tier === 0 && stated.size > 0 && e.namespace !== 'job' && !stated.has(codeKey(e.code))) {
      tier = 1;
      reason += ` The body's own code (${[...stated.values()].join(', ')}) is not this entry's.`;
    }
    if (q.hint && e.vendor !== q.hint) {
      tier = demote(tier);
      const why = q.ev.reasons.get(q.hint)?.[0] ?? 'its evidence';
      reason += ` But the text points to ${vendorName(index, q.hint)} (${why}).`;
    } else if (q.hint) {
      score += 15;
    }
    const wrapped = quoted.get(e.vendor);
    if (e.namespace === 'sdk' && h.via === 'code' && !h.support?.has('message') && wrapped !== undefined) {
      score = Math.min(score, wrapped - 1);
      reason += ' The error it wraps is quoted in full, so that entry comes first.';
    }
    score += Math.min(q.ev.scores.get(e.vendor) ?? 0, 8);
    // Entries that share an identifier on different APIs (a close code on the speech-to-text and the text-to-speech
    // socket) are told apart by the API the text mentions.
    if (e.surface && tier <= 1)
      score += Math.min(SURFACE_MAX, SURFACE_WORD * e.surface.filter((w) => said.has(w)).length);
    if (q.ev.foreign && !anyEvidence) {
      tier = 2;
      reason += ` The text points to ${q.ev.foreign}, which the catalog does not cover yet.`;
    }
    return { ...h, tier, score, reason };
  });
}

/**
 * A bare identifier that several vendors use (`InvalidArgument`, `RATE_LIMIT_EXCEEDED`), with nothing in the text to
 * say whose: each of them is a likely answer, none is certain. Naming the vendor, or pasting the body, decides.
 */
export function sharedIdentifier(index: LookupIndex, q: Query, hits: Hit[], identifierOnly: boolean): Hit[] {
  if (!identifierOnly || [...q.ev.scores.values()].some((s) => s >= 2)) return hits;
  const vendorOf = (h: Hit) => index.entries[h.entry]!.vendor;
  const vendors = new Set(hits.filter((h) => h.tier === 0).map(vendorOf));
  if (vendors.size < 2) return hits;
  // One vendor spelling it exactly as typed (`audio_too_short`, not AUDIO_TOO_SHORT) is the one meant.
  const typed = q.x.text.trim();
  const asTyped = new Set(hits.filter((h) => h.tier === 0 && index.entries[h.entry]!.code === typed).map(vendorOf));
  const keep = asTyped.size === 1 ? [...asTyped][0] : undefined;
  const names = [...vendors].map((v) => vendorName(index, v));
  const list = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  return hits.map((h) =>
    h.tier === 0 && vendorOf(h) !== keep
      ? {
          ...h,
          tier: 1,
          reason: `${h.reason} But ${list} all use this identifier: name the vendor to tell them apart.`,
        }
      : h,
  );
}

export function order(hits: Hit[]): Hit[] {
  return [...hits].sort((a, b) => a.tier - b.tier || b.score - a.score || a.entry - b.entry);
}

export function toResult(index: LookupIndex, h: Hit): LookupHit {
  const e = index.entries[h.entry]!;
  const message = h.message ?? e.messages[0]?.text;
  return {
    id: e.id,
    url: entryIdUrl(e.id),
    vendor: e.vendor,
    code: e.code,
    namespace: e.namespace,
    title: e.title,
    category: e.category,
    ...(message === undefined ? {} : { message }),
    match: tierNames[h.tier],
    reason: h.reason,
  };
}

export function unknownCode(
  index: LookupIndex,
  q: Query,
  unmatched: Unmatched[],
  ranked: Hit[],
): LookupResult['unknownCode'] {
  const resolved = new Set(ranked.filter((h) => h.tier === 0).map((h) => codeKey(index.entries[h.entry]!.code)));
  const hasExact = ranked.some((h) => h.tier === 0);
  // A reason such as IDLE_TIMEOUT is a catalog alias, not an undocumented code.
  const aliases = new Set(ranked.flatMap((h) => index.entries[h.entry]!.aliases.map(squash)));
  // A code read from a body field is reported even beside a match; a bare query or a word in running text only
  // when nothing matched exactly (UNSUPPORTED_SAMPLE_RATE is a message, not an unknown code).
  const pick = unmatched.find(
    (u) => !resolved.has(codeKey(u.code)) && !aliases.has(codeKey(u.code)) && (u.strength >= 3 || !hasExact),
  );
  if (!pick) return undefined;
  const vendor = pick.elsewhere.length
    ? q.hint
    : (q.hint ?? (alibabaShape.test(pick.code) ? 'alibaba-nls' : undefined));
  const name = vendor ? vendorName(index, vendor) : undefined;
  const inference = inferUnknown(
    pick.code,
    name,
    pick.elsewhere.map((v) => vendorName(index, v)),
  );
  return { ...(vendor ? { vendor } : {}), code: pick.code, inference };
}
