import type { APIRoute } from 'astro';
import { categories } from '../../lib/categories';
import { listPages, sitemapFiles, sitemapXml, type SitemapFile } from '../../lib/sitemap';
import { getCatalog } from '../../data/catalog';

/** `/sitemaps/<name>.xml`: one sitemap file of at most 50,000 URLs. */
export async function getStaticPaths() {
  const { entries, vendors, vendorSlugs, index } = await getCatalog();
  const ids = categories.map((c) => c.id);
  return sitemapFiles(entries, vendors, ids, listPages(index, vendorSlugs, ids)).map((file) => ({
    params: { name: file.name },
    props: { file },
  }));
}

export const GET: APIRoute = ({ props, site }) =>
  new Response(sitemapXml((props.file as SitemapFile).urls, site!), { headers: { 'content-type': 'application/xml' } });
