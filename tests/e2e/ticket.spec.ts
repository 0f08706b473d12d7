import { expect, test, type Page } from '@playwright/test';
import type { Entry } from '../../src/lib/catalog';
import { paragraphs } from '../../src/lib/text';
import { ticketMarkdown, ticketPlain } from '../../src/lib/ticket';
import { absoluteUrl, defaultSite, errorUrl, messageAnchors } from '../../src/lib/urls';
import { retryPolicyInfo } from '../../src/lib/vocabulary';
import { entries, modelAt, vendorName, vendors } from '../support/site';

// The ticket kit on code pages: copy the canonical link, the ticket text (plain or Markdown), a message's link.
const entry = entries.find((e) => e.data.messages.length > 1)!;
const requestIdOf = (e: Entry) => vendors.find((v) => v.slug === e.vendor)!.data.requestId;
/** Ticket texts to read from the clipboard: a vendor that names its request id, with a Chinese message and an HTTP status, and one that names none. */
const ticketEntries = [
  entries.find((e) => requestIdOf(e)?.field && e.data.messages.some((m) => m.translation) && e.data.retry.details)!,
  entries.find((e) => requestIdOf(e)?.header && e.data.httpStatus && e.data.messages.length > 1)!,
  entries.find((e) => !requestIdOf(e) && !e.data.httpStatus)!,
];
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

test('"Copy link" copies the absolute canonical URL on the configured site, not the address bar', async ({ page }) => {
  await page.goto(`${errorUrl(entry)}?utm_source=ticket#${messageAnchors(entry.data.messages.map((m) => m.text))[0]}`);
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The site the build was given (SITE_URL, else the example origin), whatever host serves the test.
  expect(copied).toBe(absoluteUrl(errorUrl(entry), process.env.SITE_URL ?? defaultSite));
  expect(copied).toBe(await canonical(page));
  expect(copied).not.toBe(page.url());
});

test('"Copy for ticket" copies the plain ticket text and "Copy as Markdown" the Markdown one, both announced', async ({
  page,
}) => {
  await page.goto(errorUrl(entry));
  const url = await canonical(page);
  const name = vendorName(entry.vendor);
  await page.getByRole('button', { name: 'Copy for ticket' }).press('Space');
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  expect(plain).toBe(ticketPlain(modelAt(entry, url)));
  await expect(status(page)).toHaveText('Ticket text copied as plain text.');
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ticketMarkdown(modelAt(entry, url)));
  await expect(status(page)).toHaveText('Ticket text copied as Markdown.');
  for (const part of [name, entry.data.title, url]) expect(plain).toContain(part);
});

for (const e of ticketEntries) {
  test(`the ticket text of ${e.id} is complete: cause, fix, messages, status, retry, link and blanks`, async ({
    page,
  }) => {
    await page.goto(errorUrl(e));
    await page.getByRole('button', { name: 'Copy for ticket' }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const lines = text.split('\n');
    // Nothing cut: every paragraph of the cause and the fix, whole, as the content file has it.
    for (const p of [...paragraphs(e.data.cause), ...paragraphs(e.data.fix)]) expect(text).toContain(p);
    for (const m of e.data.messages) {
      expect(text).toContain(`"${m.text}"`);
      if (m.translation) expect(text).toContain(`in English: "${m.translation}"`);
    }
    if (e.data.httpStatus) expect(lines).toContain(`HTTP status: ${e.data.httpStatus}`);
    else expect(text).not.toContain('HTTP status:');
    const retry = lines.find((l) => l.startsWith('Retry: '));
    expect(retry).toBe(
      `Retry: ${retryPolicyInfo[e.data.retry.policy].title}. ${e.data.retry.details ?? retryPolicyInfo[e.data.retry.policy].advice}`.replace(
        /\s+/g,
        ' ',
      ),
    );
    expect(lines).toContain(`Details: ${absoluteUrl(errorUrl(e), process.env.SITE_URL ?? defaultSite)}`);
    // The blanks, the request id named as the vendor file names it.
    const r = requestIdOf(e);
    const hint = [r?.header && `${r.header} header`, r?.field && `${r.field} field`].filter(Boolean).join(' or ');
    expect(lines).toContain(hint ? `Request id (${hint}):` : 'Request id:');
    expect(lines).toContain('Time (UTC):');
    expect(lines).toContain("Customer's exact error text:");
  });
}

test('the ticket text is on every code page for every entry, readable without JavaScript', async ({
  browser,
  request,
}) => {
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
  await expect(page.locator('[data-ticket-text]')).toHaveText(ticketPlain(modelAt(entry, url)));
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

test('every code page carries a TechArticle with dateModified from the entry’s edit or retrieval date', async ({
  request,
}) => {
  test.setTimeout(120_000);
  for (const e of entries) {
    const html = await (await request.get(errorUrl(e))).text();
    const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    expect(block, e.id).toBeDefined();
    const ld = JSON.parse(block!);
    expect(ld['@type'], e.id).toBe('TechArticle');
    expect(ld.dateModified, e.id).toBe(
      e.data.updated ?? e.data.retrieved ?? vendors.find((v) => v.slug === e.vendor)!.data.retrieved,
    );
    expect(new URL(ld.url).pathname, e.id).toBe(errorUrl(e));
    expect(ld.headline, e.id).toContain(e.data.title);
    // The structured data's image is the same card the og:image tag names.
    expect(ld.image, e.id).toBe(/<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]);
  }
});
