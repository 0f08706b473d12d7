import { siteCardAlt, siteName } from './card/entry';
import { cardSize } from './card/size';
import { siteCardUrl } from './urls';

/**
 * The `<head>` tags every HTML page shares (description, canonical link, Open Graph and Twitter unfurl tags), as one
 * string: the Astro layout and the redirect pages written outside Astro (`redirect.ts`) both print it, so a link
 * unfurls the same way whichever of them serves it.
 */

export interface HeadProps {
  /** The page's title without the site name (og:title); `<title>` appends the site name. */
  title: string;
  /** Meta and og description. */
  description: string;
  /** Absolute canonical URL. */
  canonical: string;
  /** `website` for indexes, `article` for code pages. */
  ogType?: 'website' | 'article';
  /** Pages that only redirect or list should not be indexed by search engines. */
  noindex?: boolean;
  /** The unfurl image (a site path) and its alt text; defaults to the site card. */
  image?: { path: string; alt: string } | undefined;
  /**
   * Declares light and dark support (default). Only for pages with the site's stylesheet: on a bare page the
   * browser's dark defaults give links too little contrast.
   */
  colorScheme?: boolean;
  site: URL | string;
}

/** Escapes element text the way Astro does, so both kinds of page print the same bytes. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Escapes a double-quoted attribute value the way Astro does (`&` and `"` only). */
export const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const meta = (attr: 'name' | 'property', key: string, content: string) =>
  `<meta ${attr}="${key}" content="${escapeAttribute(content)}">`;

/** Everything from `<title>` to the search link, in the order the layout has always printed it. */
export function headTags(props: HeadProps): string {
  const { title, description, canonical, ogType = 'website', noindex = false, image, colorScheme = true, site } = props;
  const picture = image ?? { path: siteCardUrl, alt: siteCardAlt };
  const imageUrl = new URL(picture.path, site).href;
  return [
    `<title>${escapeHtml(`${title} · ${siteName}`)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeAttribute(canonical)}">`,
    noindex ? meta('name', 'robots', 'noindex') : '',
    meta('property', 'og:site_name', siteName),
    meta('property', 'og:type', ogType),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', canonical),
    meta('property', 'og:image', imageUrl),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(cardSize.width)),
    meta('property', 'og:image:height', String(cardSize.height)),
    meta('property', 'og:image:alt', picture.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:image', imageUrl),
    colorScheme ? meta('name', 'color-scheme', 'light dark') : '',
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    `<link rel="search" type="application/opensearchdescription+xml" title="${siteName}" href="/opensearch.xml">`,
  ].join('');
}
