import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { entryJsonUrl, entryMarkdownUrl, errorUrl, vendorJsonUrl, vendorUrl } from '../../src/lib/urls';
import { aliases, entries, vendors } from '../support/site';

// Near misses of the URL shape are resolved by the 404 page in the browser (public/not-found.js).
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const endsWith = (path: string) => new RegExp(`${escapeRegex(path)}$`);
const swapCase = (s: string) => [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');

/** An entry whose code has letters, so a case variant is a different URL. */
const lettered = entries.find(
  (e) =>
    e.namespace === 'code' &&
    /[A-Z]/.test(e.code) &&
    aliases.find((g) => g.vendor === e.vendor && g.code === e.code)!.entries.length === 1,
)!;

test('a wrong-case code redirects to the entry', async ({ page }) => {
  const response = await page.goto(`/errors/${lettered.vendor}/code/${lettered.code.toLowerCase()}/`);
  expect(response?.status()).toBe(404);
  await expect(page).toHaveURL(endsWith(errorUrl(lettered)));
  await expect(page.locator('h1')).toContainText(lettered.data.title);
});

test('wrong case in vendor, namespace and code at once redirects to the entry', async ({ page }) => {
  await page.goto(
    `/errors/${swapCase(lettered.vendor)}/${lettered.namespace.toUpperCase()}/${swapCase(lettered.code)}/`,
  );
  await expect(page).toHaveURL(endsWith(errorUrl(lettered)));
});

test('a missing namespace in the wrong case redirects when one entry has the code', async ({ page }) => {
  await page.goto(`/errors/${lettered.vendor}/${lettered.code.toLowerCase()}/`);
  await expect(page).toHaveURL(endsWith(errorUrl(lettered)));
});

test('a wrong namespace redirects to the one entry with that code', async ({ page }) => {
  const wrong = lettered.namespace === 'http' ? 'code' : 'http';
  await page.goto(`/errors/${lettered.vendor}/${wrong}/${lettered.code}/`);
  await expect(page).toHaveURL(endsWith(errorUrl(lettered)));
});

test('a code used by several entries of a vendor lists them instead of guessing', async ({ page }) => {
  const shared = aliases.find((g) => g.entries.length > 1)!;
  // Upper-casing a numeric code changes nothing, so make the vendor's case wrong to reach the 404 page.
  await page.goto(`/errors/${swapCase(shared.vendor)}/${shared.code}/`);
  await expect(page.locator('[data-understood]')).toContainText(`for ${shared.entries.length} entries`);
  for (const e of shared.entries)
    await expect(page.locator(`[data-candidates] a[href="${errorUrl(e)}"]`)).toHaveCount(1);
  expect(new URL(page.url()).pathname).toBe(`/errors/${swapCase(shared.vendor)}/${shared.code}/`);
});

test('a missing trailing slash on a host that does not add one still reaches the entry', async ({ page, request }) => {
  // The test server adds the slash like Netlify does; this host answers the slash-less path with its 404 page.
  const notFound = await (await request.get('/no-such-page/')).text();
  const bare = errorUrl(lettered).slice(0, -1);
  await page.route(`**${bare}`, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFound }));
  await page.goto(bare);
  await expect(page).toHaveURL(endsWith(errorUrl(lettered)));
  await page.goto(`/errors/${lettered.vendor}/code/${lettered.code.toLowerCase()}`);
  await expect(page).toHaveURL(endsWith(errorUrl(lettered)));
});

test('wrong case in a .json or .md sibling or a vendor address leads to the right file', async ({ page }) => {
  await page.goto(`/errors/${lettered.vendor}/code/${lettered.code.toLowerCase()}.JSON`);
  await expect(page).toHaveURL(endsWith(entryJsonUrl(lettered)));
  await page.goto(`/errors/${lettered.vendor}/${lettered.code.toLowerCase()}.md`);
  await expect(page).toHaveURL(endsWith(entryMarkdownUrl(lettered)));
  const vendor = vendors[0]!.slug;
  await page.goto(`/vendors/${vendor.toUpperCase()}/`);
  await expect(page).toHaveURL(endsWith(vendorUrl(vendor)));
  await page.goto(`/vendors/${vendor.toUpperCase()}.json`);
  await expect(page).toHaveURL(endsWith(vendorJsonUrl(vendor)));
});

test('an unknown code names what it understood and lists the nearest codes of the vendor', async ({ page }) => {
  const response = await page.goto(`/errors/${lettered.vendor}/code/${lettered.code}X/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('[data-understood]')).toContainText(`${lettered.code}X`);
  await expect(page.locator('[data-candidates] a').first()).toHaveAttribute('href', errorUrl(lettered));
});

test('an unknown vendor lists the known vendors', async ({ page }) => {
  await page.goto('/errors/acme-speech/code/42/');
  await expect(page.locator('[data-understood]')).toContainText('acme-speech');
  for (const v of vendors)
    await expect(page.locator(`[data-candidates] a[href="${vendorUrl(v.slug)}"]`)).toHaveCount(1);
});

test('case variants are resolved in the browser, never generated as files that collide on case-insensitive disks', () => {
  const lower = new Map<string, string>();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? [`${dir}/${d.name}`, ...walk(`${dir}/${d.name}`)] : [`${dir}/${d.name}`],
    );
  const clashes = walk('dist/errors').filter((p) => {
    const key = p.toLowerCase();
    const seen = lower.get(key);
    lower.set(key, p);
    return seen !== undefined && seen !== p;
  });
  expect(clashes).toEqual([]);
});

test.describe('a 404 uses what the URL holds', () => {
  const only = (vendor: string, code: string) => entries.filter((e) => e.vendor === vendor && e.code === code);

  test('a shortened vendor with a code that exists once offers that entry', async ({ page }) => {
    const [entry] = only('alibaba-nls', '40000001');
    await page.goto('/errors/alibaba/40000001');
    await expect(page.locator('[data-understood]')).toContainText('Did you mean');
    await expect(page.locator(`[data-candidates] a[href="${errorUrl(entry!)}"]`)).toContainText(entry!.data.title);
    await expect(page.locator('[data-search-link]')).toHaveAttribute('href', '/search/?q=40000001');
  });

  test('a shortened vendor with a code of several entries offers each of them', async ({ page }) => {
    const all = entries.filter((e) => e.vendor === 'agora-stt' && e.code === '404');
    expect(all.length).toBeGreaterThan(1);
    await page.goto('/errors/agora/404/');
    for (const e of all) await expect(page.locator(`[data-candidates] a[href="${errorUrl(e)}"]`)).toHaveCount(1);
  });

  test('a misspelt vendor page offers the vendor', async ({ page }) => {
    await page.goto('/vendors/scriptx/');
    await expect(page.locator(`[data-candidates] a[href="${vendorUrl('scriptix')}"]`)).toHaveCount(1);
    await page.goto('/errors/deepgramm/');
    await expect(page.locator(`[data-candidates] a[href="${vendorUrl('deepgram')}"]`)).toHaveCount(1);
  });

  test('a code no vendor has links to a search for it, never to an empty search', async ({ page }) => {
    await page.goto('/errors/notavendorxyz/QWERTY_9/');
    await expect(page.locator('[data-candidates] a[href="/search/?q=QWERTY_9"]')).toHaveCount(1);
    await expect(page.locator('[data-search-link]')).toHaveAttribute('href', '/search/?q=QWERTY_9');
  });
});
