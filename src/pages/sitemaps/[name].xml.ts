import type { APIRoute } from 'astro';
import { sitemapXml } from '../../lib/sitemap';
import type { PlannedOf } from '../../lib/plan';
import { plannedOf } from '../../data/catalog';

/** `/sitemaps/<name>.xml`: one sitemap file of at most 50,000 URLs, as the site plan lists it. */
export async function getStaticPaths() {
  return (await plannedOf('sitemap')).map((file) => ({ params: { name: file.name }, props: { file } }));
}

export const GET: APIRoute = ({ props, site }) =>
  new Response(sitemapXml((props.file as PlannedOf<'sitemap'>).urls, site!), {
    headers: { 'content-type': 'application/xml' },
  });
