/**
 * Candidate results while the matchers run. Each entry keeps only its best hit: the surest tier first, then the
 * higher score; the reason of that hit is what the reader sees.
 */

/** 0 = exact, 1 = likely, 2 = related. */
export type Tier = 0 | 1 | 2;

export interface Hit {
  /** Position of the entry in the index. */
  entry: number;
  tier: Tier;
  score: number;
  reason: string;
  /** The catalog message that matched, when a message did. */
  message?: string;
  /** Which kind of evidence produced the hit; message hits are checked against the body's own code. */
  via: 'code' | 'status' | 'message' | 'alias' | 'words';
}

export const tierNames = ['exact', 'likely', 'related'] as const;

export function better(a: Hit, b: Hit): boolean {
  return a.tier < b.tier || (a.tier === b.tier && a.score > b.score);
}

export class HitSet {
  readonly best = new Map<number, Hit>();

  add(hit: Hit): void {
    const current = this.best.get(hit.entry);
    if (!current || better(hit, current)) this.best.set(hit.entry, hit);
  }

  list(): Hit[] {
    return [...this.best.values()];
  }
}

/** One tier less sure (related stays related). */
export function demote(tier: Tier): Tier {
  return tier === 0 ? 1 : 2;
}
