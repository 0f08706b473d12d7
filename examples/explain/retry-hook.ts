// A retry hook for any HTTP client or vendor SDK: the catalog decides whether the same request can succeed later
// (a rate limit, an overloaded service) or never will (a bad key, audio in the wrong format), and how long to wait.
import { shouldRetry } from 'speech-errors';

export interface RetryOptions {
  attempts?: number;
  /** First backoff delay when the error states none; doubled on each attempt. */
  baseMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export async function withRetries<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = 3, baseMs = 500, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      // Reads what axios, fetch wrappers and vendor SDKs throw: message, code, status, body, response.data, headers.
      const decision = shouldRetry(error);
      if (!decision.retry || attempt >= attempts) throw error;
      await sleep(decision.afterSeconds !== undefined ? decision.afterSeconds * 1000 : baseMs * 2 ** (attempt - 1));
    }
  }
}
