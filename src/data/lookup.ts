import { getCatalog } from './catalog';
import { catalogShards } from '../lib/lookup/site';

/** The search lookup index, built and split once per build for the manifest and every shard file. */
let cached: Promise<ReturnType<typeof catalogShards>> | undefined;

export function getLookupShards(): Promise<ReturnType<typeof catalogShards>> {
  cached ??= getCatalog().then(({ entries, vendors }) => catalogShards(entries, vendors));
  return cached;
}
