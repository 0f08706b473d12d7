import type { Entry } from '../catalog';
import { cardUrl, siteCardUrl } from '../urls';
import { entryCard, siteCard } from './entry';
import type { CardContent } from './render';

/** One card to write: its URL path (also its path under the output folder) and what it shows. */
export interface CardJob {
  url: string;
  content: CardContent;
}

/** Every card the site publishes: the site card, then one per entry. */
export function cardJobs(entries: readonly Entry[], vendorName: (slug: string) => string): CardJob[] {
  const vendors = new Set(entries.map((e) => e.vendor));
  return [
    { url: siteCardUrl, content: siteCard(vendors.size, entries.length) },
    ...entries.map((e) => ({ url: cardUrl(e), content: entryCard(e, vendorName(e.vendor)) })),
  ];
}
