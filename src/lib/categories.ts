import type { RetryPolicy } from './vocabulary';

/**
 * The cross-vendor taxonomy: one row of the comparison per category. Every catalog entry belongs to exactly one.
 * Ids are permanent (they are in `/categories/<id>/` URLs).
 */
export interface Category {
  /** Permanent slug, used in URLs and in each entry's `category` field. */
  id: string;
  /** Short plain-English title. */
  title: string;
  /** What errors in this category have in common, in one or two sentences. */
  description: string;
  /** The closest google.rpc.Code (https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto). */
  grpc: string;
  /** What to do by default when an entry does not say otherwise. */
  retry: RetryPolicy;
}

export const categories = [
  {
    id: 'credentials-missing',
    title: 'Credentials missing',
    grpc: 'UNAUTHENTICATED',
    retry: 'fix-and-retry',
    description: 'The request carried no API key, token or authorization header at all.',
  },
  {
    id: 'credentials-invalid',
    title: 'Credentials invalid',
    grpc: 'UNAUTHENTICATED',
    retry: 'fix-and-retry',
    description:
      'A credential was sent but the service does not recognise it: mistyped, revoked, from another account or environment.',
  },
  {
    id: 'credentials-expired',
    title: 'Credentials expired',
    grpc: 'UNAUTHENTICATED',
    retry: 'fix-and-retry',
    description: 'The credential was valid once but its lifetime has ended; get a fresh one.',
  },
  {
    id: 'permission-denied',
    title: 'Permission denied or service not enabled',
    grpc: 'PERMISSION_DENIED',
    retry: 'do-not-retry',
    description:
      'The caller is known but may not use this API, resource or feature, or the service is not switched on for the project.',
  },
  {
    id: 'account-inactive',
    title: 'Account inactive',
    grpc: 'FAILED_PRECONDITION',
    retry: 'do-not-retry',
    description: 'The account, client or user exists but is disabled, suspended or past its trial.',
  },
  {
    id: 'quota-exhausted',
    title: 'Quota or credits exhausted',
    grpc: 'RESOURCE_EXHAUSTED',
    retry: 'do-not-retry',
    description:
      'A paid or periodic allowance (minutes, credits, storage, model slots) is used up; waiting for a reset or buying more is the fix.',
  },
  {
    id: 'rate-limited',
    title: 'Rate or concurrency limit',
    grpc: 'RESOURCE_EXHAUSTED',
    retry: 'wait',
    description: 'Too many requests in a time window, or too many running at once; slowing down succeeds.',
  },
  {
    id: 'invalid-parameter',
    title: 'Invalid parameter',
    grpc: 'INVALID_ARGUMENT',
    retry: 'fix-and-retry',
    description: 'A request field, directive or option has a wrong value, type, spelling or range.',
  },
  {
    id: 'missing-parameter',
    title: 'Missing parameter',
    grpc: 'INVALID_ARGUMENT',
    retry: 'fix-and-retry',
    description: 'A required field or part of the request was not sent.',
  },
  {
    id: 'unsupported-audio',
    title: 'Unsupported audio format, codec or sample rate',
    grpc: 'INVALID_ARGUMENT',
    retry: 'fix-and-retry',
    description:
      'The audio is well formed, but in a container, codec, channel layout or sample rate the service does not accept.',
  },
  {
    id: 'corrupt-audio',
    title: 'Corrupt or unreadable audio',
    grpc: 'INVALID_ARGUMENT',
    retry: 'fix-and-retry',
    description: 'The audio bytes or header cannot be parsed or decoded.',
  },
  {
    id: 'poor-audio',
    title: 'Audio quality too low',
    grpc: 'FAILED_PRECONDITION',
    retry: 'fix-and-retry',
    description: 'The audio decodes, but noise, level or recording conditions make it unusable for analysis.',
  },
  {
    id: 'audio-too-long',
    title: 'Audio too long',
    grpc: 'OUT_OF_RANGE',
    retry: 'fix-and-retry',
    description: 'The audio is longer than this endpoint or mode accepts.',
  },
  {
    id: 'audio-too-short',
    title: 'Audio too short or empty',
    grpc: 'OUT_OF_RANGE',
    retry: 'fix-and-retry',
    description: 'The audio is shorter than the minimum, or no audio data was sent.',
  },
  {
    id: 'no-speech',
    title: 'No speech detected',
    grpc: 'FAILED_PRECONDITION',
    retry: 'fix-and-retry',
    description: 'The audio was read, but it holds only silence or noise, so there is nothing to recognise.',
  },
  {
    id: 'audio-download-failed',
    title: 'Audio download failed',
    grpc: 'FAILED_PRECONDITION',
    retry: 'fix-and-retry',
    description: 'The service could not fetch the audio from the URL it was given.',
  },
  {
    id: 'idle-timeout',
    title: 'Idle or no-data timeout',
    grpc: 'DEADLINE_EXCEEDED',
    retry: 'fix-and-retry',
    description: 'A streaming session or connection received no data for too long and the service closed it.',
  },
  {
    id: 'not-found',
    title: 'Resource not found',
    grpc: 'NOT_FOUND',
    retry: 'do-not-retry',
    description: 'The job, task, document, model or key named in the request does not exist (or not for this account).',
  },
  {
    id: 'state-conflict',
    title: 'State conflict',
    grpc: 'FAILED_PRECONDITION',
    retry: 'fix-and-retry',
    description:
      'The resource exists but is in the wrong state for this call: already started, still running, stopping, not ready.',
  },
  {
    id: 'request-too-large',
    title: 'Request too large',
    grpc: 'OUT_OF_RANGE',
    retry: 'fix-and-retry',
    description: 'The upload, payload or list in the request exceeds a size or count limit.',
  },
  {
    id: 'client-disconnected',
    title: 'Client disconnected',
    grpc: 'CANCELLED',
    retry: 'fix-and-retry',
    description: 'The client closed the connection before the service finished the task.',
  },
  {
    id: 'upstream-timeout',
    title: 'Upstream or processing timeout',
    grpc: 'DEADLINE_EXCEEDED',
    retry: 'backoff',
    description: 'The service, or a component behind it, took too long to answer.',
  },
  {
    id: 'internal-error',
    title: 'Internal error',
    grpc: 'INTERNAL',
    retry: 'backoff',
    description: 'Something failed inside the service; the request itself may be fine.',
  },
  {
    id: 'service-unavailable',
    title: 'Service unavailable',
    grpc: 'UNAVAILABLE',
    retry: 'backoff',
    description: 'The service or a dependency is down, overloaded, unreachable or in maintenance.',
  },
  {
    id: 'success',
    title: 'Success or informational status',
    grpc: 'OK',
    retry: 'not-an-error',
    description: 'Not a failure: a success status, or information about how a request went.',
  },
] as const satisfies readonly Category[];

export type CategoryId = (typeof categories)[number]['id'];

/** Category ids as a tuple, for `z.enum`. */
export const categoryIds = categories.map((c) => c.id) as unknown as readonly [CategoryId, ...CategoryId[]];

const byId = new Map<string, Category>(categories.map((c) => [c.id, c]));

/** Looks up a category by id; throws with the unknown id so a bad reference is never silently blank. */
export function categoryById(id: string): Category {
  const found = byId.get(id);
  if (!found) throw new Error(`Unknown category "${id}". Known categories: ${[...byId.keys()].join(', ')}`);
  return found;
}
