import type { APIRoute } from 'astro';
import { entryPaths, getCatalog, vendorOf } from '../../../../data/catalog';
import { relatedEntries } from '../../../../lib/catalog';
import { entryMarkdown } from '../../../../lib/markdown';

/** `/errors/<vendor>/<namespace>/<code>.md`: the code page as clean Markdown, beside the page. */
export const getStaticPaths = entryPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const catalog = await getCatalog();
  const entry = catalog.byId.get(props.id as string)!;
  const replacement = entry.data.replacedBy ? catalog.byId.get(entry.data.replacedBy) : undefined;
  const body = entryMarkdown(entry, vendorOf(catalog, entry.vendor), site!, {
    related: relatedEntries(entry, catalog.byId),
    replacement,
  });
  return new Response(body, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
