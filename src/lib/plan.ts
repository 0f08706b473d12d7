import { categoryIds as allCategories } from './categories';
import { aliasGroups, byNamespace, cellEntries, COMPARE_COLUMNS, LIST_LIMIT, type Catalog } from './catalog';
import { dateModified } from './export';
import { lookupFileCount } from './lookup/shards';
import {
  cardUrl,
  catalogJsonUrl,
  catalogSchemaUrl,
  explainSchemaUrl,
  feedUrl,
  categoryUrl,
  cellUrl,
  compareUrl,
  comparePairUrl,
  entryJsonUrl,
  entryMarkdownUrl,
  errorUrl,
  llmsTxtUrl,
  lookupFileUrl,
  lookupManifestUrl,
  siteCardUrl,
  sitemapIndexUrl,
  sitemapUrl,
  useFromCodeUrl,
  vendorJsonUrl,
  vendorListUrl,
  vendorMarkdownUrl,
  vendorUrl,
} from './urls';
import type { Namespace } from './vocabulary';

/**
 * The plan of the site: every page and file the build publishes, from one pure function of the catalog. Astro's
 * routes take their paths from it, the build's file thread writes the files it assigns to the thread, the sitemaps
 * list its canonical pages, the dev server answers from it, and a test compares it with the built `dist/` both
 * ways, so a page cannot be published without being planned, nor planned without being built.
 */

/** Who writes a file: Astro's page pipeline, or the build's second thread (`src/integrations/files.ts`). */
export type Writer = 'astro' | 'thread';

/** Each kind of planned file, with what its renderer needs to know. */
interface KindFields {
  page: { name: 'home' | 'vendors' | 'categories' | 'compare' | 'search' | 'use-from-code' | 'errors' | '404' };
  document: {
    name: 'catalog' | 'catalog-schema' | 'explain-schema' | 'feed' | 'llms' | 'robots' | 'opensearch' | 'sitemap-index';
  };
  vendor: { vendor: string };
  'vendor-json': { vendor: string };
  'vendor-md': { vendor: string };
  'vendor-codes': { vendor: string };
  'vendor-redirect': { vendor: string };
  'vendor-list': { vendor: string; namespace: Namespace; page: number };
  'namespace-redirect': { vendor: string; namespace: Namespace };
  category: { category: string };
  cell: { category: string; vendor: string; page: number };
  'compare-page': { page: number };
  'compare-pair': { a: string; b: string };
  code: { entry: string };
  'code-json': { entry: string };
  'code-md': { entry: string };
  card: { entry: string };
  'alias-redirect': { vendor: string; slug: string; entries: string[] };
  'alias-list': { vendor: string; slug: string; entries: string[] };
  'site-card': object;
  sitemap: { name: string; urls: { path: string; lastmod?: string | undefined }[] };
  'lookup-manifest': object;
  'lookup-file': { n: number };
}

interface Placement {
  /** The URL path it is served at; a path ending in `/` is a folder's `index.html`. */
  path: string;
  by: Writer;
  /** An address people and tools keep (the URL manifest records it); false for files only our own pages fetch. */
  published: boolean;
  /** Listed in the sitemaps: the canonical pages, grouped into `pages` or the vendor's own file. */
  sitemap?: { group: string; lastmod?: string | undefined } | undefined;
}

export type PlannedFile = { [K in keyof KindFields]: { kind: K } & KindFields[K] & Placement }[keyof KindFields];
export type Kind = PlannedFile['kind'];
export type PlannedOf<K extends Kind> = Extract<PlannedFile, { kind: K }>;

/** At most this many URLs per sitemap file (the protocol's limit). */
export const maxUrlsPerSitemap = 50_000;

const pageCount = (items: number, size: number): number => Math.max(1, Math.ceil(items / size));

