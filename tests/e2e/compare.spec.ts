import { expect, test } from '@playwright/test';
import { LIST_LIMIT, cellEntries } from '../../src/lib/catalog';
import { comparePairUrl, errorUrl } from '../../src/lib/urls';
import { catalog, vendors } from '../support/site';

// The pair pages (/compare/<a>/<b>/) and their picker, with expectations from the content files.
test('the comparison lets you pick any two vendors, and keeps its header row in view', async ({ page }) => {
  await page.goto('/compare/');
  const hrefs = new Set(
    await page.locator('[data-pair-picker] a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
  );
  const slugs = vendors.map((v) => v.slug);
  for (const a of slugs)
    for (const b of slugs) if (a < b) expect(hrefs.has(comparePairUrl(a, b)), `${a} ${b}`).toBe(true);
  expect(hrefs.size).toBe((slugs.length * (slugs.length - 1)) / 2);
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.mouse.wheel(0, 1500);
  const header = page.locator('thead tr').first();
  await expect.poll(async () => (await header.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(-1);
  expect(await header.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  // The picker sits under the long table: a link above the table, in the first screenful, leads to it.
  const jump = page.getByRole('link', { name: 'Compare two vendors side by side' });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.evaluate(() => window.scrollTo(0, 0));
  expect((await jump.boundingBox())!.y).toBeLessThan(812);
  await jump.click();
  await expect(page.locator('#pairs')).toBeInViewport();
});

test('a pair page lists both vendors’ errors by category, each with its title, and says who has none', async ({
  page,
}) => {
  const slugs = vendors.map((v) => v.slug).sort();
  const pairs: [string, string][] = [
    [slugs[0]!, slugs[1]!],
    [slugs.at(-2)!, slugs.at(-1)!],
    [slugs[3]!, slugs[10]!],
  ];
  for (const [a, b] of pairs) {
    await page.goto(comparePairUrl(a, b));
    const table = page.locator('[data-compare-pair]');
    for (const slug of [a, b]) {
      const cells = table.locator(`td[data-vendor="${slug}"]`);
      const listed = new Set(await cells.locator('a').evaluateAll((as) => as.map((x) => x.getAttribute('href'))));
      for (const [category] of catalog.index.byCategory) {
        const entries = cellEntries(catalog.index, category, slug);
        if (entries.length > LIST_LIMIT) continue;
        for (const e of entries) expect(listed.has(errorUrl(e)), `${a}/${b}: ${e.id}`).toBe(true);
      }
    }
    // A category only one of them documents says so for the other.
    const onlyOne = [...catalog.index.byCategory.keys()].some(
      (c) => cellEntries(catalog.index, c, a).length > 0 !== cellEntries(catalog.index, c, b).length > 0,
    );
    if (onlyOne) await expect(table).toContainText('No documented equivalent');
    const first = table.locator('td li').first();
    await expect(first.locator('span.text-muted')).not.toBeEmpty();
  }
});
