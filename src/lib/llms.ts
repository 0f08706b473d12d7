import type { Vendor } from './catalog';
import { escapeMarkdown, markdownLink } from './markdown';
import {
  absoluteUrl,
  catalogJsonUrl,
  catalogSchemaUrl,
  useFromCodeUrl,
  vendorJsonUrl,
  vendorMarkdownUrl,
} from './urls';

/**
 * `/llms.txt` (llmstxt.org): what the site is and where its Markdown lives. It links one Markdown index per vendor
 * rather than every entry, so it stays small however large the catalog grows.
 */
export function llmsTxt(vendors: readonly { vendor: Vendor; count: number }[], site: URL | string): string {
  const abs = (path: string) => absoluteUrl(path, site);
  const total = vendors.reduce((n, v) => n + v.count, 0);
  return [
    '# Speech Error Catalog',
    '',
    `> Every error a speech API returns (speech-to-text, pronunciation, voice analysis), explained vendor by vendor: ` +
      `what happened, how to fix it and whether to retry. ${total} entries from ${vendors.length} vendors.`,
    '',
    "Codes, statuses and messages are quoted verbatim from each vendor's documentation; explanations are our own " +
      'and cite their source. Each entry has a permanent page at `/errors/<vendor>/<namespace>/<code>/` ' +
      '(namespace `code`, `http` or `message`), with the same content as Markdown at ' +
      '`/errors/<vendor>/<namespace>/<code>.md` and as JSON at `/errors/<vendor>/<namespace>/<code>.json`.',
    '',
    '## Vendors',
    '',
    ...vendors.map(
      ({ vendor, count }) =>
        `- ${markdownLink(vendor.data.name, abs(vendorMarkdownUrl(vendor.slug)))}: ${escapeMarkdown(vendor.data.product)}, ` +
        `${count} entries, each linked to its Markdown (JSON: ${abs(vendorJsonUrl(vendor.slug))})`,
    ),
    '',
    '## Data',
    '',
    `- ${markdownLink('catalog.json', abs(catalogJsonUrl))}: every entry and vendor in one JSON document`,
    `- ${markdownLink('catalog.schema.json', abs(catalogSchemaUrl))}: its JSON Schema (draft 2020-12)`,
    `- ${markdownLink('Use the catalog from code', abs(useFromCodeUrl))}: building entry URLs from a vendor error, ` +
      'RFC 9457 problem types, fetching the JSON',
    '',
  ].join('\n');
}
