import type { APIRoute } from 'astro';
import { getLookupShards } from '../../data/lookup';

/**
 * `/search/lookup.json`: the manifest of the split lookup index (vendors, how many files there are). Fetched only
 * when someone searches; the files follow from `/search/lookup/` as the query needs them.
 */
export const GET: APIRoute = async () => {
  const { manifest } = await getLookupShards();
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } });
};
