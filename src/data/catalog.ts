import { getCollection, getEntry, render } from 'astro:content';
import { indexEntries, sortEntries, toEntry, type CatalogIndex, type Entry, type Vendor } from '../lib/catalog';

/**
 * The only module that reads Astro's content collections: it turns them into the plain types of `src/lib/`, once
 * per build, so pages and components stay free of `astro:content`.
 */

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

let cached: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const entries = sortEntries((await getCollection('errors')).map((e) => toEntry(e.id, e.data)));
  const vendors = (await getCollection('vendors'))
    .map((v) => ({ slug: v.id, data: v.data }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    vendors,
    vendorBySlug: new Map(vendors.map((v) => [v.slug, v])),
    vendorSlugs: vendors.map((v) => v.slug),
    index: indexEntries(entries),
  };
}

export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}

/**
 * Route paths with one page or file per entry (the code page and its `.json`/`.md` siblings); the route reads its
 * entry back with `byId.get(props.id)`.
 */
export async function entryPaths() {
  const { entries } = await getCatalog();
  return entries.map((e) => ({ params: { vendor: e.vendor, namespace: e.namespace, code: e.code }, props: { id: e.id } }));
}

/** Route paths with one page or file per vendor (its page, `.json`, `.md` and `/codes/` list). */
export async function vendorPaths() {
  const { vendors } = await getCatalog();
  return vendors.map((v) => ({ params: { vendor: v.slug }, props: { slug: v.slug } }));
}

/** A vendor's entries in display order, from the index built once per build (never a scan of the catalog). */
export const entriesOf = (catalog: Catalog, slug: string): readonly Entry[] => catalog.index.byVendor.get(slug) ?? [];

/** The vendor of a slug; a missing vendor file is a content error, reported with the path to create. */
export function vendorOf(catalog: Catalog, slug: string): Vendor {
  const v = catalog.vendorBySlug.get(slug);
  if (!v) throw new Error(`content/errors/${slug}/ has no vendor file: create content/vendors/${slug}.md`);
  return v;
}

/** The rendered Markdown body of a vendor file (overview and retry guidance). */
export async function renderVendorBody(slug: string) {
  const entry = await getEntry('vendors', slug);
  if (!entry) throw new Error(`content/vendors/${slug}.md is missing`);
  return (await render(entry)).Content;
}
