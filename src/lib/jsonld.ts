import type { Entry, Vendor } from './catalog';
import { dateModified, sourceUrl } from './export';
import { absoluteUrl, cardUrl, errorUrl, vendorUrl } from './urls';

/**
 * Structured data for a code page: a schema.org `TechArticle` whose `dateModified` is the entry's edit date, else
 * the retrieval date of its source, so search engines and unfurlers can tell how fresh the explanation is.
 */
export function techArticle(
  entry: Entry,
  vendor: Vendor,
  site: URL | string,
  text: { headline: string; description: string },
): Record<string, unknown> {
  const url = absoluteUrl(errorUrl(entry), site);
  const publisher = { '@type': 'Organization', name: 'Speech Error Catalog', url: absoluteUrl('/', site) };
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: text.headline,
    description: text.description,
    url,
    mainEntityOfPage: url,
    image: absoluteUrl(cardUrl(entry), site),
    inLanguage: 'en',
    dateModified: dateModified(entry, vendor),
    isBasedOn: sourceUrl(entry, vendor),
    about: { '@type': 'SoftwareApplication', name: vendor.data.name, url: absoluteUrl(vendorUrl(vendor.slug), site) },
    author: publisher,
    publisher,
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no value can close the script element. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
