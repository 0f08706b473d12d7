import { isVendorSlug, namespaces, vendorSlugs, type Namespace, type VendorSlug } from './vocabulary';

/**
 * Every URL the site publishes is built here. The shapes are a permanent contract: change none of them.
 * Internal links always end in `/` because static hosts (and `astro preview`) answer 404 without it.
 */

/**
 * The parts of an entry id `<vendor>/<namespace>/<slug>`, which is also its path under `content/errors/`. The slug
 * is the code itself when the code is URL-safe, else a permanent slug of it (see `codeSlug`).
 */
export interface EntryKey {
  vendor: VendorSlug;
  namespace: Namespace;
  slug: string;
}

/** The example origin the site is built for when `SITE_URL` is not set: fine locally, wrong for a deployment. */
export const defaultSite = 'https://speech-errors.example.org';

/** Slugs go into URLs as emitted, so they may only use characters that survive every static host unescaped. */
export const urlSafeCode = /^[A-Za-z0-9._-]+$/;

/**
 * The URL segment of an identifier: the code as written when it is URL-safe (`INVALID_AUTH`, `40000009`), else its
 * lower-cased ASCII words joined by `-` (`Bad Request` becomes `bad-request`). Empty when the code has no ASCII
 * letters or digits (such an error belongs in the `message` namespace). Also the short alias of the code.
 */
export function codeSlug(code: string): string {
  if (urlSafeCode.test(code)) return code;
  return code
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Splits an entry id, throwing an error that names the bad segment. */
export function parseEntryId(id: string): EntryKey {
  const parts = id.split('/');
  if (parts.length !== 3) throw new Error(`"${id}" is not <vendor>/<namespace>/<slug>`);
  const [vendor, namespace, slug] = parts as [string, string, string];
  if (!isVendorSlug(vendor)) {
    throw new Error(`"${id}": vendor "${vendor}" is not one of ${vendorSlugs.join(', ')}`);
  }
  if (!(namespaces as readonly string[]).includes(namespace)) {
    throw new Error(`"${id}": namespace "${namespace}" is not one of ${namespaces.join(', ')}`);
  }
  if (!urlSafeCode.test(slug)) {
    throw new Error(`"${id}": file name "${slug}" may only contain A-Z a-z 0-9 . _ -`);
  }
  return { vendor: vendor as VendorSlug, namespace: namespace as Namespace, slug };
}

export const entryId = (k: EntryKey): string => `${k.vendor}/${k.namespace}/${k.slug}`;
export const errorUrl = (k: EntryKey): string => `/errors/${k.vendor}/${k.namespace}/${k.slug}/`;
/** The page of an entry id `<vendor>/<namespace>/<slug>` (the same URL as `errorUrl` of its parts). */
export const entryIdUrl = (id: string): string => `/errors/${id}/`;
/** The short alias `/errors/<vendor>/<code>/` (the code's slug), for people who do not know the namespace. */
export const aliasUrl = (vendor: string, code: string): string => `/errors/${vendor}/${codeSlug(code)}/`;
/** The entry's unfurl card, a sibling of its page: `/errors/<vendor>/<namespace>/<code>.png`. */
export const cardUrl = (k: EntryKey): string => `/errors/${k.vendor}/${k.namespace}/${k.slug}.png`;
/** The card every page that is not a code page shows when its link is shared. */
export const siteCardUrl = '/card.png';
export const vendorUrl = (vendor: string): string => `/vendors/${vendor}/`;

/** Machine-readable siblings of a code page: the same path with `.json` or `.md` instead of the trailing slash. */
export const entryJsonUrl = (k: EntryKey): string => `/errors/${k.vendor}/${k.namespace}/${k.slug}.json`;
export const entryMarkdownUrl = (k: EntryKey): string => `/errors/${k.vendor}/${k.namespace}/${k.slug}.md`;
export const vendorJsonUrl = (vendor: string): string => `/vendors/${vendor}.json`;
export const vendorMarkdownUrl = (vendor: string): string => `/vendors/${vendor}.md`;
export const catalogJsonUrl = '/catalog.json';
/** The Atom feed of new and changed entries (`src/lib/feed.ts`). */
export const feedUrl = '/feed.xml';
export const catalogSchemaUrl = '/catalog.schema.json';
/** JSON Schema of what `speech-errors explain --json` prints. */
export const explainSchemaUrl = '/explain.schema.json';
export const llmsTxtUrl = '/llms.txt';
export const useFromCodeUrl = '/use-from-code/';
export const sitemapIndexUrl = '/sitemap-index.xml';
/** One sitemap file per vendor (split further past 50,000 URLs) plus one for the other pages. */
export const sitemapUrl = (name: string): string => `/sitemaps/${name}.xml`;

/** An absolute URL on the site, for documents read outside it (JSON, Markdown, sitemaps, structured data). */
export const absoluteUrl = (path: string, site: URL | string): string => new URL(path, site).href;
export const categoryUrl = (category: string): string => `/categories/${category}/`;
/** One vendor's entries in one category (a comparison cell), split into pages at scale: page 1 has no number. */
export const cellUrl = (category: string, vendor: string, page = 1): string =>
  `/categories/${category}/${vendor}/${page > 1 ? `${page}/` : ''}`;
/** Page `page` of the comparison's vendor columns; page 1 is `/compare/`. */
export const compareUrl = (page = 1): string => (page > 1 ? `/compare/${page}/` : '/compare/');
/** Two vendors side by side; the pair's slugs in alphabetical order, so each pair has one address. */
export const comparePairUrl = (a: string, b: string): string => {
  const [x, y] = [a, b].sort();
  return `/compare/${x}/${y}/`;
};
/** Page `page` (2 and up) of a vendor's namespace list; page 1 is that section of the vendor page. */
export const vendorListUrl = (vendor: string, namespace: string, page: number): string =>
  page > 1 ? `/vendors/${vendor}/${namespace}/${page}/` : `/vendors/${vendor}/#${namespace}`;
/**
 * The longest query a search URL carries: servers refuse request lines past about 8 KB (431), and a paste that long
 * is a log whose start is what matters. Longer text is cut at a character boundary.
 */
export const MAX_URL_QUERY = 2000;

/** A query as a URL can carry it: lone surrogates (a log cut mid-emoji) replaced, so encoding cannot throw. */
export function urlQuery(query: string): string {
  const whole = query.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const cut = whole.slice(0, MAX_URL_QUERY);
  // Not between the halves of a surrogate pair.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export const searchUrl = (query?: string): string =>
  query ? `/search/?q=${encodeURIComponent(urlQuery(query))}` : '/search/';
/** The search lookup index: its manifest, and file `n` of the split index (see src/lib/lookup/shards.ts). */
export const lookupManifestUrl = '/search/lookup.json';
export const lookupFileUrl = (n: number): string => `/search/lookup/${n}.json`;

/**
 * A stable fragment id for a message, derived from its text so that it survives reordering: `msg-` plus the
 * lower-cased ASCII words (at most 48 characters), accents dropped (`Café überlastet` gives `msg-cafe-uberlastet`).
 * Text without ASCII words (Chinese) falls back to its position.
 */
export function messageAnchor(text: string, index: number): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    // NFKD splits `é` into `e` and a combining accent; the accent goes, so it does not split the word.
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const slug = words.slice(0, 48).replace(/-+$/, '');
  return slug ? `msg-${slug}` : `msg-${index + 1}`;
}

/** Anchors for all messages of one entry, made unique by suffixing repeats (`-2`, `-3`). */
export function messageAnchors(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t, i) => {
    const base = messageAnchor(t, i);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
