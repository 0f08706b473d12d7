import { httpClassInference, isHttpStatus } from './http';

/**
 * What an identifier the catalog does not document still tells us, from its shape. The Alibaba rule comes from its
 * error page (content/vendors/alibaba-nls.md): eight-digit codes starting with 4 are client-side, with 5
 * server-side, and 20000000 is success.
 */

/** Eight-digit numbers starting 2, 4 or 5: the shape of an Alibaba NLS status code. */
export const alibabaShape = /^[245]\d{7}$/;

export function inferUnknown(code: string, vendorName: string | undefined, elsewhere: readonly string[]): string {
  const where = vendorName ? ` for ${vendorName}` : '';
  const lead = `${code} is not in the catalog${where}.`;
  const also = elsewhere.length ? ` The same identifier is documented for ${elsewhere.join(', ')}.` : '';
  if (alibabaShape.test(code) && (!vendorName || vendorName.startsWith('Alibaba'))) {
    const side =
      code[0] === '4'
        ? 'Alibaba NLS codes starting with 4 (4xxxxxxx) are client-side: the request, the audio or the account needs changing before a retry can succeed.'
        : code[0] === '5'
          ? 'Alibaba NLS codes starting with 5 (5xxxxxxx) are server-side faults, usually occasional: retry with backoff.'
          : 'Alibaba NLS codes starting with 2 report success (20000000), not a failure.';
    return `${lead} ${side}${also}`;
  }
  if (/^\d{3}$/.test(code) && isHttpStatus(Number(code))) {
    return `${lead} Read as an HTTP status: ${httpClassInference(Number(code))}${also}`;
  }
  return `${lead} Read the message beside it, and search for its words.${also}`;
}
