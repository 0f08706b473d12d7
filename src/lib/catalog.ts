import { categories, categoryById, type Category } from './categories';
import type { ErrorRecord, VendorRecord } from './schema';
import { firstSentence, truncate } from './text';
import { aliasUrl, codeSlug, parseEntryId, type EntryKey } from './urls';
import { namespaces, retryPolicyInfo, type Namespace } from './vocabulary';

/**
 * Queries over the catalog that the pages need. Pure: callers pass the entries in (from Astro's content
 * collections in the site, from the files on disk in tests).
 */

export interface Entry extends EntryKey {
  id: string;
  /** The identifier exactly as the vendor writes it (`data.code`); `slug` is its URL segment. */
  code: string;
  data: ErrorRecord;
}

export interface Vendor {
  slug: string;
  data: VendorRecord;
}

/** Builds an Entry from a collection id and its data. */
export function toEntry(id: string, data: ErrorRecord): Entry {
  return { id, ...parseEntryId(id), code: data.code, data };
}

// One collator for every comparison: `localeCompare` with options builds a new one per call, which made sorting
// 50,000 entries a visible part of the build.
const codeOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const vendorOrder = new Intl.Collator();

/** Stable display order: vendor, then namespace in `namespaces` order, then numeric-aware code order. */
export function compareEntries(a: Entry, b: Entry): number {
  return (
    vendorOrder.compare(a.vendor, b.vendor) ||
    namespaces.indexOf(a.namespace) - namespaces.indexOf(b.namespace) ||
    codeOrder.compare(a.slug, b.slug)
  );
}

export function sortEntries(entries: readonly Entry[]): Entry[] {
  return [...entries].sort(compareEntries);
}

/** Entries of one vendor grouped by namespace, in namespace order, omitting empty namespaces. */
export function byNamespace(entries: readonly Entry[]): { namespace: Namespace; entries: Entry[] }[] {
  return namespaces
    .map((namespace) => ({ namespace, entries: sortEntries(entries.filter((e) => e.namespace === namespace)) }))
    .filter((g) => g.entries.length > 0);
}

const zeroCounts = () => Object.fromEntries(namespaces.map((n) => [n, 0])) as Record<Namespace, number>;

/** How many entries each vendor has, by namespace. */
export function countByVendor(entries: readonly Entry[]): Map<string, Record<Namespace | 'total', number>> {
  const counts = new Map<string, Record<Namespace | 'total', number>>();
  for (const e of entries) {
    const c = counts.get(e.vendor) ?? { ...zeroCounts(), total: 0 };
    c[e.namespace] += 1;
    c.total += 1;
    counts.set(e.vendor, c);
  }
  return counts;
}

/**
 * Short-alias groups: `/errors/<vendor>/<code>/` for every code of a vendor, with every entry carrying that code
 * (one for most codes, several when a number is both an HTTP status and a body code, or when one identifier names
 * several errors). Grouped by the code's slug, so `Bad Request` and its entries share `/errors/<vendor>/bad-request/`.
 */
