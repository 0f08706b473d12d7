// A fetch wrapper that explains a vendor's error response with the catalog, offline, and throws an error that
// carries the catalog entry's URL and the retry advice: logs and error trackers then link straight to the fix.
import { explain, type Match } from 'speech-errors';

export class VendorApiError extends Error {
  readonly status: number;
  readonly body: string;
  /** The catalog entry, when the response matched one exactly or likely. */
  readonly entry: Match | undefined;

  constructor(message: string, status: number, body: string, entry: Match | undefined) {
    super(message);
    this.name = 'VendorApiError';
    this.status = status;
    this.body = body;
    this.entry = entry;
  }

  /** The entry's permanent page, for a log line or a support ticket. */
  get catalogUrl(): string | undefined {
    return this.entry?.url;
  }
}

export async function vendorFetch(url: string, init?: RequestInit, fetcher: typeof fetch = fetch): Promise<Response> {
  const response = await fetcher(url, init);
  if (response.ok) return response;
  const body = await response.text();
  // The URL (its host says which vendor), the status, the headers (Retry-After) and the body, as the catalog reads them.
  const { matches } = explain({ url, status: response.status, headers: response.headers, body });
  const entry = matches.find((m) => m.match !== 'related');
  const what = entry ? `: ${entry.title} (${entry.url})` : '';
  throw new VendorApiError(`${response.status} from ${new URL(url).host}${what}`, response.status, body, entry);
}
