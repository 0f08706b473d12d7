import type { APIRoute } from 'astro';
import { getCatalog, vendorOf } from '../../data/catalog';
import { vendorDocument } from '../../lib/export';

/** `/vendors/<vendor>.json`: the vendor's record and a line per entry pointing at the entry's JSON. */
export async function getStaticPaths() {
  const { vendors } = await getCatalog();
  return vendors.map((v) => ({ params: { vendor: v.slug } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  const vendor = vendorOf(catalog, params.vendor!);
  const body = vendorDocument(vendor, catalog.entries.filter((e) => e.vendor === vendor.slug), site!);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json' } });
};
