import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../scripts/content';
import { buildLookupIndex, lookup } from '../../src/lib/lookup/index';
import { ShardReader, bucketOf, queryKeys, shardIndex, WHOLE_MAX } from '../../src/lib/lookup/shards';

/**
 * The split lookup index. The real catalog is small enough to be one bucket on the site; here it is split as if it
 * were large (a bucket per ~16 entries), and every query of the search-quality suite must get the same first answer
 * with the same match level from the parts it loads as from the whole index.
 */

const root = fileURLToPath(new URL('../../content', import.meta.url));
const catalog = loadCatalog(root);
const index = buildLookupIndex(
  catalog.entries,
  catalog.vendors.map((v) => ({ slug: v.slug, name: v.data.name, aliases: v.data.aliases })),
);
const retry = new Map(catalog.entries.map((e) => [e.id, e.data.retry.policy]));
const labels = { retry: {} };
const cases = (load(readFileSync(new URL('../search/queries.yaml', import.meta.url), 'utf8')) as { query: string }[]).map(
  (c) => c.query,
);

function reader(whole: number) {
  const split = shardIndex(index, retry, labels, whole);
  const loaded = { keys: 0, buckets: 0 };
  const r = new ShardReader(
    split.manifest,
    async (n) => (loaded.keys++, split.keyShards[n]!),
    async (n) => (loaded.buckets++, split.buckets[n]!),
  );
  return { split, r, loaded };
}

describe('the split lookup index', () => {
  it('keeps a catalog of this size in one bucket with no key shards, so search sees every entry', () => {
    expect(catalog.entries.length).toBeLessThanOrEqual(WHOLE_MAX);
    const { split } = reader(WHOLE_MAX);
    expect(split.manifest.keyShards).toBe(0);
    expect(split.buckets).toHaveLength(1);
    expect(split.buckets[0]!.map((e) => e.id)).toEqual(index.entries.map((e) => e.id));
  });

  it('puts every entry in the bucket its id hashes to, once', () => {
    const { split } = reader(0);
    expect(split.buckets.length).toBeGreaterThan(4);
    const placed = split.buckets.flatMap((b, n) => b.map((e) => [e.id, n] as const));
    expect(placed).toHaveLength(index.entries.length);
    for (const [id, n] of placed) expect(bucketOf(id, split.buckets.length)).toBe(n);
  });

  it('answers every quality-suite query from the parts it loads as the whole index does', async () => {
    const { r, split } = reader(0);
    const differ: string[] = [];
    let buckets = 0;
    for (const q of cases) {
      const exact = await r.exactBuckets(q);
      buckets += exact.length + (await r.looseBuckets(q, exact)).length;
      const whole = lookup(index, q).results[0];
      const got = (await r.lookup(q)).result.results[0];
      if (whole?.id !== got?.id || whole?.match !== got?.match)
        differ.push(`${q.slice(0, 60)}: ${whole?.id} ${whole?.match} ≠ ${got?.id} ${got?.match}`);
    }
    expect(differ).toEqual([]);
    // The point of the split: a query loads a fraction of the buckets.
    expect(buckets / cases.length).toBeLessThan(split.buckets.length * 0.75);
  });

  it('derives the keys of an identifier query from the identifier, its words and nothing else', () => {
    const { exact, loose } = queryKeys(index.vendors, 'QUOTA_EXCEEDED');
    expect(exact).toContain('s:quotaexceeded');
    expect(loose).toEqual(['w:quota', 'w:exceeded']);
  });

  it('finds an entry by id in its bucket, for full-text results the lookup did not load', async () => {
    const { r } = reader(0);
    const id = index.entries[17]!.id;
    expect((await r.entry(id))?.id).toBe(id);
    expect(await r.entry('agora-stt/code/does-not-exist')).toBeUndefined();
  });
});
