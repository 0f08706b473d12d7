import { getCatalog } from './catalog';
import { buildLookupIndex } from '../lib/lookup';
import { shardIndex } from '../lib/lookup/shards';
import { retryPolicyInfo } from '../lib/vocabulary';

/** The search lookup index, built and split once per build for the manifest and every shard file. */
let cached: Promise<ReturnType<typeof shardIndex>> | undefined;

export function getLookupShards(): Promise<ReturnType<typeof shardIndex>> {
  cached ??= getCatalog().then(({ entries, vendors }) =>
    shardIndex(
      buildLookupIndex(
        entries,
        vendors.map((v) => ({ slug: v.slug, name: v.data.name, aliases: v.data.aliases })),
      ),
      new Map(entries.map((e) => [e.id, e.data.retry.policy])),
      { retry: Object.fromEntries(Object.entries(retryPolicyInfo).map(([k, v]) => [k, v.title])) },
    ),
  );
  return cached;
}
