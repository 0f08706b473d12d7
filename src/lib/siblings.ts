import { vendorOf, type Catalog } from './catalog';
import { codeModel } from './model';
import { publishedEntry } from './export';
import { entryMarkdown } from './markdown';
import { redirectPage } from './redirect';
import type { PlannedFile } from './plan';

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
export type SiblingSource = Pick<Catalog, 'entries' | 'byId' | 'vendorBySlug' | 'index' | 'vendorSlugs'> & {
  site: URL | string;
};

/** The file a URL path is written to: a path ending in `/` is a folder's `index.html`. */
export const fileOf = (path: string): string => (path.endsWith('/') ? `${path}index.html` : path).slice(1);

/**
 * The file the build's thread writes for one planned file, other than cards: an entry's `.json` or `.md`, or the
 * redirect page of a short alias that names one entry. (An alias shared by several entries is a chooser page with
 * the site's layout, rendered by Astro.) Undefined for files the thread does not write.
 */
export function threadFile(file: PlannedFile, source: SiblingSource): SiteFile | undefined {
  const entry = (id: string) => {
    const e = source.byId.get(id);
    if (!e) throw new Error(`the site plan names ${id}, which the catalog does not have`);
    return e;
  };
  switch (file.kind) {
    case 'code-json': {
      const e = entry(file.entry);
      return {
        path: file.path,
        body: JSON.stringify(publishedEntry(e, vendorOf(source, e.vendor), source.site), null, 2),
      };
    }
    case 'code-md':
      return { path: file.path, body: entryMarkdown(codeModel(entry(file.entry), source, source.site), source.site) };
    case 'alias-redirect': {
      const e = entry(file.entries[0]!);
      return { path: file.path, body: redirectPage(e, vendorOf(source, e.vendor).data.name, source.site) };
    }
    default:
      return undefined;
  }
}

/** Every file of the plan that the thread writes, cards aside, in plan order. */
export function* siblingFiles(plan: readonly PlannedFile[], source: SiblingSource): Generator<SiteFile> {
  for (const file of plan) {
    if (file.by !== 'thread') continue;
    const made = threadFile(file, source);
    if (made) yield made;
  }
}
