import { categories, categoryById, type Category } from './categories';
import type { ErrorRecord, VendorRecord } from './schema';
import { firstSentence, truncate } from './text';
import { aliasUrl, parseEntryId, type EntryKey } from './urls';
import { namespaces, retryPolicyInfo, type Namespace } from './vocabulary';

/**
 * Queries over the catalog that the pages need. Pure: callers pass the entries in (from Astro's content
 * collections in the site, from the files on disk in tests).
 */

export interface Entry extends EntryKey {
  id: string;
  data: ErrorRecord;
}

export interface Vendor {
  slug: string;
  data: VendorRecord;
}

/** Builds an Entry from a collection id and its data. */
export function toEntry(id: string, data: ErrorRecord): Entry {
  return { id, ...parseEntryId(id), data };
}

/** Stable display order: vendor, then namespace in `namespaces` order, then numeric-aware code order. */
export function compareEntries(a: Entry, b: Entry): number {
  return (
    a.vendor.localeCompare(b.vendor) ||
    namespaces.indexOf(a.namespace) - namespaces.indexOf(b.namespace) ||
    a.code.localeCompare(b.code, 'en', { numeric: true, sensitivity: 'base' })
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

/** How many entries each vendor has, by namespace. */
export function countByVendor(entries: readonly Entry[]): Map<string, Record<Namespace | 'total', number>> {
  const counts = new Map<string, Record<Namespace | 'total', number>>();
  for (const e of entries) {
    const c = counts.get(e.vendor) ?? { code: 0, http: 0, message: 0, total: 0 };
    c[e.namespace] += 1;
    c.total += 1;
    counts.set(e.vendor, c);
  }
  return counts;
}

/**
 * Short-alias groups: `/errors/<vendor>/<code>/` for every code of a vendor, with every entry carrying that code
 * (one for most codes, several when a number is both an HTTP status and a body code).
 */
export function aliasGroups(entries: readonly Entry[]): { vendor: string; code: string; url: string; entries: Entry[] }[] {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.vendor}/${e.code}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].map((list) => {
    const sorted = sortEntries(list);
    const { vendor, code } = sorted[0]!;
    return { vendor, code, url: aliasUrl(vendor, code), entries: sorted };
  });
}

/** Entries of other vendors in the same category, grouped by vendor in vendor order. */
export function equivalents(entry: Entry, all: readonly Entry[]): { vendor: string; entries: Entry[] }[] {
  const others = sortEntries(all.filter((e) => e.vendor !== entry.vendor && e.data.category === entry.data.category));
  const vendors = [...new Set(others.map((e) => e.vendor))];
  return vendors.map((vendor) => ({ vendor, entries: others.filter((e) => e.vendor === vendor) }));
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
  entries: readonly Entry[],
  vendorSlugs: readonly string[],
): { category: Category; cells: { vendor: string; entries: Entry[] }[] }[] {
  return categories.map((category) => ({
    category,
    cells: vendorSlugs.map((vendor) => ({
      vendor,
      entries: sortEntries(entries.filter((e) => e.vendor === vendor && e.data.category === category.id)),
    })),
  }));
}

/** How the code is shown to readers: HTTP statuses say so, message-only entries show their first message. */
export function displayCode(entry: Entry): string {
  if (entry.namespace === 'http') return `HTTP ${entry.code}`;
  if (entry.namespace === 'message') return truncate(entry.data.messages[0]!.text, 60);
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

