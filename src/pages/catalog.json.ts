import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { catalogDocument } from '../lib/export';

/** `/catalog.json`: every entry in one download (it grows with the catalog; no page embeds it). */
export const GET: APIRoute = async ({ site }) => {
  const { entries, vendors } = await getCatalog();
  return new Response(JSON.stringify(catalogDocument(entries, vendors, site!)), {
    headers: { 'content-type': 'application/json' },
  });
};
