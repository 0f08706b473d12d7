import type { APIRoute } from 'astro';
import { entriesOf, getCatalog, vendorOf, vendorPaths } from '../../data/catalog';
import { vendorMarkdown } from '../../lib/markdown';

/** `/vendors/<vendor>.md`: the vendor's entries as links to their Markdown (what /llms.txt points readers to). */
export const getStaticPaths = () => vendorPaths('vendor-md');

export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  const vendor = vendorOf(catalog, params.vendor!);
  const body = vendorMarkdown(vendor, entriesOf(catalog, vendor.slug), site!);
  return new Response(body, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
