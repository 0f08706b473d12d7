import type { VendorError } from './catalog-url.ts';
import { fetchEntry } from './fetch-entry.ts';

/**
 * An RFC 9457 problem details object for a vendor failure your API passes on. `type` is the catalog entry's
 * canonical URL: permanent, so clients may match on it, and a person who follows it reads what to do.
 * `status` is the status *your* API answers with (502 when an upstream call failed), not the vendor's.
 */
export async function toProblem(vendor: string, error: VendorError, status = 502, base?: string) {
  const entry = await fetchEntry(vendor, error, base);
  return {
    type: entry ? entry.url : 'about:blank',
    title: entry ? entry.title : 'Speech service error',
    status,
    detail: error.message ?? entry?.fix ?? `The ${vendor} API failed.`,
    retry: entry?.retry.policy,
  };
}
