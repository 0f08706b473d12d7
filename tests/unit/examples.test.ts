import { describe, expect, it } from 'vitest';
import { catalogUrl, jsonUrl } from '../../examples/use-from-code/catalog-url';
import { errorUrl, entryJsonUrl } from '../../src/lib/urls';
import { entries } from '../support/site';

// The "Use the catalog from code" examples must build the URLs the site really publishes, for every entry.
const base = 'https://speech-errors.example.org';

describe('the catalog URL example', () => {
  it('builds the page and JSON URL of every entry with a vendor code from the code', () => {
    for (const e of entries.filter((x) => x.namespace === 'code')) {
      const url = catalogUrl(e.vendor, { code: e.code });
      expect(url).toBe(`${base}${errorUrl(e)}`);
      expect(jsonUrl(url)).toBe(`${base}${entryJsonUrl(e)}`);
    }
  });

  it('builds the URL of every HTTP status entry from the status when the body has no code', () => {
    for (const e of entries.filter((x) => x.namespace === 'http')) {
      expect(catalogUrl(e.vendor, { status: Number(e.code) })).toBe(`${base}${errorUrl(e)}`);
    }
  });

  it('sends message-only errors to search', () => {
    const e = entries.find((x) => x.namespace === 'message')!;
    expect(catalogUrl(e.vendor, { message: e.data.messages[0]!.text })).toBe(
      `${base}/search/?q=${encodeURIComponent(e.data.messages[0]!.text)}`,
    );
  });
});
