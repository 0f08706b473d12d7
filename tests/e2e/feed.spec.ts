import { expect, test } from '@playwright/test';
import { feedLimit } from '../../src/lib/feed';
import { errorUrl, feedUrl } from '../../src/lib/urls';
import { entries } from '../support/site';

// The Atom feed of the built site; expectations come from the content files.
const path = (absolute: string) => new URL(absolute).pathname;
const atom = 'http://www.w3.org/2005/Atom';

test('feed.xml is an Atom feed whose entries link to their code pages', async ({ page, request }) => {
  const response = await request.get(feedUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();

  // Parsed by the browser's XML parser, which reports a document that is not well-formed as a <parsererror>.
  await page.goto('/');
  const feed = await page.evaluate(
    ({ text, ns }) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const root = doc.documentElement;
      const child = (parent: Element, name: string) =>
        [...parent.children].find((c) => c.localName === name && c.namespaceURI === ns);
      const items = [...root.children].filter((c) => c.localName === 'entry' && c.namespaceURI === ns);
      return {
        error,
        root: [root.localName, root.namespaceURI],
        self: [...root.children]
          .find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self')
          ?.getAttribute('href'),
        entries: items.map((item) => ({
          id: child(item, 'id')?.textContent ?? '',
          title: child(item, 'title')?.textContent ?? '',
          link: child(item, 'link')?.getAttribute('href') ?? '',
        })),
      };
    },
    { text: xml, ns: atom },
  );
  expect(feed.error).toBeNull();
  expect(feed.root).toEqual(['feed', atom]);
  expect(feed.self && path(feed.self)).toBe(feedUrl);
  expect(feed.entries).toHaveLength(Math.min(feedLimit, entries.length));
  const pages = new Set(entries.map(errorUrl));
  for (const item of feed.entries) {
    expect(item.link, item.id).toBe(item.id);
    expect(pages.has(path(item.id)), item.id).toBe(true);
  }

  const first = feed.entries[0]!;
  const entry = entries.find((e) => errorUrl(e) === path(first.link))!;
  expect(first.title).toContain(entry.data.title);
  const pageResponse = await page.goto(path(first.link));
  expect(pageResponse?.status()).toBe(200);
  await expect(page.locator('h1')).toContainText(entry.data.title);
});

test('the home page and a code page link the feed from their head', async ({ page }) => {
  for (const url of ['/', errorUrl(entries[0]!)]) {
    await page.goto(url);
    const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(link, url).toHaveCount(1);
    await expect(link, url).toHaveAttribute('href', feedUrl);
    await expect(link, url).toHaveAttribute('title', /.+/);
  }
});
