import type { LookupIndex } from '../../../src/lib/lookup/index';
import type { CatalogInfo, RetryPolicy } from './types';

/** What the package carries: the site's lookup index and, parallel to its entries, what an explanation adds. */
export interface PackData {
  info: Omit<CatalogInfo, 'version'>;
  index: LookupIndex;
  details: EntryDetails[];
  /** Retry policy titles, as the site words them. */
  retryTitles: Record<RetryPolicy, string>;
}

export interface EntryDetails {
  cause: string;
  policy: RetryPolicy;
  details?: string;
  delays?: number[];
  delayFrom?: string;
}
