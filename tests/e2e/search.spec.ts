import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { namespaces } from '../../src/lib/vocabulary';
import { expect, test, type Page } from '@playwright/test';
import { errorUrl, parseEntryId } from '../../src/lib/urls';
import { entries } from '../support/site';

interface Case {
  query: string;
  expect?: string;
  expectNotExact?: boolean;
  why?: string;
}
const cases = load(readFileSync('tests/search/queries.yaml', 'utf8')) as Case[];

/** Opens /search/?q=… and waits for the results element to say it is done. */
async function searchFor(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
  return page.locator('[data-search-result]');
}

test('the search-quality suite puts the expected entry first and never labels a near miss exact', async ({ page }) => {
  test.setTimeout(180_000);
  const positives = cases.filter((c) => c.expect);
  const negatives = cases.filter((c) => c.expectNotExact);
  expect(positives.length).toBeGreaterThanOrEqual(50);
  expect(negatives.length).toBeGreaterThanOrEqual(10);
  const misses: string[] = [];
  for (const c of positives) {
    const results = await searchFor(page, c.query);
    const first = (await results.count()) ? await results.first().getAttribute('href') : null;
    if (first !== errorUrl(parseEntryId(c.expect!)))
      misses.push(`${c.query.slice(0, 80)} → ${first ?? 'nothing'} (want ${c.expect})`);
  }
  const exactNegatives: string[] = [];
  for (const c of negatives) {
    const results = await searchFor(page, c.query);
    const exact = await page.locator('[data-search-result][data-match="exact"]').count();
    if (exact) exactNegatives.push(`${c.query.slice(0, 80)} → ${await results.first().getAttribute('href')}`);
  }
  const rate = (positives.length - misses.length) / positives.length;
  console.log(
    `search quality: ${positives.length - misses.length}/${positives.length} first (${(rate * 100).toFixed(1)}%), ${exactNegatives.length}/${negatives.length} negatives labelled exact`,
  );
  if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
  expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  expect(exactNegatives).toEqual([]);
});

test('results follow the markup contract: canonical links, a match level, best first', async ({ page }) => {
  const results = await searchFor(page, 'RATE_LIMIT_EXCEEDED');
  const ids = entries.filter((e) => e.code === 'RATE_LIMIT_EXCEEDED').map((e) => errorUrl(e));
  expect(ids.length).toBeGreaterThan(1);
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const url of ids) expect(hrefs).toContain(url);
  for (const match of await results.evaluateAll((as) => as.map((a) => a.getAttribute('data-match')))) {
    expect(['exact', 'likely', 'related']).toContain(match);
  }
  const shape = new RegExp(`^/errors/[a-z0-9-]+/(${namespaces.join('|')})/[A-Za-z0-9._-]+/$`);
  for (const href of hrefs) expect(href).toMatch(shape);
});

test('a vendor named in the query narrows a shared identifier to that vendor', async ({ page }) => {
  const results = await searchFor(page, 'scriptix RATE_LIMIT_EXCEEDED');
  await expect(results.first()).toHaveAttribute('href', '/errors/scriptix/code/RATE_LIMIT_EXCEEDED/');
  await expect(results.first()).toHaveAttribute('data-match', 'exact');
});

test('text that matches nothing shows no result links and says so plainly', async ({ page }) => {
  const results = await searchFor(page, 'zqxwv plorkfish');
  await expect(results).toHaveCount(0);
  await expect(page.locator('[data-search-status]')).toContainText('No match');
});

test('hostile and huge input is handled as text, without errors or injection', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  for (const q of [
    '<img src=x onerror=alert(1)><script>alert(2)</script>',
    '(((a+)+)+$[',
    `🎙️💥 ${'x'.repeat(50)}`,
    '',
  ]) {
    await searchFor(page, q);
  }
  await page.goto('/search/');
  const huge = `{"message": "${'Invalid wav header! '.repeat(5000)}"}`;
  await page.locator('#search-page-input').fill(huge);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 10_000 });
  expect(errors).toEqual([]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('typing keeps the URL in step, filters narrow the results, and Back returns to the previous search', async ({
  page,
}) => {
  await page.goto('/search/');
  const box = page.locator('#search-page-input');
  await box.fill('not found');
  await expect(page).toHaveURL(/\?q=not\+found$/);
  await box.press('Enter');
  await page.locator('select[name="vendor"]').selectOption('scriptix');
  await expect(page).toHaveURL(/vendor=scriptix/);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
  const hrefs = await page.locator('[data-search-result]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/errors\/scriptix\//);
  await box.fill('40000004');
  await box.press('Enter');
  await page.goBack();
  await expect(box).toHaveValue('not found');
});

test('the header box: "/" focuses it, arrows move, Enter opens, Escape closes', async ({ page }) => {
  const target = entries.find((e) => e.id === 'scriptix/code/QUOTA_EXCEEDED')!;
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('QUOTA_EXCEEDED');
  const popup = page.locator('#site-search-popup');
  await expect(popup).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
  // Escape closes the list and keeps the text (Chromium's own Escape on a search field would clear it).
  await expect(page.locator('#site-search')).toHaveValue('QUOTA_EXCEEDED');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#site-search')).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${errorUrl(target)}$`));
});

test('a page loads no JavaScript file until the search box is used', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(errorUrl(entries[0]!));
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await page.locator('#site-search').focus();
  await expect.poll(() => scripts).toContain('/js/search-box.js');
});

test('browsers can add the site as a search engine', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="search"]').getAttribute('href');
  const xml = await (await request.get(href!)).text();
  expect(xml).toContain('/search/?q={searchTerms}');
});

