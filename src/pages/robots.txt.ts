import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapIndexUrl } from '../lib/urls';

/** `/robots.txt`: everything may be crawled; the sitemap index lists the canonical pages. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapIndexUrl, site!)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
