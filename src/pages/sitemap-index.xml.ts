import type { APIRoute } from 'astro';
import { categories } from '../lib/categories';
import { listPages, sitemapFiles, sitemapIndexXml } from '../lib/sitemap';
import { getCatalog } from '../data/catalog';

/** `/sitemap-index.xml`: lists the sitemap files (site pages, then each vendor's code pages). */
export const GET: APIRoute = async ({ site }) => {
  const { entries, vendors, vendorSlugs, index } = await getCatalog();
  const ids = categories.map((c) => c.id);
  const names = sitemapFiles(entries, vendors, ids, listPages(index, vendorSlugs, ids)).map((f) => f.name);
  return new Response(sitemapIndexXml(names, site!), { headers: { 'content-type': 'application/xml' } });
};
