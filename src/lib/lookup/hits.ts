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
  via: 'code' | 'status' | 'message' | 'alias' | 'words' | 'value';
  /** Set by `HitSet.list`: every independent kind of exact or likely evidence for the entry. */
  support?: ReadonlySet<Hit['via']>;
}

export const tierNames = ['exact', 'likely', 'related'] as const;

export function better(a: Hit, b: Hit): boolean {
  return a.tier < b.tier || (a.tier === b.tier && a.score > b.score);
}

/** Kinds of evidence that are independent of each other: an identifier, a status, a message, an SDK value. */
const INDEPENDENT = new Set<Hit['via']>(['code', 'status', 'message', 'value']);
/** A further kind of evidence adds this share of its own score (a tenth: a full message match adds about 10). */
export const CORROBORATION = 0.1;

export class HitSet {
  readonly best = new Map<number, Hit>();
  /** The best score of each independent kind of exact or likely evidence, per entry. */
  private readonly kinds = new Map<number, Map<Hit['via'], number>>();

  add(hit: Hit): void {
    const current = this.best.get(hit.entry);
    if (!current || better(hit, current)) this.best.set(hit.entry, hit);
    if (hit.tier <= 1 && INDEPENDENT.has(hit.via)) {
      const kinds = this.kinds.get(hit.entry) ?? new Map<Hit['via'], number>();
      kinds.set(hit.via, Math.max(hit.score, kinds.get(hit.via) ?? 0));
      this.kinds.set(hit.entry, kinds);
    }
  }

  /**
   * Each entry's best hit. Where several entries share an identifier, the one whose message (or status) matches as
   * well is the better answer: every further kind of evidence adds a tenth of its score (so the message that matches
   * more of the text counts for more), and the reason says so.
   */
  list(corroborate = true): Hit[] {
    return [...this.best.values()].map((h) => {
      const kinds = this.kinds.get(h.entry);
      const support = new Set(kinds?.keys() ?? []);
      if (!corroborate || !kinds || !INDEPENDENT.has(h.via)) return { ...h, support };
      let extra = 0;
      for (const [via, score] of kinds) if (via !== h.via) extra += score * CORROBORATION;
      if (extra === 0) return { ...h, support };
      return { ...h, support, score: h.score + extra, reason: `${h.reason} Other evidence in the text agrees.` };
    });
  }
}

/** One tier less sure (related stays related). */
export function demote(tier: Tier): Tier {
  return tier === 0 ? 1 : 2;
}
