import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  catalogJsonUrl,
  catalogSchemaUrl,
  entryJsonUrl,
  entryMarkdownUrl,
  errorUrl,
  sitemapIndexUrl,
  vendorJsonUrl,
  vendorMarkdownUrl,
} from '../../src/lib/urls';
import { maxUrlsPerSitemap } from '../../src/lib/plan';
import { entries, vendors } from '../support/site';

// The machine-readable siblings of the pages, read from the built site; expectations come from the content files.
const path = (absolute: string) => new URL(absolute).pathname;
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

test('every entry has a .json sibling with its data and canonical URL, and a .md sibling with its page as Markdown', async ({
  request,
}) => {
  test.setTimeout(120_000);
  for (const entry of entries) {
    const json = await request.get(entryJsonUrl(entry));
    expect(json.headers()['content-type'], entry.id).toContain('application/json');
    const data = await json.json();
    expect(path(data.url), entry.id).toBe(errorUrl(entry));
    expect([data.id, data.code, data.title, data.retired], entry.id).toEqual([
      entry.id,
      entry.code,
      entry.data.title,
      entry.data.retired,
    ]);
    expect(
      data.messages.map((m: { text: string }) => m.text),
      entry.id,
    ).toEqual(entry.data.messages.map((m) => m.text));
    expect(data.dateModified, entry.id).toBe(
      entry.data.updated ?? entry.data.retrieved ?? vendors.find((v) => v.slug === entry.vendor)!.data.retrieved,
    );

    const md = await (await request.get(entryMarkdownUrl(entry))).text();
    expect(md.split('\n')[0], entry.id).toContain(entry.data.title);
    expect(md, entry.id).toContain(`Canonical page: <${data.url}>`);
    for (const m of entry.data.messages) expect(md, entry.id).toContain(m.text);
    for (const heading of ['## What happened', '## How to fix it', '## Retry', '## Facts', '## Source']) {
      expect(md, `${entry.id} ${heading}`).toContain(`\n${heading}\n`);
    }
  }
});

test('catalog.json holds every entry and validates against catalog.schema.json', async ({ request }) => {
  const schema = await (await request.get(catalogSchemaUrl)).json();
  const catalog = await (await request.get(catalogJsonUrl)).json();
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate(catalog), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
  expect(catalog.entries.map((e: { id: string }) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
  expect(catalog.count).toBe(entries.length);
  expect(path(catalog.$schema)).toBe(catalogSchemaUrl);
});

test('catalog.schema.json rejects a catalog with a broken entry', async ({ request }) => {
  const schema = await (await request.get(catalogSchemaUrl)).json();
  const catalog = await (await request.get(catalogJsonUrl)).json();
  const ajv = new Ajv2020({ strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  catalog.entries[0].category = 'no-such-category';
  delete catalog.entries[1].messages;
  expect(validate(catalog)).toBe(false);
});

test('every vendor has a JSON document listing its entries and a Markdown index linking their Markdown', async ({
  request,
}) => {
  for (const vendor of vendors) {
    const doc = await (await request.get(vendorJsonUrl(vendor.slug))).json();
    const own = entries.filter((e) => e.vendor === vendor.slug);
    expect([doc.slug, doc.name, doc.count], vendor.slug).toEqual([vendor.slug, vendor.data.name, own.length]);
    expect(doc.entries.map((e: { json: string }) => path(e.json)).sort(), vendor.slug).toEqual(
      own.map(entryJsonUrl).sort(),
    );
    const md = await (await request.get(vendorMarkdownUrl(vendor.slug))).text();
    for (const e of own) expect(md, e.id).toContain(`${entryMarkdownUrl(e)})`);
  }
});

test('llms.txt describes the site and links each vendor’s Markdown and the catalog', async ({ request }) => {
  const response = await request.get('/llms.txt');
  expect(response.headers()['content-type']).toContain('text/plain');
  const text = await response.text();
  expect(text.startsWith('# Speech Error Catalog\n\n> ')).toBe(true);
  const links = [...text.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => path(m[1]!));
  for (const v of vendors) expect(links).toContain(vendorMarkdownUrl(v.slug));
  expect(links).toContain(catalogJsonUrl);
  for (const link of links) expect((await request.get(link)).status(), link).toBe(200);
});

test('robots.txt names the sitemap index, which lists sitemap files of at most 50,000 canonical pages', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  const index = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(index && path(index)).toBe(sitemapIndexUrl);
  const files = locs(await (await request.get(sitemapIndexUrl)).text());
  expect(files.length, 'one file for the site pages, at least one per vendor').toBeGreaterThanOrEqual(
    vendors.length + 1,
  );
  const listed: string[] = [];
  for (const file of files) {
    const urls = locs(await (await request.get(path(file))).text()).map(path);
    expect(urls.length, file).toBeLessThanOrEqual(maxUrlsPerSitemap);
    listed.push(...urls);
  }
  for (const e of entries) expect(listed, e.id).toContain(errorUrl(e));
  expect(new Set(listed).size).toBe(listed.length);
  for (const url of listed) {
    const html = await (await request.get(url, { maxRedirects: 0 })).text();
    expect(html, url).not.toContain('name="robots" content="noindex"');
    expect(html, url).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${url.replace(/[.]/g, '\\.')}"`));
  }
});

test('every built page has a canonical link, and every indexable page is in a sitemap', async ({ request }) => {
  test.setTimeout(120_000);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(`${dir}/${d.name}`) : d.name === 'index.html' ? [`${dir}/`] : [],
    );
  const pages = walk('dist')
    .map((p) => p.slice('dist'.length))
    .filter((p) => !p.startsWith('/_astro'));
  const files = locs(await (await request.get(sitemapIndexUrl)).text());
  const listed = new Set<string>();
  for (const file of files) for (const url of locs(await (await request.get(path(file))).text())) listed.add(path(url));
  const missing: string[] = [];
  for (const page of pages) {
    const html = await (await request.get(page)).text();
    expect(html, page).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
    if (!html.includes('name="robots" content="noindex"') && !listed.has(page)) missing.push(page);
  }
  expect(missing, 'indexable pages missing from the sitemaps').toEqual([]);
});

test('code pages link their JSON and Markdown siblings', async ({ page }) => {
  const entry = entries[0]!;
  await page.goto(errorUrl(entry));
  await expect(page.locator(`link[rel="alternate"][type="application/json"]`)).toHaveAttribute(
    'href',
    entryJsonUrl(entry),
  );
  await expect(page.locator(`link[rel="alternate"][type="text/markdown"]`)).toHaveAttribute(
    'href',
    entryMarkdownUrl(entry),
  );
  await expect(page.locator(`#source ~ p a[href="${entryJsonUrl(entry)}"]`)).toHaveText('JSON');
});
