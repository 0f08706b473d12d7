import { toEntry, type Entry } from '../../src/lib/catalog';
import { errorSchema, type ErrorRecord } from '../../src/lib/schema';

/** A minimal valid error record as it would be written in YAML, with overrides. */
export function rawRecord(code: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code,
    title: `Title of ${code}`,
    category: 'internal-error',
    who: 'vendor',
    section: 'Errors',
    messages: [{ text: `Message of ${code}` }],
    cause: `The cause of ${code}, in our words.`,
    fix: `The fix for ${code}, in our words.`,
    retry: { policy: 'backoff' },
    ...overrides,
  };
}

/** A parsed entry for `<vendor>/<namespace>/<code>`, as the site sees it. */
export function entry(id: string, overrides: Record<string, unknown> = {}): Entry {
  const code = id.split('/')[2]!;
  return toEntry(id, errorSchema.parse(rawRecord(code, overrides)) as ErrorRecord);
}

/** Valid vendor front matter. */
export function rawVendor(name = 'Vendor API'): Record<string, unknown> {
  return {
    name,
    product: 'Speech to text',
    company: 'Vendor Inc.',
    homepage: 'https://vendor.example/',
    reference: 'https://vendor.example/errors',
    retrieved: '2026-11-23',
    language: 'en',
    auth: 'Bearer token in the Authorization header.',
    errors: {
      http: 'Failures use 4xx and 5xx statuses.',
      envelopes: [{ name: 'error', description: 'Every failure.', example: '{"error": "x"}' }],
    },
  };
}
