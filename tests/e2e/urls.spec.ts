import { expect, test } from '@playwright/test';
import { publishedUrls, readManifest } from '../../scripts/manifest';

// The URL contract, checked against the built site: every URL ever published still answers, and every URL the
// build publishes is recorded. A build of another catalog (CATALOG_CONTENT) is not the published site, so the
// committed manifest says nothing about it and these checks are not declared for it.
if (!process.env.CATALOG_CONTENT) {
  test('every URL in the manifest still resolves to a page, an alias page or a document', async ({ request }) => {
    test.setTimeout(120_000);
    const manifest = readManifest();
    expect(manifest.length, 'tests/urls/manifest.txt is missing or empty: run npm run urls').toBeGreaterThan(0);
    const broken: string[] = [];
    for (const url of manifest) {
      const response = await request.get(url, { maxRedirects: 0 });
      if (response.status() !== 200) broken.push(`${url} (${response.status()})`);
    }
    expect(broken, 'published URLs that no longer resolve').toEqual([]);
  });

  test('every URL the build publishes is in the manifest', () => {
    const known = new Set(readManifest());
    const missing = publishedUrls().filter((url) => !known.has(url));
    expect(missing, 'new URLs are not in tests/urls/manifest.txt: run npm run urls').toEqual([]);
  });
}
