import type { APIRoute } from 'astro';
import { sitemapIndexXml } from '../lib/sitemap';
import { plannedOf } from '../data/catalog';

/** `/sitemap-index.xml`: lists the sitemap files (site pages, then each vendor's code pages). */
export const GET: APIRoute = async ({ site }) => {
  const names = (await plannedOf('sitemap')).map((f) => f.name);
  return new Response(sitemapIndexXml(names, site!), { headers: { 'content-type': 'application/xml' } });
};
