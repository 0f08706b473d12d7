import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../scripts/content';
import { toEntry } from '../../src/lib/catalog';
import { buildLookupIndex, lookup, lookupVendors } from '../../src/lib/lookup/index';

/**
 * Every entry's examples (what a client prints for it) run through the lookup the search page uses, the way rustc
 * runs the example of each error code: the entry must come back first, labelled exact. A new entry brings its own
 * check; an evidence weight or matcher change that breaks any vendor's paste fails here, naming the entry.
 */
const catalog = loadCatalog();
const entries = catalog.entries.map((e) => toEntry(e.id, e.data));
const index = buildLookupIndex(entries, lookupVendors(catalog.vendors));
const cases = entries.flatMap((e) =>
  e.data.examples.map((x, i) => ({ id: e.id, n: i + 1, label: x.label, text: x.text })),
);

describe('every example of every entry', () => {
  it('exists: each entry has at least one', () => {
    expect(catalog.problems).toEqual([]);
    expect(entries.filter((e) => e.data.examples.length === 0).map((e) => e.id)).toEqual([]);
  });

  it.each(cases)('$id example $n ($label) is answered first and exact by its own entry', ({ id, text }) => {
    const first = lookup(index, text).results[0];
    expect(first && { id: first.id, match: first.match, reason: first.reason }).toMatchObject({ id, match: 'exact' });
  });
});
