import type { APIRoute } from 'astro';
import { getCatalog, vendorOf } from '../../data/catalog';
import { vendorMarkdown } from '../../lib/markdown';

/** `/vendors/<vendor>.md`: the vendor's entries as links to their Markdown (what /llms.txt points readers to). */
export async function getStaticPaths() {
  const { vendors } = await getCatalog();
  return vendors.map((v) => ({ params: { vendor: v.slug } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  const vendor = vendorOf(catalog, params.vendor!);
  const body = vendorMarkdown(vendor, catalog.entries.filter((e) => e.vendor === vendor.slug), site!);
  return new Response(body, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
