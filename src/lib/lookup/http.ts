/**
 * What the lookup knows about HTTP itself, independent of any vendor: the standard reason phrases (so that
 * `429 Too Many Requests` is read as a status even without `HTTP/1.1` in front) and what each status class means
 * (for statuses the catalog does not document).
 */

/** Standard reason phrases (RFC 9110 and common usage), normalised. */
export const reasonPhrases: Readonly<Record<number, string>> = {
  200: 'ok',
  201: 'created',
  202: 'accepted',
  204: 'no content',
  206: 'partial content',
  400: 'bad request',
  401: 'unauthorized',
  402: 'payment required',
  403: 'forbidden',
  404: 'not found',
  405: 'method not allowed',
  406: 'not acceptable',
  408: 'request timeout',
  409: 'conflict',
  410: 'gone',
  411: 'length required',
  413: 'payload too large',
  415: 'unsupported media type',
  422: 'unprocessable entity',
  429: 'too many requests',
  500: 'internal server error',
  501: 'not implemented',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
};

/** Whether a number can be an HTTP status. */
export function isHttpStatus(n: number): boolean {
  return Number.isInteger(n) && n >= 100 && n <= 599;
}

/** What an HTTP status class says about who has to act, for a status the catalog does not document. */
export function httpClassInference(status: number): string {
  const reason = reasonPhrases[status];
  const named = reason ? ` (${reason.replace(/\b\w/g, (c) => c.toUpperCase())})` : '';
  if (status >= 500) {
    return `HTTP ${status}${named} is a 5xx status: a server-side failure, usually worth retrying with backoff.`;
  }
  if (status >= 400) {
    return `HTTP ${status}${named} is a 4xx status: the request, credentials or account must change before a retry can succeed.`;
  }
  if (status >= 300) return `HTTP ${status}${named} is a 3xx status: a redirect, not an error of the API itself.`;
  return `HTTP ${status}${named} is a ${Math.floor(status / 100)}xx status: not an error.`;
}
