import { siteName } from './card/entry';
import { categoryById } from './categories';
import { compareEntries, pageTitle, summary, type Entry, type Vendor } from './catalog';
import { dateModified } from './export';
import { absoluteUrl, errorUrl, feedUrl } from './urls';

/**
 * `/feed.xml`: an Atom 1.0 feed (RFC 4287) of the newest and most recently changed entries. An entry's date is
 * `dateModified` (its own edit date, else the day its source or its vendor's reference was read), as in the sitemaps
 * and `/catalog.json`. The feed holds the latest `feedLimit` entries, newest first, ties in the catalog's display
 * order, and its own `updated` is its newest entry's date, so the same catalog always gives the same bytes.
 */

/** How many entries the feed holds: it is read by feed readers, not used as an index of the catalog. */
export const feedLimit = 50;

export const feedTitle = `${siteName}: new and changed entries`;

// Characters XML 1.0 forbids even as references (control characters, lone surrogates, U+FFFE/U+FFFF).
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const references: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for XML element content and quoted attribute values alike, dropping characters XML cannot carry.
 * `>` is escaped too, so `]]>` never appears in the output.
 */
export const xmlEscape = (text: string): string =>
  text.replace(notXmlChar, '').replace(/[&<>"']/g, (c) => references[c]!);

/** An RFC 3339 timestamp (Atom's date construct) for a `YYYY-MM-DD` date. */
const timestamp = (date: string): string => `${date}T00:00:00Z`;

/** The entries the feed lists with their dates: the latest `limit`, newest first, ties in display order. */
export function feedEntries(
  entries: readonly Entry[],
  vendors: readonly Vendor[],
  limit = feedLimit,
): { entry: Entry; vendor: Vendor; date: string }[] {
  const bySlug = new Map(vendors.map((v) => [v.slug, v]));
  const dated = entries.map((entry) => {
    const vendor = bySlug.get(entry.vendor);
    if (!vendor) throw new Error(`content/errors/${entry.id}.yaml: no vendor file content/vendors/${entry.vendor}.md`);
    return { entry, vendor, date: dateModified(entry, vendor) };
  });
  dated.sort((a, b) => (a.date === b.date ? compareEntries(a.entry, b.entry) : a.date < b.date ? 1 : -1));
  return dated.slice(0, limit);
}

/** The Atom document of `/feed.xml` for a site at `site`. */
export function atomFeed(entries: readonly Entry[], vendors: readonly Vendor[], site: URL | string): string {
  const items = feedEntries(entries, vendors);
  const home = absoluteUrl('/', site);
  const self = absoluteUrl(feedUrl, site);
  // An empty catalog still needs a date: the newest vendor reference, else the epoch.
  const newest =
    items[0]?.date ?? vendors.reduce((max, v) => (v.data.retrieved > max ? v.data.retrieved : max), '1970-01-01');
  const x = xmlEscape;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${x(self)}</id>`,
    `  <title>${x(feedTitle)}</title>`,
    `  <subtitle>${x(`Error codes of speech APIs, explained: the ${feedLimit} entries added or changed most recently.`)}</subtitle>`,
    `  <updated>${timestamp(newest)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(home)}"/>`,
    `  <author><name>${x(siteName)}</name><uri>${x(home)}</uri></author>`,
  ];
  for (const { entry, vendor, date } of items) {
    const url = absoluteUrl(errorUrl(entry), site);
    const category = categoryById(entry.data.category);
    lines.push(
      '  <entry>',
      `    <id>${x(url)}</id>`,
      `    <title type="text">${x(pageTitle(entry, vendor.data.name))}</title>`,
      `    <updated>${timestamp(date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(url)}"/>`,
      `    <summary type="text">${x(summary(entry))}</summary>`,
      `    <category term="${x(category.id)}" label="${x(category.title)}"/>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
