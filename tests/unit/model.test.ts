import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../scripts/content';
import { cellEntries, makeCatalog, toEntry } from '../../src/lib/catalog';
import { codeModel } from '../../src/lib/model';

const report = loadCatalog();
const catalog = makeCatalog(
  report.entries.map((e) => toEntry(e.id, e.data)),
  report.vendors,
);

describe('the code model: at other vendors', () => {
  it('names exactly the other vendors with no error in the category, apart from those listed', () => {
    for (const entry of catalog.entries.filter((_, i) => i % 25 === 0)) {
      const { others } = codeModel(entry, catalog, 'https://s.example');
      const want = catalog.vendorSlugs.filter(
        (v) => v !== entry.vendor && cellEntries(catalog.index, entry.data.category, v).length === 0,
      );
      expect(
        others.none.map((v) => v.vendor),
        entry.id,
      ).toEqual(want);
      const listed = new Set(others.groups.map((g) => g.vendor));
      expect(
        others.none.filter((v) => listed.has(v.vendor)),
        entry.id,
      ).toEqual([]);
      expect(others.none.every((v) => v.path === `/vendors/${v.vendor}/`)).toBe(true);
    }
  });
});
