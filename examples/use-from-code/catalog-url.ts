// Build the catalog URL of an error from what your code received from the vendor.
const CATALOG = 'https://speech-errors.example.org';

/** What a failed vendor call gave you: the code from the response body if there was one, else the HTTP status. */
export interface VendorError {
  code?: string | number | undefined;
  status?: number | undefined;
  message?: string | undefined;
}

/**
 * A code as it appears in catalog URLs: as written when it uses only A-Z a-z 0-9 . _ - (case and leading zeros
 * kept), else its lower-case words joined by "-" ("Bad Request" becomes "bad-request").
 */
export function codeSlug(code: string): string {
  if (/^[A-Za-z0-9._-]+$/.test(code)) return code;
  return code
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `vendor` is the catalog's vendor slug (`deepgram`, `alibaba-nls`, …). The code (or, without one, the HTTP
 * status) leads to its short address `/errors/<vendor>/<code>/`: it redirects to the entry, or lists the entries
 * when the vendor uses the identifier for several errors. Keep the code exactly as received.
 */
export function catalogUrl(vendor: string, error: VendorError, base = CATALOG): string {
  const id = error.code ?? error.status;
  const slug = id === undefined ? '' : codeSlug(String(id));
  if (slug) return `${base}/errors/${vendor}/${slug}/`;
  // Some errors have only a message: let the catalog's search find them.
  return `${base}/search/?q=${encodeURIComponent(error.message ?? '')}`;
}

/** An entry page as JSON: replace the trailing slash with `.json` (or `.md` for Markdown). */
export const jsonUrl = (pageUrl: string): string => pageUrl.replace(/\/$/, '.json');
