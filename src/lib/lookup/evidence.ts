import type { Extracted } from './extract';
import type { Field } from './fields';
import { matches, type Signature } from './envelopes';
import { isHostOf, knownVendors } from './known';
import { BODY_CODE_KEYS } from './keys';
import { codeKey, containsPhrase, normalize } from './normalize';
import type { IndexedVendor } from './types';

/**
 * Which vendor a paste comes from. Names and hosts are the strongest signal; after them the envelope: each vendor
 * wraps errors in its own JSON shape (declared in its content file, compiled by envelopes.ts), which is what
 * separates Scriptix's UNSUPPORTED_FORMAT from Amplifier Health's.
 */

/** A matched body signature whose keys are a strict subset of another vendor's matched one says less: it is dropped. */
function mostSpecific(found: { vendor: string; s: Signature }[]): { vendor: string; s: Signature }[] {
  const subset = (a: string[], b: string[]) => a.length < b.length && a.every((k) => b.includes(k));
  return found.filter(
    ({ vendor, s }) =>
      s.kind !== 'envelope' ||
      !found.some((o) => o.vendor !== vendor && o.s.kind === 'envelope' && subset(s.keys!, o.s.keys!)),
  );
}

export interface VendorEvidence {
  /** Evidence weight per vendor slug (0 when none). */
  scores: Map<string, number>;
  /** Why, per vendor, for result reasons. */
  reasons: Map<string, string[]>;
  /** Vendors named in the text or by a host. */
  named: Set<string>;
  /** A speech vendor outside the catalog that the text names or whose host it has: its display name. */
  foreign?: string;
}

export function vendorEvidence(x: Extracted, vendors: readonly IndexedVendor[]): VendorEvidence {
  const scores = new Map<string, number>();
  const reasons = new Map<string, string[]>();
  const named = new Set<string>();
  const add = (vendor: string, weight: number, why: string) => {
    scores.set(vendor, (scores.get(vendor) ?? 0) + weight);
    reasons.set(vendor, [...(reasons.get(vendor) ?? []), why]);
  };
  const text = x.cleaned;
  for (const v of vendors) {
    const term = v.terms.find((t) => containsPhrase(text, t));
    if (term) {
      add(v.slug, 6, `the text names ${v.name}`);
      named.add(v.slug);
      continue;
    }
    const hostTerm = v.terms.find((t) => t.length >= 4 && !t.includes(' ') && x.hosts.some((h) => h.includes(t)));
    if (hostTerm) {
      add(v.slug, 6, `the URL is ${v.name}'s`);
      named.add(v.slug);
    }
  }
  const byKey = new Map<string, Field>();
  const byPath = new Map<string, Field>();
  for (const f of x.fields) {
    if (!byKey.has(f.key)) byKey.set(f.key, f);
    if (!byPath.has(f.path)) byPath.set(f.path, f);
  }
  const field = (key: string) => (key.includes('.') ? byPath.get(key) : byKey.get(key));
  const found = vendors.flatMap((v) =>
    v.signatures.filter((s) => matches(s, x, field)).map((s) => ({ vendor: v.slug, s })),
  );
  for (const { vendor, s } of mostSpecific(found)) {
    // A host already counted as the vendor being named.
    if (s.kind === 'host' && named.has(vendor)) continue;
    add(vendor, s.weight, s.why);
    if (s.kind === 'host') named.add(vendor);
  }
  const covered = new Set(vendors.map((v) => v.slug));
  const hosts = x.hosts.map((h) => h.toLowerCase());
  const foreign = knownVendors.find(
    (k) =>
      !(k.slug && covered.has(k.slug)) &&
      (k.terms.some((t) => containsPhrase(text, normalize(t))) || hosts.some((h) => isHostOf(h, k))),
  )?.name;
  return { scores, reasons, named, ...(foreign ? { foreign } : {}) };
}

/** The vendor the evidence points to: the highest score, if it is at least 2 and not tied. */
export function leadingVendor(ev: VendorEvidence): string | undefined {
  const ranked = [...ev.scores.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 2 || (second && second[1] === top[1])) return undefined;
  return top[0];
}

/**
 * A body's own code field naming a code that only one vendor documents (`"error_code": 40000001`) says whose body
 * it is, more surely than the generic keys around it (`status: 400` beside `error_code` is also Scriptix's shape).
 * Distinctive codes only: five characters or more, not a status-like number.
 */
export function codeFieldEvidence(
  ev: VendorEvidence,
  fields: readonly Field[],
  vendorsOfCode: (key: string) => readonly string[],
  vendorName: (slug: string) => string,
): void {
  for (const f of fields) {
    if (!BODY_CODE_KEYS.has(f.key) || f.value.length < 5 || /\s/.test(f.value)) continue;
    const vendors = [...new Set(vendorsOfCode(codeKey(f.value)))];
    if (vendors.length !== 1) continue;
    const vendor = vendors[0]!;
    ev.scores.set(vendor, (ev.scores.get(vendor) ?? 0) + 5);
    ev.reasons.set(vendor, [
      ...(ev.reasons.get(vendor) ?? []),
      `the ${f.key} field holds ${f.value}, which only ${vendorName(vendor)} documents`,
    ]);
  }
}
