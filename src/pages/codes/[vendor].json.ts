import type { APIRoute } from 'astro';
import { entriesOf, getCatalog, vendorPaths } from '../../data/catalog';
import { displayCode } from '../../lib/catalog';
import { errorUrl } from '../../lib/urls';

/**
 * `/codes/<vendor>.json`: the vendor's codes, titles and URLs. The 404 page fetches only the file of the vendor it
 * understood, so no page carries an index of the whole catalog.
 */
export const getStaticPaths = () => vendorPaths('vendor-codes');

export const GET: APIRoute = async ({ params }) => {
  const list = entriesOf(await getCatalog(), params.vendor!).map((e) => ({
    code: e.code,
    namespace: e.namespace,
    label: displayCode(e),
    title: e.data.title,
    url: errorUrl(e),
  }));
  return new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } });
};
