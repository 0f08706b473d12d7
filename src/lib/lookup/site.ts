import type { Entry, Vendor } from '../catalog';
import { lookupFileUrl, lookupManifestUrl } from '../urls';
import { retryPolicyInfo } from '../vocabulary';
import { buildLookupIndex, lookupVendors } from './build';
import { shardIndex } from './shards';

/**
 * The split lookup index of a catalog as the site publishes it. One pure function, so the Astro routes and
 * `scripts/lookup-files.ts` (which rewrites only these files for a generated catalog, for the search benchmark)
 * cannot drift apart.
 */
export function catalogShards(entries: readonly Entry[], vendors: readonly Vendor[]): ReturnType<typeof shardIndex> {
  return shardIndex(
    buildLookupIndex(entries, lookupVendors(vendors)),
    new Map(entries.map((e) => [e.id, e.data.retry.policy])),
    { retry: Object.fromEntries(Object.entries(retryPolicyInfo).map(([k, v]) => [k, v.title])) },
  );
}

/** Every file of the split index: its URL and its JSON body. */
export function shardFiles(split: ReturnType<typeof shardIndex>): { url: string; body: unknown }[] {
  return [
    { url: lookupManifestUrl, body: split.manifest },
    ...split.files.map((body, n) => ({ url: lookupFileUrl(n), body })),
  ];
}
