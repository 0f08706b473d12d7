import type { APIRoute } from 'astro';
import { entryPaths, getCatalog, vendorOf } from '../../../../data/catalog';
import { publishedEntry } from '../../../../lib/export';

/** `/errors/<vendor>/<namespace>/<code>.json`: the entry's data with its canonical URL, beside its page. */
export const getStaticPaths = entryPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const catalog = await getCatalog();
  const entry = catalog.byId.get(props.id as string)!;
  const body = publishedEntry(entry, vendorOf(catalog, entry.vendor), site!);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json' } });
};
