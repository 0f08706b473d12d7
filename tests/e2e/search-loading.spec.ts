import { expect, test, type Page } from '@playwright/test';
import { errorUrl, searchUrl } from '../../src/lib/urls';
import { entries } from '../support/site';

// On a slow network the search page says it is searching instead of showing nothing (which reads as "no match").

const entry = entries.find((e) => e.vendor === 'alibaba-nls' && e.code === '40000001') ?? entries[0]!;

/** Holds every index file (the lookup shards and Pagefind) back by `ms`, as a slow connection would. */
async function slowIndex(page: Page, ms: number): Promise<void> {
  const hold = async (route: Parameters<Parameters<Page['route']>[1]>[0]) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  };
  await page.route('**/search/lookup/*.json', hold);
  await page.route('**/pagefind/**', hold);
}

test('while the index is on its way the results say “Searching…” and are busy; the answer replaces both', async ({
  page,
}) => {
  await slowIndex(page, 2_000);
  await page.goto(searchUrl(entry.code));
  const results = page.locator('[data-search-results]');
  await expect(results).toHaveAttribute('aria-busy', 'true');
  await expect(results).toHaveText('Searching…');
  await expect(results.locator(`a[href="${errorUrl(entry)}"]`).first()).toBeVisible({ timeout: 15_000 });
  await expect(results).toHaveAttribute('aria-busy', 'false');
  await expect(results).not.toContainText('Searching…');
  await expect(page.locator('[data-search-status]')).toContainText('result');
});

test('a new query on a slow network replaces the previous results with “Searching…”, not a stale list', async ({
  page,
}) => {
  await page.goto(searchUrl(entry.code));
  const results = page.locator('[data-search-results]');
  await expect(results).toHaveAttribute('aria-busy', 'false');
  // Full-text search fetches several Pagefind files one after another: each is held back a little less.
  await slowIndex(page, 1_000);
  // A word no earlier query fetched the files of, so the lookup must wait for the network.
  await page.locator('#search-page-input').fill('overloaded server please wait');
  await expect(results).toHaveText('Searching…');
  await expect(results).toHaveAttribute('aria-busy', 'true');
  await expect(results).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(results).not.toContainText('Searching…');
});
