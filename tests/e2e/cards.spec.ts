import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { cardUrl, errorUrl } from '../../src/lib/urls';
import { attributeValues, decode, entries } from '../support/site';

/**
 * Unfurl cards, checked on the built site: every HTML page in dist/ names an og:image, and that image is served as
 * a PNG whose real size (IHDR) is the size the page states. Code pages must point at their own card.
 */

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

/** Site paths of every built page: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
const pages = htmlFiles('dist')
  .map((f) => `/${relative('dist', f).split('\\').join('/')}`.replace(/index\.html$/, ''))
  .sort();

function meta(html: string, key: string): string | undefined {
  const tag = [...html.matchAll(/<meta\s[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => attributeValues(t, 'property')[0] === key || attributeValues(t, 'name')[0] === key);
  return tag ? attributeValues(tag, 'content')[0] : undefined;
}

async function checkPng(request: APIRequestContext, path: string, width: number, height: number, page: string) {
  const response = await request.get(path);
  expect(response.status(), `${page} → ${path}`).toBe(200);
  expect(response.headers()['content-type'], `${page} → ${path}`).toBe('image/png');
  const body = await response.body();
  expect([...body.subarray(0, 8)], `${path}: PNG signature`).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(body.toString('latin1', 12, 16), `${path}: first chunk`).toBe('IHDR');
  expect({ width: body.readUInt32BE(16), height: body.readUInt32BE(20) }, `${path}: IHDR size`).toEqual({
    width,
    height,
  });
}

test('the built site has pages to check, including every code page', () => {
  expect(pages.length).toBeGreaterThan(entries.length);
  for (const e of entries) expect(pages, e.id).toContain(errorUrl(e));
});

// Split into a few groups so that both Playwright workers share the ~300 pages.
const groups = 4;
for (let g = 0; g < groups; g++) {
  test(`every built page names an og:image that is a PNG of the stated size (group ${g + 1} of ${groups})`, async ({
    request,
  }) => {
    for (const page of pages.filter((_, i) => i % groups === g)) {
      const response = await request.get(page);
      const html = await response.text();
      const image = meta(html, 'og:image');
      expect(image, `${page}: og:image`).toBeTruthy();
      expect(meta(html, 'twitter:card'), page).toBe('summary_large_image');
      expect(meta(html, 'twitter:image'), page).toBe(image);
      expect(meta(html, 'og:image:type'), page).toBe('image/png');
      expect(meta(html, 'og:image:alt'), page).toBeTruthy();
      const width = Number(meta(html, 'og:image:width'));
      const height = Number(meta(html, 'og:image:height'));
      expect(width, `${page}: og:image:width`).toBeGreaterThan(0);
      expect(height, `${page}: og:image:height`).toBeGreaterThan(0);
      const url = new URL(decode(image!));
      expect(url.protocol, `${page}: og:image must be absolute`).toMatch(/^https?:$/);
      await checkPng(request, url.pathname, width, height, page);
    }
  });
}

test('each code page shares its own card, whose alt text names the code and title', async ({ request }) => {
  for (const e of entries) {
    const html = await (await request.get(errorUrl(e))).text();
    expect(new URL(meta(html, 'og:image')!).pathname, e.id).toBe(cardUrl(e));
    expect(meta(html, 'og:image:alt'), e.id).toContain(e.data.title);
  }
});
