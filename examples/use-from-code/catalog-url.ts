// Build the catalog URL of an error from what your code received from the vendor.
const CATALOG = 'https://speech-errors.example.org';

/** What a failed vendor call gave you: the code from the response body if there was one, else the HTTP status. */
export interface VendorError {
  code?: string | number | undefined;
  status?: number | undefined;
  message?: string | undefined;
}

/**
 * `vendor` is the catalog's vendor slug (`scriptix`, `alibaba-nls`, …). A body code goes in the `code` namespace,
 * a bare HTTP status in `http`. Keep the code exactly as received: case and leading zeros matter.
 */
export function catalogUrl(vendor: string, error: VendorError, base = CATALOG): string {
  if (error.code !== undefined && String(error.code) !== '') {
    return `${base}/errors/${vendor}/code/${encodeURIComponent(String(error.code))}/`;
  }
  if (error.status !== undefined) return `${base}/errors/${vendor}/http/${error.status}/`;
  // Some errors have only a message: let the catalog's search find them.
  return `${base}/search/?q=${encodeURIComponent(error.message ?? '')}`;
}

/** The same entry as JSON: replace the trailing slash with `.json` (or `.md` for Markdown). */
export const jsonUrl = (pageUrl: string): string => pageUrl.replace(/\/$/, '.json');
