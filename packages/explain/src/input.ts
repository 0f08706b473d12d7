import type { ErrorLike } from './types';

/**
 * Turns what an app has in hand into the text the lookup reads: a string as it is; an error or response object
 * (fetch, axios, a vendor SDK's exception) as its URL, status line, headers and body, then its message and code.
 */

const GENERIC_MESSAGE = /^(?:Request failed with status code \d+|Network Error|fetch failed)$/;
/** HTTP clients' own codes say nothing about the vendor's error. */
const CLIENT_CODE = /^(?:ERR_[A-Z_]+|E[A-Z]+)$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function bodyText(body: unknown): string | undefined {
  if (body === undefined || body === null || body === '') return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  if (isObject(body)) {
    try {
      return JSON.stringify(body);
    } catch {
      return undefined;
    }
  }
  return String(body);
}

function headerLines(headers: unknown): string[] {
  if (!isObject(headers)) return [];
  const pairs: [string, unknown][] =
    typeof (headers as { forEach?: unknown }).forEach === 'function' && !Array.isArray(headers)
      ? (() => {
          const out: [string, unknown][] = [];
          (headers as { forEach: (fn: (v: unknown, k: string) => void) => void }).forEach((v, k) => {
            out.push([k, v]);
          });
          return out;
        })()
      : Object.entries(headers);
  return pairs.filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => `${k}: ${String(v)}`);
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined;

export function toText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array) return new TextDecoder().decode(input);
  if (!isObject(input)) return input === undefined || input === null ? '' : String(input);
  const e = input as ErrorLike;
  const response = isObject(e.response) ? e.response : {};
  const config = isObject(e.config) ? e.config : {};
  const url = text(response['url']) ?? text(e.url) ?? text(config['url']);
  const base = text(config['baseURL']);
  const status = response['status'] ?? e.status ?? e.statusCode;
  const lines: string[] = [];
  const fullUrl =
    url && base && !/^[a-z]+:\/\//i.test(url) ? `${base.replace(/\/$/, '')}/${url.replace(/^\//, '')}` : url;
  if (fullUrl) lines.push(fullUrl);
  if (typeof status === 'number' && status >= 100 && status <= 599) lines.push(`HTTP ${status}`);
  lines.push(...headerLines(response['headers'] ?? e.headers));
  const body = bodyText(response['data'] ?? response['body'] ?? e.body ?? e.data);
  if (body) lines.push(body);
  const message = text(e.message);
  if (message && !GENERIC_MESSAGE.test(message) && !body?.includes(message)) lines.push(message);
  const code = text(e.code);
  if (code && !CLIENT_CODE.test(code) && !lines.some((l) => l.includes(code))) lines.push(`code: ${code}`);
  return lines.join('\n');
}
