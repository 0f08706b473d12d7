import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { categories } from '../../src/lib/categories';
import { categoryUrl, errorUrl, vendorUrl } from '../../src/lib/urls';
import { entries, vendors } from '../support/site';

// Without JavaScript the site still leads to every error, and shows no control that could not work.

/** An entry whose page has every kind of copy button: messages, the ticket kit and an example. */
const entry = entries.find((e) => e.data.examples.length > 0) ?? entries[0]!;
const copyButtons = 'button[data-copy], button[data-copy-from]';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page lists every vendor and category instead, each link to a built page', async ({ page }) => {
    await page.goto('/search/?q=40000001');
    // Playwright's text matching skips <noscript> even with scripts off: address the paragraph itself.
    await expect(page.locator('noscript p').first()).toHaveText(
      'Search needs JavaScript. Every error is also listed by vendor and by category:',
    );
    await expect(page.locator('noscript p').first()).toBeVisible();
    const hrefs = async (list: string) =>
      page.locator(`${list} a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(await hrefs('[data-browse-vendors]')).toEqual(vendors.map((v) => vendorUrl(v.slug)));
    expect(await hrefs('[data-browse-categories]')).toEqual(categories.map((c) => categoryUrl(c.id)));
    for (const href of [...(await hrefs('[data-browse-vendors]')), ...(await hrefs('[data-browse-categories]'))]) {
      expect(existsSync(join('dist', href, 'index.html')), href).toBe(true);
    }
    await expect(page.locator('[data-browse-vendors] a').first()).toBeVisible();
    // Nothing is loading: the results are not announced as busy.
    await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
  });

  test('a code page shows no copy button', async ({ page }) => {
    await page.goto(errorUrl(entry));
    expect(await page.locator(copyButtons).count()).toBeGreaterThan(2);
    for (const button of await page.locator(copyButtons).all()) await expect(button).toBeHidden();
    // What the buttons would copy is still there to select.
    await expect(page.getByText(entry.data.messages[0]!.text, { exact: true }).first()).toBeVisible();
  });
});

test.describe('with JavaScript on', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a code page shows its copy buttons, and they copy', async ({ page }) => {
    await page.goto(errorUrl(entry));
    const buttons = page.locator(copyButtons);
    expect(await buttons.count()).toBeGreaterThan(2);
    for (const button of await buttons.all()) await expect(button).toBeVisible();
    await page.getByRole('button', { name: 'Copy example 1' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(entry.data.examples[0]!.text);
    await expect(page.locator('[data-copy-status]')).toHaveText('Example copied to the clipboard.');
  });

  test('the search page does not show the no-JavaScript lists', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('[data-browse-vendors]')).toHaveCount(0);
  });
});
