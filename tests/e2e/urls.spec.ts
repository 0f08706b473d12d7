import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { publishedUrls, readManifest } from '../../scripts/manifest';
import { planSite } from '../../src/lib/plan';
import { catalog } from '../support/site';

// The URL contract, checked against the built site: every URL ever published still answers, and every URL the
// build publishes is recorded. A build of another catalog (CATALOG_CONTENT) is not the published site, so the
// committed manifest says nothing about it and these checks are not declared for it.
if (!process.env.CATALOG_CONTENT) {
  test('every URL in the manifest still resolves to a page, an alias page or a document', async ({ request }) => {
    const manifest = readManifest();
    expect(manifest.length, 'tests/urls/manifest.txt is missing or empty: run npm run urls').toBeGreaterThan(0);
    // Resolved the way the static host does (`/a/` is `a/index.html`), on disk: fast enough for 50,000 entries.
    const file = (url: string) => join('dist', url.endsWith('/') ? `${url}index.html` : url);
    const broken = manifest.filter((url) => !existsSync(file(url)));
    expect(broken, 'published URLs that no longer resolve').toEqual([]);
    // And the server really answers them: a sample across the list.
    const step = Math.max(1, Math.floor(manifest.length / 50));
    for (const url of manifest.filter((_, i) => i % step === 0)) {
      expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
    }
  });

  test('every URL the build publishes is in the manifest', () => {
    const known = new Set(readManifest());
    const missing = publishedUrls().filter((url) => !known.has(url));
    expect(missing, 'new URLs are not in tests/urls/manifest.txt: run npm run urls').toEqual([]);
  });
}

// The site plan (src/lib/plan.ts) is the one list of what the build publishes: the built site holds exactly its
// files, so a route, a thread file or a sitemap entry cannot exist without being planned, nor be planned and missing.
test('the built site is exactly the site plan: every planned file exists, every published file was planned', () => {
  const plan = planSite(catalog);
  const file = (url: string) => join('dist', url.endsWith('/') ? `${url}index.html` : url);
  expect(
    plan.filter((f) => !existsSync(file(f.path))).map((f) => f.path),
    'planned but not built',
  ).toEqual([]);
  const planned = new Set(plan.filter((f) => f.published).map((f) => f.path));
  expect(
    publishedUrls().filter((url) => !planned.has(url)),
    'built but not planned',
  ).toEqual([]);
});