// The lookup test runs every entry's examples in Node; the browser runs a seeded sample of them through the search
// page itself (split index, early answers, the page's own rendering), a different one on each day of the month.
test('a seeded sample of entry examples, pasted into the search page, lands on its entry first and exact', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const all = entries.flatMap((e) => e.data.examples.map((x) => ({ id: e.id, url: errorUrl(e), text: x.text })));
  let seed = Number(process.env.SAMPLE_SEED ?? new Date().getUTCDate());
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const sample = Array.from({ length: Math.min(24, all.length) }, () => all[Math.floor(next() * all.length)]!);
  const wrong: string[] = [];
  for (const x of sample) {
    const results = await searchFor(page, x.text);
    const first = results.first();
    const [href, match] = (await results.count())
      ? [await first.getAttribute('href'), await first.getAttribute('data-match')]
      : [null, null];
    if (href !== x.url || match !== 'exact') wrong.push(`${x.id}: got ${href} ${match}`);
  }
  expect(wrong, `seed ${process.env.SAMPLE_SEED ?? new Date().getUTCDate()}`).toEqual([]);
});

test('a vendor filter narrows full-text search inside Pagefind, so a small vendor’s pages are found', async ({
  page,
}) => {
  // A common word of one small vendor's entries that many other vendors' pages also use: its pages are rarely
  // among the first ten hits of all vendors, so filtering those afterwards found nothing.
  const text = (e: (typeof entries)[number]) => `${e.data.title} ${e.data.cause} ${e.data.fix}`.toLowerCase();
  const bySize = [...new Set(entries.map((e) => e.vendor))].sort(
    (a, b) => entries.filter((e) => e.vendor === a).length - entries.filter((e) => e.vendor === b).length,
  );
  let pick: { vendor: string; word: string } | undefined;
  for (const vendor of bySize) {
    const own = entries.filter((e) => e.vendor === vendor);
    for (const word of new Set(own.flatMap((e) => text(e).match(/\b[a-z]{7,}\b/g) ?? []))) {
      const others = entries.filter((e) => e.vendor !== vendor && text(e).includes(word)).length;
      if (others >= 40) {
        pick = { vendor, word };
        break;
      }
    }
    if (pick) break;
  }
  expect(pick, 'the catalog has a word shared this way').toBeDefined();
  await page.goto(`/search/?q=${pick!.word}&vendor=${pick!.vendor}`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
  const hrefs = await page.locator('[data-search-result]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length, `${pick!.word} at ${pick!.vendor}`).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(new RegExp(`^/errors/${pick!.vendor}/`));
});

test('a vendor the catalog does not cover is said plainly first, and its look-alikes are only related', async ({
  page,
}) => {
  const results = await searchFor(page, 'Nuance Mix error 401 Unauthorized');
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-uncovered-vendor', 'Nuance');
  await expect(page.locator('[data-search-status]')).toContainText(/^Nuance is not covered by the catalog yet/);
  const levels = await results.evaluateAll((as) => as.map((a) => a.getAttribute('data-match')));
  expect(levels.length).toBeGreaterThan(0);
  expect(new Set(levels)).toEqual(new Set(['related']));
  // A covered vendor's paste carries no such mark.
  await searchFor(page, 'agora 409');
  await expect(page.locator('[data-search-results]')).not.toHaveAttribute('data-uncovered-vendor', /.*/);
});

test('an undocumented code is reported once, with what its shape suggests', async ({ page }) => {
  await searchFor(page, '40000099');
  const text = (await page.locator('[data-search-status]').textContent()) ?? '';
  expect(text.split('40000099 is not in the catalog').length - 1).toBe(1);
  expect(text).toContain('client-side');
});

test('a paste too long for an address keeps its whole text on Back, and the address stays short', async ({ page }) => {
  const body = JSON.stringify({ error: 'x'.repeat(9_000), err_no: 3302, err_msg: 'authentication failed.' });
  await page.goto('/search/');
  const box = page.locator('#search-page-input');
  await box.fill(body);
  await box.press('Enter');
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
  expect(page.url().length).toBeLessThan(8 * 1024);
  await page.goto('/vendors/');
  const back = page.waitForResponse((r) => r.url().includes('/search/'));
  await page.goBack();
  expect((await back).status()).toBe(200);
  await expect(box).toHaveValue(body);
});