export function aliasGroups(
  entries: readonly Entry[],
): { vendor: string; code: string; slug: string; url: string; entries: Entry[] }[] {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.vendor}/${codeSlug(e.code)}`;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  return [...groups.values()].map((list) => {
    const sorted = sortEntries(list);
    const { vendor, code } = sorted[0]!;
    return { vendor, code, slug: codeSlug(code), url: aliasUrl(vendor, code), entries: sorted };
  });
}

/**
 * The catalog's lists, grouped in one pass. Pages ask for "this vendor's entries" or "this category at this vendor"
 * thousands of times per build; filtering all entries each time made the build quadratic in the catalog's size.
 * Every list keeps the display order of `sortEntries`.
 */
export interface CatalogIndex {
  byVendor: ReadonlyMap<string, readonly Entry[]>;
  byCategory: ReadonlyMap<string, readonly Entry[]>;
  /** Keyed by `cellKey(category, vendor)`: one cell of the comparison. */
  byCell: ReadonlyMap<string, readonly Entry[]>;
}

export const cellKey = (category: string, vendor: string): string => `${category} ${vendor}`;

export function indexEntries(entries: readonly Entry[]): CatalogIndex {
  const byVendor = new Map<string, Entry[]>();
  const byCategory = new Map<string, Entry[]>();
  const byCell = new Map<string, Entry[]>();
  const add = (map: Map<string, Entry[]>, key: string, e: Entry) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const e of sortEntries(entries)) {
    add(byVendor, e.vendor, e);
    add(byCategory, e.data.category, e);
    add(byCell, cellKey(e.data.category, e.vendor), e);
  }
  return { byVendor, byCategory, byCell };
}

const none: readonly Entry[] = [];

/** The entries of one comparison cell (possibly none). */
export function cellEntries(index: CatalogIndex, category: string, vendor: string): readonly Entry[] {
  return index.byCell.get(cellKey(category, vendor)) ?? none;
}

/** Entries of other vendors in the same category, grouped by vendor in the order of `vendorSlugs`. */
export function equivalents(
  entry: Entry,
  index: CatalogIndex,
  vendorSlugs: readonly string[],
): { vendor: string; entries: readonly Entry[] }[] {
  return vendorSlugs
    .filter((vendor) => vendor !== entry.vendor)
    .map((vendor) => ({ vendor, entries: cellEntries(index, entry.data.category, vendor) }))
    .filter((g) => g.entries.length > 0);
}

/**
 * What a code page shows under "At other vendors". While the equivalents fit on a page (`LIST_LIMIT`) they are listed
 * one by one (`list`); at scale each vendor is a count linking to its list for the category (`counts`), and only the
 * first `OTHER_VENDORS_LIMIT` vendors are named, `more` saying how many the category page adds.
 */
export function otherVendors(
  entry: Entry,
  index: CatalogIndex,
  vendorSlugs: readonly string[],
): { list: boolean; groups: { vendor: string; entries: readonly Entry[] }[]; more: number } {
  const all = equivalents(entry, index, vendorSlugs);
  if (all.reduce((n, g) => n + g.entries.length, 0) <= LIST_LIMIT) return { list: true, groups: all, more: 0 };
  const groups = all.slice(0, OTHER_VENDORS_LIMIT);
  return { list: false, groups, more: all.length - groups.length };
}

/** The catalog as pages and build steps read it, built once from its entries and vendors (`makeCatalog`). */
export interface Catalog {
  entries: Entry[];
  byId: Map<string, Entry>;
  vendors: Vendor[];
  vendorBySlug: Map<string, Vendor>;
  /** Vendor slugs in display order. */
  vendorSlugs: string[];
  /** The entries grouped by vendor, category and both, built once (see `indexEntries`). */
  index: CatalogIndex;
}

/**
 * Builds the catalog from entries and vendors in any order: entries in display order, vendors by slug, the lookup
 * maps and the grouped lists. Astro's collections (`src/data/catalog.ts`) and the build's file thread and dev server
 * (which read the files themselves, `scripts/content.ts`) all go through this.
 */
export function makeCatalog(entries: readonly Entry[], vendors: readonly Vendor[]): Catalog {
  const sorted = sortEntries(entries);
  const bySlug = [...vendors].sort((a, b) => a.slug.localeCompare(b.slug));
  return {
    entries: sorted,
    byId: new Map(sorted.map((e) => [e.id, e])),
    vendors: bySlug,
    vendorBySlug: new Map(bySlug.map((v) => [v.slug, v])),
    vendorSlugs: bySlug.map((v) => v.slug),
    index: indexEntries(sorted),
  };
}

/** The vendor of a slug; a missing vendor file is a content error, reported with the path to create. */
export function vendorOf(catalog: Pick<Catalog, 'vendorBySlug'>, slug: string): Vendor {
  const v = catalog.vendorBySlug.get(slug);
  if (!v) throw new Error(`content/errors/${slug}/ has no vendor file: create content/vendors/${slug}.md`);
  return v;
}

/** Resolves an entry's `related` ids; an id that does not resolve throws, naming the entry to fix. */
export function relatedEntries(entry: Entry, byId: ReadonlyMap<string, Entry>): Entry[] {
  return entry.data.related.map((id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`content/errors/${entry.id}.yaml: related: "${id}" does not exist`);
    return found;
  });
}

/** The comparison grid: one row per category, one cell per vendor (possibly empty). */
export function compareMatrix(
  index: CatalogIndex,
  vendorSlugs: readonly string[],
): { category: Category; cells: { vendor: string; entries: readonly Entry[] }[] }[] {
  return categories.map((category) => ({
    category,
    cells: vendorSlugs.map((vendor) => ({ vendor, entries: cellEntries(index, category.id, vendor) })),
  }));
}

/**
 * How many entries a list may show in full on one page. Beyond it, lists group (counts per vendor or per cell that
 * link to the cell's own pages) or split into pages of this size, so that no page grows with the catalog: the same
 * five-vendor catalog reads as before, a 50,000-code one stays under the page-weight budget.
 */
export const LIST_LIMIT = 100;

/**
 * Whether the comparison lists entries side by side, entry by entry: while the whole catalog fits on a few pages'
 * worth of links. At scale each cell is a count linking to the cell's own list, so the page grows with vendors ×
 * categories, not with codes.
 */
export const compareSideBySide = (entryCount: number): boolean => entryCount <= 3 * LIST_LIMIT;

/** Whether a category page lists every entry in tables, or, past one page's worth, links each vendor's own list. */
export const categoryInFull = (entryCount: number): boolean => entryCount <= LIST_LIMIT;

/** Vendor columns per comparison page. */
export const COMPARE_COLUMNS = 10;

/**
 * How many other vendors a code page names under "At other vendors" before it points to the category page, which
 * counts every vendor: with a hundred vendors the list was 44 % of each code page's HTML.
 */
export const OTHER_VENDORS_LIMIT = 24;

/** Splits a list into pages of `size` (at least one page, possibly empty). */
export function paginate<T>(items: readonly T[], size = LIST_LIMIT): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/**
 * How the code is shown to readers: HTTP statuses and close codes say what they are, and entries whose code is no
 * identifier (message-only errors, job failures, whose status is a word like "error") show their first message.
 */
export function displayCode(entry: Entry): string {
  if (entry.namespace === 'http') return `HTTP ${entry.code}`;
  if (entry.namespace === 'close') return `WebSocket ${entry.code}`;
  if (entry.namespace === 'message' || entry.namespace === 'job') return truncate(entry.data.messages[0]!.text, 60);
  return entry.code;
}

/** One-line explanation for meta descriptions, unfurls and lists (≤ 160 characters). */
export function summary(entry: Entry): string {
  return truncate(firstSentence(entry.data.cause), 160);
}

/** `<title>` of a code page: code, title and vendor name. */
export function pageTitle(entry: Entry, vendorName: string): string {
  return `${displayCode(entry)}: ${entry.data.title} (${vendorName})`;
}

/** Meta description of a code page: vendor, code and the short explanation, then the fix in brief. */
export function pageDescription(entry: Entry, vendorName: string): string {
  const lead = `${vendorName} ${displayCode(entry)}: ${summary(entry)}`;
  return truncate(`${lead} Fix: ${firstSentence(entry.data.fix)}`, 200);
}

/** Reader-facing name of the entry's retry policy. */
export function retryTitle(entry: Entry): string {
  return retryPolicyInfo[entry.data.retry.policy].title;
}

export function categoryOf(entry: Entry): Category {
  return categoryById(entry.data.category);
}
