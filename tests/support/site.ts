import { loadCatalog } from '../../scripts/content';
import { aliasGroups, displayCode, makeCatalog, toEntry, type Entry } from '../../src/lib/catalog';
import { codeModel, type CodeModel } from '../../src/lib/model';

/**
 * What the end-to-end tests expect, read from the content files: adding an entry adds its checks, never breaks them.
 */
const report = loadCatalog();
if (report.problems.length) throw new Error(`The catalog has problems:\n${report.problems.join('\n')}`);

export const entries: Entry[] = report.entries.map((e) => toEntry(e.id, e.data));
export const vendors = report.vendors;
export const vendorName = (slug: string): string => vendors.find((v) => v.slug === slug)!.data.name;
export const aliases = aliasGroups(entries);
export { displayCode };
export const catalog = makeCatalog(entries, vendors);
/** The code model of an entry as the site at `url`'s origin renders it. */
export const modelAt = (entry: Entry, url: string): CodeModel => codeModel(entry, catalog, new URL(url).origin);

/** Decodes the few entities Astro writes into text and attributes. */
export function decode(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Values of one attribute on every element of an HTML string. */
export function attributeValues(html: string, attribute: string): string[] {
  const re = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map((m) => decode(m[1]!));
}
