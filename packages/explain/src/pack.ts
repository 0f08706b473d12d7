import type { Entry, Vendor } from '../../../src/lib/catalog';
import { firstSentence, truncate } from '../../../src/lib/text';
import { buildLookupIndex, lookupVendors } from '../../../src/lib/lookup/index';
import { retryPolicies, retryPolicyInfo } from '../../../src/lib/vocabulary';
import type { PackData } from './data';

/**
 * The data the package carries, from the catalog: the site's lookup index (the very function the search page's
 * index comes from) and each entry's cause and retry advice. Used by `npm run pack:cli` and by the tests, never
 * bundled.
 */
export function packData(entries: readonly Entry[], vendors: readonly Vendor[], site: string): PackData {
  const index = buildLookupIndex(entries, lookupVendors(vendors));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const dates = [...entries.map((e) => e.data.retrieved), ...vendors.map((v) => v.data.retrieved)].filter(Boolean);
  return {
    info: {
      date: dates.sort().at(-1) ?? '',
      site: site.replace(/\/+$/, ''),
      entries: entries.length,
      vendors: index.vendors.map((v) => ({ slug: v.slug, name: v.name })),
    },
    index,
    details: index.entries.map((ie) => {
      const e = byId.get(ie.id)!;
      const r = e.data.retry;
      return {
        // The whole first sentence: the command prints it on its own line, where a 160-character cut reads badly.
        cause: truncate(firstSentence(e.data.cause), 400),
        policy: r.policy,
        ...(r.details ? { details: r.details } : {}),
        ...(r.delaysSeconds?.length ? { delays: r.delaysSeconds } : {}),
        ...(r.delayFrom ? { delayFrom: r.delayFrom } : {}),
      };
    }),
    retryTitles: Object.fromEntries(retryPolicies.map((p) => [p, retryPolicyInfo[p].title])) as PackData['retryTitles'],
  };
}
