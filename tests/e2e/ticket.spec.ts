import { expect, test, type Page } from '@playwright/test';
import { ticketMarkdown, ticketPlain } from '../../src/lib/ticket';
import { errorUrl, messageAnchors } from '../../src/lib/urls';
import { entries, modelAt, vendorName, vendors } from '../support/site';

// The ticket kit on code pages: copy the canonical link, the ticket text (Markdown or plain), a message's link.
const entry = entries.find((e) => e.data.messages.length > 1)!;
const canonical = async (page: Page) => (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
const status = (page: Page) => page.locator('[data-copy-status][role="status"]');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('"Copy link" copies the canonical URL, by keyboard, and announces it', async ({ page }) => {
  await page.goto(errorUrl(entry));
  const url = await canonical(page);
  const button = page.getByRole('button', { name: 'Copy link', exact: true });
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Link copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  // The button says "Copied" for two seconds, then gets its own label back.
  await expect(button).toHaveText('Copy link', { timeout: 4000 });
});

test('"Copy for ticket" copies the Markdown block and "Copy as plain text" the plain one, both announced', async ({ page }) => {
  await page.goto(errorUrl(entry));
  const url = await canonical(page);
  const name = vendorName(entry.vendor);
  await page.getByRole('button', { name: 'Copy for ticket' }).press('Space');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ticketMarkdown(modelAt(entry, url)));
  await expect(status(page)).toHaveText('Ticket text copied as Markdown.');
  await page.getByRole('button', { name: 'Copy as plain text' }).click();
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  expect(plain).toBe(ticketPlain(modelAt(entry, url)));
  await expect(status(page)).toHaveText('Ticket text copied as plain text.');
  for (const part of [name, entry.data.title, url]) expect(plain).toContain(part);
});

test('the ticket text is on every code page for every entry, readable without JavaScript', async ({ browser, request }) => {
  test.setTimeout(120_000);
  for (const e of entries) {
    const html = await (await request.get(errorUrl(e))).text();
    expect(html, e.id).toContain('data-ticket-text');
    expect(html, e.id).toMatch(/>\s*Copy for ticket\s*</);
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(errorUrl(entry));
  await page.getByText('What “Copy for ticket” copies').click();
  await expect(page.locator('[data-ticket-text]')).toBeVisible();
  const url = await canonical(page);
  expect(new URL(url).pathname).toBe(errorUrl(entry));
  await expect(page.locator('[data-ticket-text]')).toHaveText(ticketMarkdown(modelAt(entry, url)));
  await context.close();
});

test('each message has its own copyable fragment link that leads back to the message', async ({ page }) => {
  await page.goto(errorUrl(entry));
  const url = await canonical(page);
  const anchors = messageAnchors(entry.data.messages.map((m) => m.text));
  for (const [i] of entry.data.messages.entries()) {
    await page.getByRole('button', { name: `Copy link to message ${i + 1}` }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${url}#${anchors[i]}`);
    await expect(status(page)).toHaveText('Link to the message copied to the clipboard.');
  }
  await page.goto(`${errorUrl(entry)}#${anchors.at(-1)}`);
  await expect(page.locator(`[id="${anchors.at(-1)}"]`)).toContainText(entry.data.messages.at(-1)!.text);
});

test('copy buttons are real buttons with a visible focus ring', async ({ page }) => {
  await page.goto(errorUrl(entry));
  const button = page.getByRole('button', { name: 'Copy for ticket' });
  expect(await button.evaluate((b) => b.tagName)).toBe('BUTTON');
  await button.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await button.evaluate((b) => getComputedStyle(b).outlineStyle);
  expect(outline).not.toBe('none');
});

test('every code page carries a TechArticle with dateModified from the entry’s edit or retrieval date', async ({ request }) => {
  test.setTimeout(120_000);
  for (const e of entries) {
    const html = await (await request.get(errorUrl(e))).text();
    const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    expect(block, e.id).toBeDefined();
    const ld = JSON.parse(block!);
    expect(ld['@type'], e.id).toBe('TechArticle');
    expect(ld.dateModified, e.id).toBe(e.data.updated ?? e.data.retrieved ?? vendors.find((v) => v.slug === e.vendor)!.data.retrieved);
    expect(new URL(ld.url).pathname, e.id).toBe(errorUrl(e));
    expect(ld.headline, e.id).toContain(e.data.title);
    // The structured data's image is the same card the og:image tag names.
    expect(ld.image, e.id).toBe(/<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]);
  }
});
