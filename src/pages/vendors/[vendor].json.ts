import type { APIRoute } from 'astro';
import { entriesOf, getCatalog, vendorOf, vendorPaths } from '../../data/catalog';
import { vendorDocument } from '../../lib/export';

/** `/vendors/<vendor>.json`: the vendor's record and a line per entry pointing at the entry's JSON. */
export const getStaticPaths = () => vendorPaths('vendor-json');

export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  const vendor = vendorOf(catalog, params.vendor!);
  const body = vendorDocument(vendor, entriesOf(catalog, vendor.slug), site!);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json' } });
};
