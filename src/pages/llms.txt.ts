import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { countByVendor } from '../lib/catalog';
import { llmsTxt } from '../lib/llms';

/** `/llms.txt`: the site described for language models, linking each vendor's Markdown index. */
export const GET: APIRoute = async ({ site }) => {
  const { entries, vendors } = await getCatalog();
  const counts = countByVendor(entries);
  const body = llmsTxt(
    vendors.map((vendor) => ({ vendor, count: counts.get(vendor.slug)?.total ?? 0 })),
    site!,
  );
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
