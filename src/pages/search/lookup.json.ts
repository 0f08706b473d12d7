import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { buildLookupIndex } from '../../lib/lookup';
import { retryPolicyInfo } from '../../lib/vocabulary';

/**
 * `/search/lookup.json`: the lookup index (identifiers, aliases, compiled message templates) plus the facts the
 * search filters need that the index does not carry. Fetched only when someone searches.
 */
export const GET: APIRoute = async () => {
  const { entries, vendors } = await getCatalog();
  const index = buildLookupIndex(
    entries,
    vendors.map((v) => ({ slug: v.slug, name: v.data.name, aliases: v.data.aliases })),
  );
  const facets = Object.fromEntries(entries.map((e) => [e.id, { retry: e.data.retry.policy }]));
  const labels = { retry: Object.fromEntries(Object.entries(retryPolicyInfo).map(([k, v]) => [k, v.title])) };
  return new Response(JSON.stringify({ index, facets, labels }), { headers: { 'content-type': 'application/json' } });
};
