import type { VendorError } from './catalog-url.ts';

const CATALOG = 'https://speech-errors.example.org';

interface Entry {
  url: string;
  title: string;
  fix: string;
  messages: { text: string }[];
  retry: { policy: 'do-not-retry' | 'fix-and-retry' | 'backoff' | 'wait' | 'not-an-error' };
  retired: boolean;
}

/**
 * The catalog's data for a vendor error, or `undefined` when the catalog has no such entry. The vendor's list
 * (`/vendors/<vendor>.json`) says which entries carry the code; where several do (one identifier, several errors),
 * the one whose message the error's message contains wins, else the first.
 */
export async function fetchEntry(vendor: string, error: VendorError, base = CATALOG): Promise<Entry | undefined> {
  const list = await fetch(`${base}/vendors/${vendor}.json`);
  if (list.status === 404) return undefined;
  if (!list.ok) throw new Error(`catalog answered ${list.status}`);
  const { entries } = (await list.json()) as { entries: { code: string; namespace: string; json: string }[] };
  const byCode = error.code !== undefined && String(error.code) !== '';
  const wanted = String(byCode ? error.code : (error.status ?? ''));
  const fits = entries.filter((e) => e.code === wanted && (byCode ? e.namespace !== 'http' : e.namespace === 'http'));
  const found: Entry[] = [];
  for (const e of fits) {
    // The same path on `base`, so the example also works against a copy of the catalog.
    const response = await fetch(new URL(new URL(e.json).pathname, base));
    if (!response.ok) throw new Error(`catalog answered ${response.status}`);
    found.push((await response.json()) as Entry);
  }
  const said = error.message ?? '';
  return found.find((e) => e.messages.some((m) => said.includes(m.text))) ?? found[0];
}
