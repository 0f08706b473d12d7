import type { Entry, Vendor } from './catalog';
import type { CatalogDocument, PublishedEntry, PublishedVendor, VendorDocument } from './schema';
import {
  absoluteUrl,
  catalogSchemaUrl,
  entryJsonUrl,
  entryMarkdownUrl,
  errorUrl,
  vendorJsonUrl,
  vendorUrl,
} from './urls';

/**
 * The machine-readable siblings of the pages: what `/errors/…/<code>.json`, `/vendors/<vendor>.json` and
 * `/catalog.json` contain. Pure and O(1) per entry, so a 50,000-entry catalog costs 50,000 small objects.
 */

/** When the entry last changed: its own edit date, else the day its source (or its vendor's reference) was read. */
export const dateModified = (entry: Entry, vendor: Vendor): string =>
  entry.data.updated ?? entry.data.retrieved ?? vendor.data.retrieved;

/** The document an entry was transcribed from. */
export const sourceUrl = (entry: Entry, vendor: Vendor): string => entry.data.source ?? vendor.data.reference;

/** One entry as published: its record with defaults filled in, plus its id, URLs and dates. */
export function publishedEntry(entry: Entry, vendor: Vendor, site: URL | string): PublishedEntry {
  const { namespace, ...data } = entry.data;
  return {
    id: entry.id,
    vendor: entry.vendor,
    namespace,
    url: absoluteUrl(errorUrl(entry), site),
    json: absoluteUrl(entryJsonUrl(entry), site),
    markdown: absoluteUrl(entryMarkdownUrl(entry), site),
    sourceUrl: sourceUrl(entry, vendor),
    dateModified: dateModified(entry, vendor),
    ...data,
  } as PublishedEntry; // namespace and data come from one record: the pair is one member of the union
}

/** A vendor's record plus its slug, URLs and entry count. */
export function publishedVendor(vendor: Vendor, count: number, site: URL | string): PublishedVendor {
  return {
    slug: vendor.slug as PublishedVendor['slug'],
    url: absoluteUrl(vendorUrl(vendor.slug), site),
    json: absoluteUrl(vendorJsonUrl(vendor.slug), site),
    count,
    ...vendor.data,
  };
}

/** `/vendors/<vendor>.json`: `entries` must be this vendor's entries, in display order. */
export function vendorDocument(vendor: Vendor, entries: readonly Entry[], site: URL | string): VendorDocument {
  return {
    ...publishedVendor(vendor, entries.length, site),
    entries: entries.map((e) => ({
      id: e.id,
      code: e.code,
      namespace: e.namespace,
      title: e.data.title,
      ...(e.data.httpStatus === undefined ? {} : { httpStatus: e.data.httpStatus }),
      category: e.data.category,
      retired: e.data.retired,
      url: absoluteUrl(errorUrl(e), site),
      json: absoluteUrl(entryJsonUrl(e), site),
      markdown: absoluteUrl(entryMarkdownUrl(e), site),
    })),
  };
}

/** `/catalog.json`: every vendor and every entry. A vendor missing for an entry is a content error. */
/** The data's licence (content/LICENSE.md), stated in catalog.json. */
export const dataLicense = {
  data: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  identifiers:
    "Vendor codes, statuses, exception and enum names and message texts are quoted verbatim from each vendor's " +
    'documentation or SDK source, with the page and date cited, so that errors can be recognised; they remain the ' +
    "vendors' and are not covered by this licence.",
};

export function catalogDocument(
  entries: readonly Entry[],
  vendors: readonly Vendor[],
  site: URL | string,
): CatalogDocument {
  const bySlug = new Map(vendors.map((v) => [v.slug, v]));
  const counts = new Map<string, number>();
  const published = entries.map((e) => {
    const vendor = bySlug.get(e.vendor);
    if (!vendor) throw new Error(`content/errors/${e.id}.yaml: no vendor file content/vendors/${e.vendor}.md`);
    counts.set(e.vendor, (counts.get(e.vendor) ?? 0) + 1);
    return publishedEntry(e, vendor, site);
  });
  return {
    $schema: absoluteUrl(catalogSchemaUrl, site),
    site: absoluteUrl('/', site),
    dateModified: published.reduce((max, e) => (e.dateModified > max ? e.dateModified : max), '0000-00-00'),
    count: published.length,
    license: dataLicense,
    vendors: vendors.map((v) => publishedVendor(v, counts.get(v.slug) ?? 0, site)),
    entries: published,
  };
}
