import { describe, expect, it } from 'vitest';
import { catalogUrl, codeSlug as exampleSlug, jsonUrl } from '../../examples/use-from-code/catalog-url';
import { planSite, planned } from '../../src/lib/plan';
import { aliasUrl, codeSlug, entryJsonUrl, errorUrl } from '../../src/lib/urls';
import { catalog, entries } from '../support/site';

// The "Use the catalog from code" examples must build the URLs the site really publishes, for every entry.
const base = 'https://speech-errors.example.org';
const plan = planSite(catalog);
const aliases = new Map([...planned(plan, 'alias-redirect'), ...planned(plan, 'alias-list')].map((f) => [f.path, f]));

describe('the catalog URL example', () => {
  it('slugs codes exactly as the site does', () => {
    for (const e of entries) expect(exampleSlug(e.code), e.id).toBe(codeSlug(e.code));
  });

  it('leads every code and status to a short address that the site publishes and that names the entry', () => {
    for (const e of entries.filter((x) => x.namespace !== 'message')) {
      const url = catalogUrl(e.vendor, e.namespace === 'http' ? { status: Number(e.code) } : { code: e.code });
      expect(url, e.id).toBe(`${base}${aliasUrl(e.vendor, e.code)}`);
      expect(aliases.get(new URL(url).pathname)?.entries, e.id).toContain(e.id);
    }
  });

  it('turns an entry page into its JSON', () => {
    for (const e of entries) expect(jsonUrl(`${base}${errorUrl(e)}`)).toBe(`${base}${entryJsonUrl(e)}`);
  });

  it('sends message-only errors to search', () => {
    const e = entries.find((x) => x.namespace === 'message')!;
    expect(catalogUrl(e.vendor, { message: e.data.messages[0]!.text })).toBe(
      `${base}/search/?q=${encodeURIComponent(e.data.messages[0]!.text)}`,
    );
  });
});
