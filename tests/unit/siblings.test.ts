import { describe, expect, test } from 'vitest';
import { aliasGroups, pageDescription, pageTitle, sortEntries } from '../../src/lib/catalog';
import { escapeAttribute, escapeHtml, headTags } from '../../src/lib/head';
import { redirectPage } from '../../src/lib/redirect';
import { fileOf, siblingFiles } from '../../src/lib/siblings';
import { planSite } from '../../src/lib/plan';
import { cardUrl, entryJsonUrl, entryMarkdownUrl, errorUrl } from '../../src/lib/urls';
import { catalog, decode, entries as catalogEntries, vendorName } from '../support/site';

const site = 'https://errors.example.test';
const entries = sortEntries(catalogEntries);
const source = { ...catalog, site };
const files = [...siblingFiles(planSite(catalog), source)];
const byPath = new Map(files.map((f) => [f.path, f.body]));
const groups = aliasGroups(entries);

describe('sibling files of the catalog', () => {
  test('every entry has its .json and .md, and nothing is written twice', () => {
    for (const e of entries) {
      expect(byPath.has(entryJsonUrl(e)), e.id).toBe(true);
      expect(byPath.has(entryMarkdownUrl(e)), e.id).toBe(true);
    }
    expect(byPath.size).toBe(files.length);
  });

  test('each .json is the entry as published, with its absolute page URL', () => {
    for (const e of entries) {
      const doc = JSON.parse(byPath.get(entryJsonUrl(e))!) as { id: string; url: string; title: string };
      expect(doc).toMatchObject({ id: e.id, url: `${site}${errorUrl(e)}`, title: e.data.title });
    }
  });

  test('a code unique at its vendor gets a redirect page at its short alias; a shared code gets none', () => {
    const unique = groups.filter((g) => g.entries.length === 1);
    const shared = groups.filter((g) => g.entries.length > 1);
    expect(unique.length).toBeGreaterThan(0);
    expect(shared.length).toBeGreaterThan(0);
    for (const g of unique)
      expect(byPath.get(g.url), g.url).toBe(redirectPage(g.entries[0]!, vendorName(g.vendor), site));
    // The chooser pages of shared codes are Astro pages; a file here would overwrite them.
    for (const g of shared) expect(byPath.has(g.url), g.url).toBe(false);
    expect(files.length).toBe(entries.length * 2 + unique.length);
  });

  test('a path ending in a slash is written as that folder’s index.html', () => {
    expect(fileOf('/errors/x/1/')).toBe('errors/x/1/index.html');
    expect(fileOf('/errors/x/code/1.json')).toBe('errors/x/code/1.json');
  });
});

describe('the short-alias redirect page', () => {
  const entry = entries.find((e) => e.namespace === 'code')!;
  const name = vendorName(entry.vendor);
  const html = redirectPage(entry, name, site);
  const attr = (re: RegExp) => decode(re.exec(html)?.[1] ?? '');

  test('refreshes to the entry, names it as canonical and stays out of search engines', () => {
    expect(attr(/http-equiv="refresh" content="([^"]*)"/)).toBe(`0; url=${errorUrl(entry)}`);
    expect(attr(/rel="canonical" href="([^"]*)"/)).toBe(`${site}${errorUrl(entry)}`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(attr(/<main>.*?<a href="([^"]*)"/)).toBe(errorUrl(entry));
  });

  test('unfurls as the entry does: its title, summary and card', () => {
    expect(attr(/property="og:title" content="([^"]*)"/)).toBe(pageTitle(entry, name));
    expect(attr(/property="og:description" content="([^"]*)"/)).toBe(pageDescription(entry, name));
    expect(attr(/property="og:image" content="([^"]*)"/)).toBe(`${site}${cardUrl(entry)}`);
  });
});

describe('head tags', () => {
  const tags = headTags({ title: 'A "quoted" <b> & co', description: 'x & "y"', canonical: `${site}/a/`, site });

  test('escape text and attribute values so no value can end its element', () => {
    expect(tags).toContain('<title>A &quot;quoted&quot; &lt;b&gt; &amp; co · Speech Error Catalog</title>');
    expect(tags).toContain('<meta name="description" content="x &amp; &quot;y&quot;">');
    expect(escapeAttribute(`a"b&c'd<e`)).toBe(`a&quot;b&amp;c'd<e`);
    expect(escapeHtml(`a"b&c'd<e>`)).toBe('a&quot;b&amp;c&#39;d&lt;e&gt;');
  });

  test('default to the site card and declare light and dark unless told not to', () => {
    expect(tags).toContain(`<meta property="og:image" content="${site}/card.png">`);
    expect(tags).toContain('<meta name="color-scheme" content="light dark">');
    expect(headTags({ title: 't', description: 'd', canonical: site, site, colorScheme: false })).not.toContain(
      'color-scheme',
    );
  });
});
