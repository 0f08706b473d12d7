import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../scripts/content';
import { fullTextTerms } from '../../src/lib/lookup/fulltext';
import { buildLookupIndex, lookupVendors } from '../../src/lib/lookup/index';
import { commonWords } from '../../src/lib/lookup/match-names';

describe('the words full-text search is given', () => {
  const common = { during: 100, error: 34, audio: 12 };

  it('leaves out words most entries use and keeps the rest in order', () => {
    expect(fullTextTerms(['webhook', 'empty', 'during', 'recognize'], common, 100)).toEqual([
      'webhook',
      'empty',
      'recognize',
    ]);
    expect(fullTextTerms(['audio', 'error'], common, 100)).toEqual(['audio']);
  });

  it('keeps the rarest word when every word is common, and nothing when there is nothing', () => {
    expect(fullTextTerms(['during', 'error'], common, 100)).toEqual(['error']);
    expect(fullTextTerms([], common, 100)).toEqual([]);
  });

  it('leaves "error" out in the real catalog, where a third of the entries use it, and keeps speech words', () => {
    const catalog = loadCatalog();
    const index = buildLookupIndex(catalog.entries, lookupVendors(catalog.vendors));
    const real = commonWords(index);
    expect(fullTextTerms(['error', 'audio', 'sample', 'rate'], real, index.entries.length)).toEqual([
      'audio',
      'sample',
      'rate',
    ]);
  });
});
