import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../scripts/content';
import {
  compareEntries,
  makeCatalog,
  pageTitle,
  summary,
  toEntry,
  type Entry,
  type Vendor,
} from '../../src/lib/catalog';
import { atomFeed, feedLimit, feedTitle, xmlEscape } from '../../src/lib/feed';
import { vendorSchema } from '../../src/lib/schema';
import { absoluteUrl, errorUrl, feedUrl } from '../../src/lib/urls';
import { entry, rawVendor } from '../support/fixtures';

// The feed is read with a real XML parser: sax in strict mode, which throws on anything that is not well-formed.
// (sax ships no types, so the little it is used for is typed here.)
interface SaxNode {
  local: string;
  uri: string;
  attributes: Record<string, { name: string; value: string }>;
}
interface SaxParser {
  onopentag: (node: SaxNode) => void;
  onclosetag: () => void;
  ontext: (text: string) => void;
  oncdata: (text: string) => void;
  onerror: (error: Error) => void;
  write(xml: string): SaxParser;
  close(): SaxParser;
}
const sax = createRequire(import.meta.url)('sax') as {
  parser(strict: boolean, options: { xmlns: boolean }): SaxParser;
};

interface Element {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

function parseXml(xml: string): Element {
  const document: Element = { name: '#document', uri: '', attributes: {}, children: [], text: '' };
  const stack = [document];
  const parser = sax.parser(true, { xmlns: true });
  parser.onopentag = (node) => {
    const attributes = Object.fromEntries(Object.values(node.attributes).map((a) => [a.name, a.value]));
    const element: Element = { name: node.local, uri: node.uri, attributes, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = parser.oncdata = (text) => void (stack.at(-1)!.text += text);
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
  expect(document.children).toHaveLength(1);
  return document.children[0]!;
}

const atom = 'http://www.w3.org/2005/Atom';
const all = (parent: Element, name: string) => parent.children.filter((c) => c.name === name);
const one = (parent: Element, name: string) => {
  const found = all(parent, name);
  expect(found, `<${name}> in <${parent.name}>`).toHaveLength(1);
  return found[0]!;
};
const textOf = (parent: Element, name: string) => one(parent, name).text;
const linkOf = (parent: Element, rel: string) =>
  all(parent, 'link').find((l) => (l.attributes.rel ?? 'alternate') === rel);

const site = 'https://site.example/';
const report = loadCatalog();
const catalog = makeCatalog(
  report.entries.map((e) => toEntry(e.id, e.data)),
  report.vendors,
);
// The date an entry was added or last changed, written out here rather than taken from the code under test.
const vendorOf = new Map(catalog.vendors.map((v) => [v.slug, v]));
const dateOf = (e: Entry) => e.data.updated ?? e.data.retrieved ?? vendorOf.get(e.vendor)!.data.retrieved;
const byUrl = new Map(catalog.entries.map((e) => [absoluteUrl(errorUrl(e), site), e]));

describe('the Atom feed of the real catalog', () => {
  const xml = atomFeed(catalog.entries, catalog.vendors, site);
  const feed = parseXml(xml);
  const items = all(feed, 'entry');
  const listed = items.map((item) => byUrl.get(textOf(item, 'id')));

  it('is a well-formed Atom 1.0 document with the required feed metadata', () => {
    expect(report.problems).toEqual([]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    expect([feed.name, feed.uri]).toEqual(['feed', atom]);
    expect(textOf(feed, 'id')).toBe(absoluteUrl(feedUrl, site));
    expect(textOf(feed, 'title')).toBe(feedTitle);
    expect(textOf(one(feed, 'author'), 'name')).toBe('Speech Error Catalog');
    expect(linkOf(feed, 'self')?.attributes).toMatchObject({
      href: 'https://site.example/feed.xml',
      type: 'application/atom+xml',
    });
    expect(linkOf(feed, 'alternate')?.attributes).toMatchObject({ href: site, type: 'text/html' });
    const newest = catalog.entries.map(dateOf).reduce((a, b) => (b > a ? b : a));
    expect(textOf(feed, 'updated')).toBe(`${newest}T00:00:00Z`);
    for (const item of [feed, ...items]) {
      for (const element of item.children) expect(element.uri, element.name).toBe(atom);
    }
  });

  it(`holds the latest ${feedLimit} entries (or all), newest first, ties in display order`, () => {
    expect(items).toHaveLength(Math.min(feedLimit, catalog.entries.length));
    expect(listed.every(Boolean), 'every entry id is the canonical URL of an entry').toBe(true);
    const entries = listed as Entry[];
    for (let i = 1; i < entries.length; i++) {
      const [a, b] = [entries[i - 1]!, entries[i]!];
      expect(
        dateOf(a) > dateOf(b) || (dateOf(a) === dateOf(b) && compareEntries(a, b) < 0),
        `${a.id} before ${b.id}`,
      ).toBe(true);
    }
    // Exactly the newest: nothing left out is newer than the oldest entry listed, nor equally new and earlier in
    // display order.
    const last = entries.at(-1)!;
    const missing = catalog.entries.filter(
      (e) =>
        !entries.includes(e) &&
        (dateOf(e) > dateOf(last) || (dateOf(e) === dateOf(last) && compareEntries(e, last) < 0)),
    );
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('gives each entry its permanent canonical URL as id and link, its page title, date, summary and category', () => {
    const ids = items.map((item) => textOf(item, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    items.forEach((item, i) => {
      const e = listed[i]!;
      const url = `https://site.example/errors/${e.id}/`;
      expect(textOf(item, 'id'), e.id).toBe(url);
      expect(linkOf(item, 'alternate')?.attributes, e.id).toMatchObject({ href: url, type: 'text/html' });
      expect(textOf(item, 'title'), e.id).toBe(pageTitle(e, vendorOf.get(e.vendor)!.data.name));
      expect(textOf(item, 'updated'), e.id).toBe(`${dateOf(e)}T00:00:00Z`);
      expect(textOf(item, 'summary'), e.id).toBe(summary(e));
      expect(one(item, 'category').attributes.term, e.id).toBe(e.data.category);
    });
  });

  it('is the same bytes whatever order the entries and vendors come in', () => {
    expect(atomFeed(catalog.entries, catalog.vendors, site)).toBe(xml);
    expect(atomFeed([...catalog.entries].reverse(), [...catalog.vendors].reverse(), new URL(site))).toBe(xml);
  });
});

describe('escaping', () => {
  const vendor: Vendor = { slug: 'agora-stt', data: vendorSchema.parse(rawVendor('Agora & <Co> "声网"')) };
  const hostile = 'Fails & <b>breaks</b> ]]> "引号" \'单\' 错误';
  const titled = entry('agora-stt/code/X1', {
    title: hostile,
    cause: `It broke: a < b && c > d ]]> 服务器错误. More.`,
    retrieved: '2026-12-09',
  });
  const message = entry('agora-stt/message/bad-input', {
    messages: [{ text: '参数错误 <param> & "quoted" ]]>', lang: 'zh', translation: 'Parameter error' }],
    retrieved: '2026-12-08',
  });
  const xml = atomFeed([message, titled], [vendor], 'https://site.example/');

  it('escapes &, <, >, quotes and ]]> and keeps Chinese as it is', () => {
    const feed = parseXml(xml);
    const [first, second] = all(feed, 'entry');
    expect(textOf(first!, 'title')).toBe(`X1: ${hostile} (Agora & <Co> "声网")`);
    expect(textOf(first!, 'summary')).toBe('It broke: a < b && c > d ]]> 服务器错误.');
    expect(textOf(second!, 'title')).toBe('参数错误 <param> & "quoted" ]]>: Title of bad-input (Agora & <Co> "声网")');
    expect(xml).not.toContain(']]>');
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('<param>');
    expect(xml).toContain('参数错误 &lt;param&gt; &amp; &quot;quoted&quot; ]]&gt;');
  });

  it('drops characters XML cannot carry and rejects nothing else', () => {
    expect(xmlEscape('a\u0000b\u0008c\u000bd\ufffe\ud800e\tf\ng 𝄞 中')).toBe('abcde\tf\ng 𝄞 中');
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('is checked by a parser that rejects malformed XML', () => {
    expect(() => parseXml('<feed><entry></feed>')).toThrow();
    expect(() => parseXml('<feed>a & b</feed>')).toThrow();
  });
});
