import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadCatalog } from '../../scripts/content';
import { toEntry } from '../../src/lib/catalog';
import { entryJsonUrl, entryMarkdownUrl, errorUrl, vendorUrl } from '../../src/lib/urls';
import { fixturePort } from '../../playwright.config';

// Retired entries, checked on the fixture catalog's build (no real vendor has dropped a documented code yet).
const report = loadCatalog(join(process.cwd(), 'tests', 'fixtures', 'catalog'));
const entries = report.entries.map((e) => toEntry(e.id, e.data));
const retired = entries.filter((e) => e.data.retired);
const site = `http://127.0.0.1:${fixturePort}`;

test.use({ baseURL: site });

test('the fixture catalog is valid and has retired entries with and without a successor', () => {
  expect(report.problems).toEqual([]);
  expect(retired.some((e) => e.data.replacedBy)).toBe(true);
  expect(retired.some((e) => !e.data.replacedBy)).toBe(true);
});

test('a retired entry keeps its page with a visible banner saying since when and what replaces it', async ({
  page,
}) => {
  for (const entry of retired) {
    const response = await page.goto(errorUrl(entry));
    expect(response?.status(), entry.id).toBe(200);
    const banner = page.locator('[data-retired-banner]');
    await expect(banner, entry.id).toBeVisible();
    await expect(banner, entry.id).toContainText(`Retired since ${entry.data.retiredSince}`);
    if (entry.data.replacedBy) {
      const successor = entries.find((e) => e.id === entry.data.replacedBy)!;
      await banner.getByRole('link').click();
      await expect(page, entry.id).toHaveURL(new RegExp(`${errorUrl(successor)}$`));
      await expect(page.locator('h1')).toContainText(successor.data.title);
    } else {
      await expect(banner, entry.id).toContainText('No replacement is documented');
    }
  }
});

test('entries still in use have no retired banner', async ({ page }) => {
  for (const entry of entries.filter((e) => !e.data.retired)) {
    await page.goto(errorUrl(entry));
    await expect(page.locator('[data-retired-banner]'), entry.id).toHaveCount(0);
  }
});

test('retired entries stay in the JSON, the catalog and the Markdown with their flag', async ({ request }) => {
  const catalog = await (await request.get('/catalog.json')).json();
  for (const entry of retired) {
    const json = await (await request.get(entryJsonUrl(entry))).json();
    expect([json.retired, json.retiredSince, json.replacedBy], entry.id).toEqual([
      true,
      entry.data.retiredSince,
      entry.data.replacedBy,
    ]);
    expect(catalog.entries.find((e: { id: string }) => e.id === entry.id)?.retired, entry.id).toBe(true);
    expect(await (await request.get(entryMarkdownUrl(entry))).text(), entry.id).toContain(
      `**Retired since ${entry.data.retiredSince}:**`,
    );
  }
});

test('the vendor page lists retired entries, marked as retired', async ({ page }) => {
  await page.goto(vendorUrl(retired[0]!.vendor));
  for (const entry of retired) {
    await expect(page.locator(`tr:has(a[href="${errorUrl(entry)}"])`), entry.id).toContainText('(retired)');
  }
});
