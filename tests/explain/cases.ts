import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { loadCatalog } from '../../scripts/content';
import { buildLookupIndex, lookup, lookupVendors } from '../../src/lib/lookup/index';
import { defaultSite } from '../../src/lib/urls';
import { packData } from '../../packages/explain/src/pack';

/**
 * What the package tests share: the catalog from content/, the package's data built from it, the site's own answer
 * (the lookup the search page runs) and the inputs: every entry's examples and the search-quality suite.
 */
export const catalog = loadCatalog();
export const data = packData(catalog.entries, catalog.vendors, defaultSite);
const index = buildLookupIndex(catalog.entries, lookupVendors(catalog.vendors));

/** The site's first answer for a text: the same call the search page makes before its filters. */
export const siteFirst = (text: string): string | undefined => lookup(index, text, { limit: 50 }).results[0]?.id;

export const examples = catalog.entries.flatMap((e) =>
  e.data.examples.map((x, i) => ({ id: e.id, n: i + 1, text: x.text })),
);

export const queries = (load(readFileSync('tests/search/queries.yaml', 'utf8')) as { query: string }[]).map(
  (c) => c.query,
);

/** Every input once: the examples, then the quality suite. */
export const inputs = [...examples.map((x) => x.text), ...queries];

/** A deterministic sample (mulberry32), the same on every run. */
export function sample<T>(list: readonly T[], size: number, seed = 7): T[] {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = [...list];
  const out: T[] = [];
  while (out.length < size && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return out;
}
