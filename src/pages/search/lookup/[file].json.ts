import type { APIRoute } from 'astro';
import { getLookupShards } from '../../../data/lookup';
import { shardFiles } from '../../../lib/lookup/site';

/** `/search/lookup/<n>.json`: file n of the split lookup index (its entries and keys); see lib/lookup/shards. */
export async function getStaticPaths() {
  return shardFiles(await getLookupShards()).flatMap(({ url, body }) => {
    const file = /^\/search\/lookup\/(.+)\.json$/.exec(url)?.[1];
    return file ? [{ params: { file }, props: { body } }] : [];
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json' } });
