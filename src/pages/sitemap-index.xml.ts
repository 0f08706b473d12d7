import type { APIRoute } from 'astro';
import { categories } from '../lib/categories';
import { sitemapFiles, sitemapIndexXml } from '../lib/sitemap';
import { getCatalog } from '../data/catalog';

/** `/sitemap-index.xml`: lists the sitemap files (site pages, then each vendor's code pages). */
export const GET: APIRoute = async ({ site }) => {
  const { entries, vendors } = await getCatalog();
  const names = sitemapFiles(entries, vendors, categories.map((c) => c.id)).map((f) => f.name);
  return new Response(sitemapIndexXml(names, site!), { headers: { 'content-type': 'application/xml' } });
};
