import { catalogUrl, jsonUrl, type VendorError } from './catalog-url.ts';

/** The catalog's data for a vendor error, or `undefined` when the catalog has no such entry. */
export async function fetchEntry(vendor: string, error: VendorError, base?: string) {
  const response = await fetch(jsonUrl(catalogUrl(vendor, error, base)));
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`catalog answered ${response.status}`);
  const entry = (await response.json()) as {
    url: string;
    title: string;
    fix: string;
    retry: { policy: 'do-not-retry' | 'fix-and-retry' | 'backoff' | 'wait' | 'not-an-error' };
    retired: boolean;
  };
  return entry;
}
