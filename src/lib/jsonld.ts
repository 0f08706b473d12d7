import type { CodeModel } from './model';
import { absoluteUrl } from './urls';

/**
 * Structured data for a code page: a schema.org `TechArticle` whose `dateModified` is the entry's edit date, else
 * the retrieval date of its source, so search engines and unfurlers can tell how fresh the explanation is. Renders
 * the page's code model, as the page does.
 */
export function techArticle(m: CodeModel, site: URL | string): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: 'Speech Error Catalog', url: absoluteUrl('/', site) };
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: m.pageTitle,
    description: m.description,
    url: m.url,
    mainEntityOfPage: m.url,
    image: absoluteUrl(m.cardPath, site),
    inLanguage: 'en',
    dateModified: m.dateModified,
    isBasedOn: m.source.url,
    about: { '@type': 'SoftwareApplication', name: m.vendor.name, url: absoluteUrl(m.vendor.path, site) },
    author: publisher,
    publisher,
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no value can close the script element. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
