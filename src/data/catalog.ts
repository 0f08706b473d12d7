import { getCollection, getEntry, render } from 'astro:content';
import { makeCatalog, toEntry, vendorOf, type Catalog, type Entry } from '../lib/catalog';
import { planned, planSite, type Kind, type PlannedFile, type PlannedOf } from '../lib/plan';

/**
 * The only module that reads Astro's content collections: it turns them into the plain types of `src/lib/`, once
 * per build, so pages and components stay free of `astro:content`.
 */

export { vendorOf };
export type { Catalog };

let cached: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const entries = (await getCollection('errors')).map((e) => toEntry(e.id, e.data));
  const vendors = (await getCollection('vendors')).map((v) => ({ slug: v.id, data: v.data }));
  return makeCatalog(entries, vendors);
}

export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}

let plan: Promise<PlannedFile[]> | undefined;

/** The site plan (src/lib/plan.ts), once per build: every route takes its paths from it. */
export function getPlan(): Promise<PlannedFile[]> {
  plan ??= getCatalog().then((c) => planSite(c));
  return plan;
}

/** The planned files of one kind, for a route's `getStaticPaths`. */
export const plannedOf = async <K extends Kind>(kind: K): Promise<PlannedOf<K>[]> => planned(await getPlan(), kind);

/** Route paths with one page per entry (the code page); the route reads its entry back with `byId.get(props.id)`. */
export async function entryPaths() {
  const { byId } = await getCatalog();
  return (await plannedOf('code')).map((f) => {
    const e = byId.get(f.entry)!;
    return { params: { vendor: e.vendor, namespace: e.namespace, code: e.slug }, props: { id: e.id } };
  });
}

/** Route paths with one page or file per vendor of a planned kind (its page, `.json`, `.md` and `/codes/` list). */
export async function vendorPaths(kind: 'vendor' | 'vendor-json' | 'vendor-md' | 'vendor-codes' | 'vendor-redirect') {
  return (await plannedOf(kind)).map((f) => ({ params: { vendor: f.vendor }, props: { slug: f.vendor } }));
}

/** A vendor's entries in display order, from the index built once per build (never a scan of the catalog). */
export const entriesOf = (catalog: Catalog, slug: string): readonly Entry[] => catalog.index.byVendor.get(slug) ?? [];

/** The rendered Markdown body of a vendor file (overview and retry guidance). */
export async function renderVendorBody(slug: string) {
  const entry = await getEntry('vendors', slug);
  if (!entry) throw new Error(`content/vendors/${slug}.md is missing`);
  return (await render(entry)).Content;
}