/** Splits a list into files of at most `max` URLs named `<name>`, `<name>-2`, … */
export function chunk<T>(name: string, urls: readonly T[], max = maxUrlsPerSitemap): { name: string; urls: T[] }[] {
  const files: { name: string; urls: T[] }[] = [];
  for (let i = 0; i < urls.length; i += max) {
    files.push({ name: i === 0 ? name : `${name}-${i / max + 1}`, urls: urls.slice(i, i + max) });
  }
  return files;
}

type Source = Pick<Catalog, 'entries' | 'byId' | 'vendors' | 'vendorSlugs' | 'index'>;

/** The plan of the site of `catalog`, with every category (`categoryIds` and `max` are for tests). */
export function planSite(
  catalog: Source,
  categoryIds: readonly string[] = allCategories,
  max = maxUrlsPerSitemap,
): PlannedFile[] {
  const out: PlannedFile[] = [];
  const add = (file: PlannedFile): void => {
    out.push(file);
  };
  const listed = { group: 'pages' };
  const page = (name: PlannedOf<'page'>['name'], path: string, sitemap?: typeof listed): void =>
    add({ kind: 'page', name, path, by: 'astro', published: name !== '404', sitemap });

  // The site's own pages, in the order the `pages` sitemap lists them.
  page('home', '/', listed);
  page('vendors', '/vendors/', listed);
  for (const v of catalog.vendors)
    add({ kind: 'vendor', vendor: v.slug, path: vendorUrl(v.slug), by: 'astro', published: true, sitemap: listed });
  page('categories', '/categories/', listed);
  for (const c of categoryIds)
    add({ kind: 'category', category: c, path: categoryUrl(c), by: 'astro', published: true, sitemap: listed });
  page('compare', compareUrl(), listed);
  page('search', '/search/', listed);
  page('use-from-code', useFromCodeUrl, listed);

  // The list pages a large catalog pages on to.
  for (const c of categoryIds) {
    for (const v of catalog.vendorSlugs) {
      const n = cellEntries(catalog.index, c, v).length;
      if (!n) continue;
      for (let p = 1; p <= pageCount(n, LIST_LIMIT); p++) {
        add({
          kind: 'cell',
          category: c,
          vendor: v,
          page: p,
          path: cellUrl(c, v, p),
          by: 'astro',
          published: true,
          sitemap: listed,
        });
      }
    }
  }
  for (const v of catalog.vendorSlugs) {
    for (const g of byNamespace(catalog.index.byVendor.get(v) ?? [])) {
      for (let p = 2; p <= pageCount(g.entries.length, LIST_LIMIT); p++) {
        const path = vendorListUrl(v, g.namespace, p);
        add({
          kind: 'vendor-list',
          vendor: v,
          namespace: g.namespace,
          page: p,
          path,
          by: 'astro',
          published: true,
          sitemap: listed,
        });
      }
    }
  }
  for (let p = 2; p <= pageCount(catalog.vendorSlugs.length, COMPARE_COLUMNS); p++) {
    add({ kind: 'compare-page', page: p, path: compareUrl(p), by: 'astro', published: true, sitemap: listed });
  }
  // Every pair of vendors, for the engineer moving from one to the other (n(n-1)/2 pages, each of two vendors).
  const slugs = [...catalog.vendorSlugs].sort();
  for (const [i, a] of slugs.entries()) {
    for (const b of slugs.slice(i + 1)) {
      add({ kind: 'compare-pair', a, b, path: comparePairUrl(a, b), by: 'astro', published: true, sitemap: listed });
    }
  }

  // Each entry: its page (in its vendor's sitemap), data siblings and card.
  const vendorOf = new Map(catalog.vendors.map((v) => [v.slug, v]));
  for (const e of catalog.entries) {
    const vendor = vendorOf.get(e.vendor);
    if (!vendor) throw new Error(`content/errors/${e.id}.yaml: no vendor file content/vendors/${e.vendor}.md`);
    const lastmod = dateModified(e, vendor);
    add({
      kind: 'code',
      entry: e.id,
      path: errorUrl(e),
      by: 'astro',
      published: true,
      sitemap: { group: e.vendor, lastmod },
    });
    add({ kind: 'code-json', entry: e.id, path: entryJsonUrl(e), by: 'thread', published: true });
    add({ kind: 'code-md', entry: e.id, path: entryMarkdownUrl(e), by: 'thread', published: true });
    add({ kind: 'card', entry: e.id, path: cardUrl(e), by: 'thread', published: true });
  }
  add({ kind: 'site-card', path: siteCardUrl, by: 'thread', published: true });

  // Short addresses: the alias of each identifier (a redirect, or a list when it names several entries), and the
  // hand-shortened /errors/, /errors/<vendor>/ and /errors/<vendor>/<namespace>/.
  for (const g of aliasGroups(catalog.entries)) {
    const entries = g.entries.map((e) => e.id);
    const kind = entries.length === 1 ? 'alias-redirect' : 'alias-list';
    add({
      kind,
      vendor: g.vendor,
      slug: g.slug,
      entries,
      path: g.url,
      by: kind === 'alias-redirect' ? 'thread' : 'astro',
      published: true,
    });
  }
  page('errors', '/errors/');
  for (const v of catalog.vendors) {
    add({ kind: 'vendor-redirect', vendor: v.slug, path: `/errors/${v.slug}/`, by: 'astro', published: true });
    for (const g of byNamespace(catalog.index.byVendor.get(v.slug) ?? [])) {
      add({
        kind: 'namespace-redirect',
        vendor: v.slug,
        namespace: g.namespace,
        path: `/errors/${v.slug}/${g.namespace}/`,
        by: 'astro',
        published: true,
      });
    }
  }

  // Data documents.
  for (const v of catalog.vendors) {
    add({ kind: 'vendor-json', vendor: v.slug, path: vendorJsonUrl(v.slug), by: 'astro', published: true });
    add({ kind: 'vendor-md', vendor: v.slug, path: vendorMarkdownUrl(v.slug), by: 'astro', published: true });
    add({ kind: 'vendor-codes', vendor: v.slug, path: `/codes/${v.slug}.json`, by: 'astro', published: false });
  }
  const documents: [PlannedOf<'document'>['name'], string][] = [
    ['catalog', catalogJsonUrl],
    ['catalog-schema', catalogSchemaUrl],
    ['explain-schema', explainSchemaUrl],
    ['feed', feedUrl],
    ['llms', llmsTxtUrl],
    ['robots', '/robots.txt'],
    ['opensearch', '/opensearch.xml'],
    ['sitemap-index', sitemapIndexUrl],
  ];
  for (const [name, path] of documents) add({ kind: 'document', name, path, by: 'astro', published: true });
  page('404', '/404.html');
  add({ kind: 'lookup-manifest', path: lookupManifestUrl, by: 'astro', published: false });
  for (let n = 0; n < lookupFileCount(catalog.entries.length); n++) {
    add({ kind: 'lookup-file', n, path: lookupFileUrl(n), by: 'astro', published: false });
  }

  // The sitemaps: `pages`, then each vendor's code pages, split past `max` URLs.
  const groups = new Map<string, { path: string; lastmod?: string | undefined }[]>([['pages', []]]);
  for (const v of catalog.vendors) groups.set(v.slug, []);
  for (const f of out) if (f.sitemap) groups.get(f.sitemap.group)!.push({ path: f.path, lastmod: f.sitemap.lastmod });
  for (const [group, urls] of groups) {
    for (const file of chunk(group, urls, max)) {
      add({
        kind: 'sitemap',
        name: file.name,
        urls: file.urls,
        path: sitemapUrl(file.name),
        by: 'astro',
        published: true,
      });
    }
  }
  return out;
}

/** The planned files of one kind, in plan order. */
export function planned<K extends Kind>(plan: readonly PlannedFile[], kind: K): PlannedOf<K>[] {
  return plan.filter((f): f is PlannedOf<K> => f.kind === kind);
}
