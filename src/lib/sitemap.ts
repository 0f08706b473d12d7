import { absoluteUrl, sitemapUrl } from './urls';

/**
 * The XML of the sitemaps. Which URLs each file lists is the site plan's (`planSite` in plan.ts): one file for the
 * site's own pages, one per vendor for its code pages (`<vendor>-2`, `-3`… beyond 50,000 URLs), and an index
 * listing them. Redirect and alias pages are left out: they are not canonical.
 */

export interface SitemapUrl {
  path: string;
  lastmod?: string | undefined;
}

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(urls: readonly SitemapUrl[], site: URL | string): string {
  const items = urls.map(
    (u) =>
      `<url><loc>${xmlEscape(absoluteUrl(u.path, site))}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</urlset>\n`;
}

export function sitemapIndexXml(names: readonly string[], site: URL | string): string {
  const items = names.map((n) => `<sitemap><loc>${xmlEscape(absoluteUrl(sitemapUrl(n), site))}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}
