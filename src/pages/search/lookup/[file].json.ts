import type { APIRoute } from 'astro';
import { getLookupShards } from '../../../data/lookup';
import { plannedOf } from '../../../data/catalog';

/** `/search/lookup/<n>.json`: file n of the split lookup index (its entries and keys); see lib/lookup/shards. */
export async function getStaticPaths() {
  const { files } = await getLookupShards();
  return (await plannedOf('lookup-file')).map((f) => ({ params: { file: String(f.n) }, props: { body: files[f.n] } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json' } });
