import { byNamespace, cellEntries, COMPARE_COLUMNS, LIST_LIMIT, type CatalogIndex, type Entry, type Vendor } from './catalog';
import { dateModified } from './export';
import {
  absoluteUrl,
  categoryUrl,
  cellUrl,
  compareUrl,
  errorUrl,
  sitemapUrl,
  useFromCodeUrl,
  vendorListUrl,
  vendorUrl,
} from './urls';

/**
 * Sitemaps split so that no file grows past the protocol's 50,000 URLs: one file for the site's own pages, one per
 * vendor for its code pages (`<vendor>-2`, `-3`… beyond the limit), and an index listing them. Redirect and alias
 * pages are left out: they are not canonical.
 */

export const maxUrlsPerSitemap = 50_000;

export interface SitemapUrl {
  path: string;
  lastmod?: string | undefined;
}

export interface SitemapFile {
  /** File name without `.xml`, under `/sitemaps/`. */
  name: string;
  urls: SitemapUrl[];
}

/** The indexable pages that are not code pages. */
export function sitePages(vendors: readonly Vendor[], categoryIds: readonly string[]): SitemapUrl[] {
  return [
    '/',
    '/vendors/',
    ...vendors.map((v) => vendorUrl(v.slug)),
    '/categories/',
    ...categoryIds.map(categoryUrl),
    '/compare/',
    '/search/',
    useFromCodeUrl,
  ].map((path) => ({ path }));
}

const pageCount = (items: number, size: number): number => Math.max(1, Math.ceil(items / size));

/**
 * The list pages a large catalog pages on to: each category's list per vendor (`/categories/<c>/<v>/`, `…/2/`), a
 * vendor's namespace past its first page, and further comparison pages. Counted from the index, so the sitemap
 * names exactly the pages the routes build.
 */
export function listPages(index: CatalogIndex, vendorSlugs: readonly string[], categoryIds: readonly string[]): SitemapUrl[] {
  const paths: string[] = [];
  for (const c of categoryIds) {
    for (const v of vendorSlugs) {
      const n = cellEntries(index, c, v).length;
      if (n) for (let p = 1; p <= pageCount(n, LIST_LIMIT); p++) paths.push(cellUrl(c, v, p));
    }
  }
  for (const v of vendorSlugs) {
    for (const g of byNamespace(index.byVendor.get(v) ?? [])) {
      for (let p = 2; p <= pageCount(g.entries.length, LIST_LIMIT); p++) paths.push(vendorListUrl(v, g.namespace, p));
    }
  }
  for (let p = 2; p <= pageCount(vendorSlugs.length, COMPARE_COLUMNS); p++) paths.push(compareUrl(p));
  return paths.map((path) => ({ path }));
}

/** Splits a list into files of at most `max` URLs named `<name>`, `<name>-2`, … */
export function chunk(name: string, urls: readonly SitemapUrl[], max = maxUrlsPerSitemap): SitemapFile[] {
  const files: SitemapFile[] = [];
  for (let i = 0; i < urls.length; i += max) {
    files.push({ name: i === 0 ? name : `${name}-${i / max + 1}`, urls: urls.slice(i, i + max) });
  }
  return files;
}

/** Every sitemap file: `pages` (with the list pages), then one or more per vendor (entries in display order). */
export function sitemapFiles(
  entries: readonly Entry[],
  vendors: readonly Vendor[],
  categoryIds: readonly string[],
  lists: readonly SitemapUrl[] = [],
  max = maxUrlsPerSitemap,
): SitemapFile[] {
  const byVendor = new Map<string, SitemapUrl[]>(vendors.map((v) => [v.slug, []]));
  const vendorBySlug = new Map(vendors.map((v) => [v.slug, v]));
  for (const e of entries) {
    const vendor = vendorBySlug.get(e.vendor);
    if (!vendor) throw new Error(`content/errors/${e.id}.yaml: no vendor file content/vendors/${e.vendor}.md`);
    byVendor.get(e.vendor)!.push({ path: errorUrl(e), lastmod: dateModified(e, vendor) });
  }
  return [
    ...chunk('pages', [...sitePages(vendors, categoryIds), ...lists], max),
    ...[...byVendor].flatMap(([slug, urls]) => chunk(slug, urls, max)),
  ];
}

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(urls: readonly SitemapUrl[], site: URL | string): string {
  const items = urls.map(
    (u) =>
      `<url><loc>${xmlEscape(absoluteUrl(u.path, site))}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</urlset>\n`;
}

export function sitemapIndexXml(names: readonly string[], site: URL | string): string {
  const items = names.map((n) => `<sitemap><loc>${xmlEscape(absoluteUrl(sitemapUrl(n), site))}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}
