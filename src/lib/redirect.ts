import { cardUrl, errorUrl } from './urls';
import { displayCode, pageDescription, pageTitle, type Entry } from './catalog';
import { entryCardAlt } from './card/entry';
import { escapeAttribute, escapeHtml, headTags } from './head';

/**
 * The page at a short alias `/errors/<vendor>/<code>/` whose code names one entry: a static redirect any host can
 * serve (meta refresh, canonical link to the entry, a visible link). It unfurls as the entry does (same title,
 * summary and card), since chat apps read the tags of the URL pasted and do not follow a meta refresh.
 *
 * It is a plain document with no stylesheet: a browser shows it for no time at all, and a build writes one per code
 * (50,000 at scale) from a worker thread, outside Astro's page pipeline (see `siblings.ts`).
 */
export function redirectPage(entry: Entry, vendorName: string, site: URL | string): string {
  const to = errorUrl(entry);
  const title = pageTitle(entry, vendorName);
  const head = headTags({
    title,
    description: pageDescription(entry, vendorName),
    canonical: new URL(to, site).href,
    noindex: true,
    colorScheme: false,
    image: { path: cardUrl(entry), alt: entryCardAlt(entry, vendorName) },
    site,
  });
  const name = `${vendorName} ${displayCode(entry)}`;
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `${head}<meta http-equiv="refresh" content="0; url=${escapeAttribute(to)}"></head>` +
    `<body><main><h1>${escapeHtml(title)}</h1>` +
    `<p>This short address leads to <a href="${escapeAttribute(to)}">${escapeHtml(name)}</a>: ` +
    `${escapeHtml(entry.data.title)}.</p></main></body></html>\n`
  );
}
