/**
 * The package's public types. Self-contained (no imports), so the published declarations are just this file and
 * index.d.ts. `src/lib/explain.ts` in the site holds the JSON Schema of the same shape, and a test validates real
 * output against it.
 */

/** How sure a match is: the identifier or a whole message matched, a good partial match, or merely similar. */
export type MatchLevel = 'exact' | 'likely' | 'related';

/** What to do about a failed call, from the catalog's closed list. */
export type RetryPolicy = 'do-not-retry' | 'fix-and-retry' | 'backoff' | 'wait' | 'not-an-error';

export interface RetryAdvice {
  policy: RetryPolicy;
  /** The policy in words ("Retry with backoff"). */
  title: string;
  /** Seconds to wait before the next attempt: stated by the error itself (Retry-After, retry_after, "try again in
   * 20s") or, failing that, the vendor's first prescribed delay. */
  afterSeconds?: number;
  /** Where `afterSeconds` came from: the header or field name, `text`, or `catalog`. */
  afterFrom?: string;
  /** The vendor's retry specifics, in the catalog's words. */
  details?: string;
  /** The header or body field in which the vendor states the delay. */
  delayFrom?: string;
}

export interface Match {
  /** `<vendor>/<namespace>/<code>`: the entry's permanent id. */
  id: string;
  /** The entry's permanent page. */
  url: string;
  vendor: string;
  vendorName: string;
  namespace: string;
  /** The identifier as the vendor writes it. */
  code: string;
  title: string;
  match: MatchLevel;
  /** Why it matched, in a sentence a reader can check. */
  why: string;
  /** What happened, in one sentence. */
  cause: string;
  httpStatus?: number;
  retry: RetryAdvice;
}

export interface Explanation {
  /** The text that was explained (after an error object was turned into text). */
  query: string;
  /** Best first; empty when nothing matched. */
  matches: Match[];
  /** A speech vendor the text points to that the catalog does not cover yet (its name), else null. */
  vendorNotInCatalog: string | null;
  /** An error code in the text that the catalog does not document, with what its shape suggests, else null. */
  unknownCode: { code: string; vendor?: string; inference: string } | null;
}

/** What `shouldRetry` decides. */
export interface RetryDecision {
  /** Whether repeating the same request may succeed (policy `backoff` or `wait`). */
  retry: boolean;
  /** Seconds to wait first, when the error or the vendor states it. */
  afterSeconds?: number;
  /** The matched entry's policy, or `unknown` when nothing matched exactly or likely. */
  policy: RetryPolicy | 'unknown';
  /** The matched entry's page, or null. */
  url: string | null;
}

/** Something an HTTP client or a vendor SDK threw, or a response: the fields `explain` reads. */
export interface ErrorLike {
  message?: unknown;
  code?: unknown;
  status?: unknown;
  statusCode?: unknown;
  body?: unknown;
  data?: unknown;
  headers?: unknown;
  url?: unknown;
  config?: { url?: unknown; baseURL?: unknown } | unknown;
  response?: { status?: unknown; data?: unknown; body?: unknown; headers?: unknown; url?: unknown } | unknown;
  [key: string]: unknown;
}

export interface ExplainOptions {
  /** Only this vendor's entries (a catalog vendor slug). */
  vendor?: string;
  /** At most this many matches (default 10). */
  limit?: number;
}

/** What the package carries besides the lookup index: one record per entry, parallel to the index's entries. */
export interface CatalogInfo {
  /** The package's version. */
  version: string;
  /** The newest date the catalog's sources were read (YYYY-MM-DD). */
  date: string;
  /** The site the URLs point to. */
  site: string;
  entries: number;
  vendors: { slug: string; name: string }[];
}
