import type { Evidence } from '../schema';
import type { Extracted } from './extract';
import type { Field } from './fields';

/**
 * Vendor evidence compiled from each vendor's `evidence` (content/vendors/*.md, `evidenceSchema`) into plain JSON
 * the search page can load, and the generic matching over it. What is the vendor's lives in its content file;
 * only how a signature is tested lives here.
 */

/** One signature of one vendor, as the index carries it (JSON: patterns are source text). */
export interface Signature {
  kind: 'host' | 'header' | 'envelope' | 'pattern';
  weight: number;
  /** Shown in result reasons, after "the text points to <vendor> (…)". */
  why: string;
  /** host, header: the name. pattern: the regular expression. */
  value?: string;
  /** envelope: keys that must be present (dotted keys are paths), value patterns, keys that must be absent. */
  keys?: string[];
  values?: Record<string, string>;
  absent?: string[];
}

/** A vendor's signatures, in the order its content file declares them. */
export function compileEvidence(evidence: Evidence | undefined): Signature[] {
  if (!evidence) return [];
  return [
    ...evidence.hosts.map((value) => ({ kind: 'host' as const, weight: 6, why: `the URL is on ${value}`, value })),
    ...evidence.headers.map((h) => {
      const { name, weight, why } = typeof h === 'string' ? { name: h, weight: 4, why: undefined } : h;
      return { kind: 'header' as const, weight, why: why ?? `a ${name} header`, value: name };
    }),
    ...evidence.envelopes.map((e) => ({
      kind: 'envelope' as const,
      weight: e.weight,
      why: e.why,
      keys: [...e.keys].sort(),
      ...(e.values ? { values: e.values } : {}),
      ...(e.absent ? { absent: [...e.absent].sort() } : {}),
    })),
    ...evidence.patterns.map((p) => ({ kind: 'pattern' as const, weight: p.weight, why: p.why, value: p.pattern })),
  ];
}

/** What a signature says, regardless of its weight and wording: two vendors with the same one cannot be told apart. */
const signatureKey = (s: Signature): string =>
  JSON.stringify([s.kind, s.value ?? '', s.keys ?? [], s.values ?? {}, s.absent ?? []]);

/**
 * Drops every signature that more than one vendor declares: a shape several vendors share counts for none of them
 * alone (a vendor's other signatures, and its name or host, still tell them apart).
 */
export function withoutSharedSignatures<T extends { signatures: Signature[] }>(vendors: readonly T[]): T[] {
  const owners = new Map<string, Set<number>>();
  vendors.forEach((v, i) => {
    for (const s of v.signatures) {
      const key = signatureKey(s);
      owners.set(key, (owners.get(key) ?? new Set()).add(i));
    }
  });
  return vendors.map((v) => ({
    ...v,
    signatures: v.signatures.filter((s) => owners.get(signatureKey(s))!.size === 1),
  }));
}

const compiled = new Map<string, RegExp | null>();
function regex(source: string): RegExp | null {
  let re = compiled.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source, 'u');
    } catch {
      re = null; // checked by the vendor schema; a hand-made index must not crash the lookup
    }
    compiled.set(source, re);
  }
  return re;
}

/** Whether the paste carries the signature. `field` finds a field by key, or by path when the key has a dot. */
export function matches(s: Signature, x: Extracted, field: (key: string) => Field | undefined): boolean {
  switch (s.kind) {
    case 'host':
      return x.hosts.some((h) => h === s.value || h.endsWith(`.${s.value}`));
    case 'header':
      return x.headers.includes(s.value!);
    case 'pattern':
      return regex(s.value!)?.test(x.text) ?? false;
    case 'envelope':
      return (
        s.keys!.every((k) => {
          const f = field(k);
          const pattern = s.values?.[k];
          return !!f && (!pattern || (regex(pattern)?.test(f.value) ?? false));
        }) && !(s.absent ?? []).some((k) => field(k))
      );
  }
}
