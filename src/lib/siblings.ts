import { aliasGroups, vendorOf, type Catalog, type Entry } from './catalog';
import { codeModel } from './model';
import { publishedEntry } from './export';
import { entryMarkdown } from './markdown';
import { redirectPage } from './redirect';
import { entryJsonUrl, entryMarkdownUrl } from './urls';

/**
 * The files published beside each code page that depend on that entry's data alone: `<code>.json`, `<code>.md`
 * and, when the code is unique at its vendor, the short alias `/errors/<vendor>/<code>/` (a redirect). A build
 * writes them from a worker thread while Astro renders the pages (`src/integrations/files.ts`): through Astro's
 * pipeline they were three of the four outputs per code. The dev server serves them from the same functions.
 */

export interface SiteFile {
  /** The URL path it is served at (`/errors/x/code/1.json`, `/errors/x/1/`). */
  path: string;
  body: string;
}

/** The parts of the catalog the siblings read, and the site's origin for their absolute links. */
export type SiblingSource = Pick<Catalog, 'entries' | 'byId' | 'vendorBySlug' | 'index' | 'vendorSlugs'> & { site: URL | string };

/** The file a URL path is written to: a path ending in `/` is a folder's `index.html`. */
export const fileOf = (path: string): string => (path.endsWith('/') ? `${path}index.html` : path).slice(1);

/** An entry's `.json` and `.md`. */
export function entrySiblings(entry: Entry, source: SiblingSource): SiteFile[] {
  const vendor = vendorOf(source, entry.vendor);
  return [
    { path: entryJsonUrl(entry), body: JSON.stringify(publishedEntry(entry, vendor, source.site), null, 2) },
    { path: entryMarkdownUrl(entry), body: entryMarkdown(codeModel(entry, source, source.site), source.site) },
  ];
}

/**
 * Redirect pages of the short aliases that name one entry. An alias shared by several entries (a code that is
 * also an HTTP status at the vendor) is a chooser page with the site's layout, rendered by Astro.
 */
export function aliasRedirects(source: SiblingSource): SiteFile[] {
  return aliasGroups(source.entries)
    .filter((g) => g.entries.length === 1)
    .map((g) => ({ path: g.url, body: redirectPage(g.entries[0]!, vendorOf(source, g.vendor).data.name, source.site) }));
}

/** Every sibling file of the catalog. */
export function* siblingFiles(source: SiblingSource): Generator<SiteFile> {
  for (const entry of source.entries) yield* entrySiblings(entry, source);
  yield* aliasRedirects(source);
}
