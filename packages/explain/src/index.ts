import { data, info } from './catalog.js';
import { explainWith, shouldRetryWith } from './explain';
import type { CatalogInfo, ErrorLike, ExplainOptions, Explanation, RetryDecision } from './types';

export type {
  CatalogInfo,
  ErrorLike,
  ExplainOptions,
  Explanation,
  Match,
  MatchLevel,
  RetryAdvice,
  RetryDecision,
  RetryPolicy,
} from './types';

function checkVendor(options: ExplainOptions | undefined): void {
  const vendor = options?.vendor;
  if (vendor !== undefined && !info.vendors.some((v) => v.slug === vendor))
    throw new TypeError(
      `speech-errors: '${vendor}' is not a catalog vendor; use one of ${info.vendors.map((v) => v.slug).join(', ')}.`,
    );
}

/**
 * Explains what an app printed or caught: a code, a message, a JSON body, a log line, or an error object (fetch,
 * axios, a vendor SDK's exception). Synchronous, offline; the same answer, in the same order, as the site's search.
 */
export function explain(input: string | ErrorLike | unknown, options?: ExplainOptions): Explanation {
  checkVendor(options);
  return explainWith(data, input, options);
}

/** For an HTTP client's retry hook: whether repeating the request may succeed, after how long, and the entry's URL. */
export function shouldRetry(input: string | ErrorLike | unknown, options?: ExplainOptions): RetryDecision {
  checkVendor(options);
  return shouldRetryWith(data, input, options);
}

/** The package version, the catalog's date and size, and the site its URLs point to. */
export const catalog: CatalogInfo = info;
