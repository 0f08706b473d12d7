import type { HitSet, Tier } from './hits';
import { BODY_CODE_KEYS, STATUS_KEYS, indexMaps } from './keys';
import type { Unmatched } from './match-codes';
import type { Query } from './query';
import type { LookupIndex } from './types';

/**
 * HTTP statuses, from status lines, status fields or a bare query. A status is vendor-neutral: any server answers
 * 403, so it is exact only when something else in the text ties it to the vendor that documents it.
 */
export function matchStatuses(index: LookupIndex, q: Query, hits: HitSet, unmatched: Unmatched[]): void {
  const { http, carried } = indexMaps(index);
  const found = new Map<number, 'status' | 'alone' | 'body'>();
  for (const s of q.x.statuses) found.set(s, 'status');
  for (const f of q.x.fields) {
    if (!/^[1-5]\d\d$/.test(f.value)) continue;
    if (STATUS_KEYS.has(f.key)) found.set(Number(f.value), 'status');
    else if (BODY_CODE_KEYS.has(f.key) && !found.has(Number(f.value))) found.set(Number(f.value), 'body');
  }
  if (/^[1-5]\d\d$/.test(q.residual)) found.set(Number(q.residual), 'alone');
  for (const [status, source] of found) {
    const direct = http.get(status) ?? [];
    for (const i of direct) {
      const e = index.entries[i]!;
      const tied = (q.ev.scores.get(e.vendor) ?? 0) >= 2;
      const tier: Tier = tied && source !== 'body' ? 0 : 1;
      const score = source === 'alone' ? 96 : source === 'status' ? 88 : 60;
      const why = tied ? '' : '; nothing else in the text ties it to this vendor';
      hits.add({ entry: i, tier, score, via: 'status', reason: `HTTP ${status} as this vendor documents it${why}.` });
    }
    const indirect = source === 'body' ? [] : (carried.get(status) ?? []);
    for (const i of indirect) {
      const e = index.entries[i]!;
      const tier: Tier = (q.ev.scores.get(e.vendor) ?? 0) >= 2 ? 1 : 2;
      hits.add({ entry: i, tier, score: 50, via: 'status', reason: `This error is returned with HTTP ${status}.` });
    }
    const atHint = [...direct, ...indirect].some((i) => !q.hint || index.entries[i]!.vendor === q.hint);
    if (!atHint && source !== 'body')
      unmatched.push({ code: String(status), strength: source === 'alone' ? 2 : 0, elsewhere: [] });
  }
}
