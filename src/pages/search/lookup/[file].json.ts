import type { APIRoute } from 'astro';
import { getLookupShards } from '../../../data/lookup';

/** `/search/lookup/k<n>.json` (key shard n) and `/search/lookup/e<n>.json` (entry bucket n); see lib/lookup/shards. */
export async function getStaticPaths() {
  const { keyShards, buckets } = await getLookupShards();
  return [
    ...keyShards.map((shard, n) => ({ params: { file: `k${n}` }, props: { body: shard } })),
    ...buckets.map((bucket, n) => ({ params: { file: `e${n}` }, props: { body: bucket } })),
  ];
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json' } });
