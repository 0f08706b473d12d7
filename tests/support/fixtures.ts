import { makeCatalog, toEntry, type Entry } from '../../src/lib/catalog';
import { codeModel, type CodeModel } from '../../src/lib/model';
import { errorSchema, vendorSchema, withNamespace, type ErrorRecord } from '../../src/lib/schema';

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
    examples: [{ label: 'Response body', source: 'constructed', text: `{"code": "${code}"}` }],
    ...overrides,
  };
}

/** A parsed entry for `<vendor>/<namespace>/<slug>`, as the site sees it (the code is the slug unless overridden). */
export function entry(id: string, overrides: Record<string, unknown> = {}): Entry {
  const [, namespace, slug] = id.split('/') as [string, string, string];
  return toEntry(id, errorSchema.parse(withNamespace(rawRecord(slug, overrides), namespace)) as ErrorRecord);
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

/**
 * The code model of `e` in a catalog of `e` and `others`, every vendor named `<slug> API` unless `names` says
 * otherwise, with `vendorData[slug]` added to that vendor's front matter; the site is https://site.example/.
 */
export function modelOf(
  e: Entry,
  others: readonly Entry[] = [],
  names: Record<string, string> = {},
  vendorData: Record<string, Record<string, unknown>> = {},
): CodeModel {
  const all = [e, ...others];
  const slugs = [...new Set(all.map((x) => x.vendor))];
  const vendors = slugs.map((slug) => ({
    slug,
    data: vendorSchema.parse({ ...rawVendor(names[slug] ?? `${slug} API`), ...vendorData[slug] }),
  }));
  return codeModel(e, makeCatalog(all, vendors), 'https://site.example/');
}
