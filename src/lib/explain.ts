import { z } from 'astro/zod';
import { namespaces, retryPolicies } from './vocabulary';
import { absoluteUrl, explainSchemaUrl } from './urls';

/**
 * The shape of `speech-errors explain --json` (the `speech-errors` package in packages/explain), published as
 * `/explain.schema.json`. Strict objects: the package tests validate its real output against the published schema,
 * so a field added there and not here fails them.
 */

const retry = z.strictObject({
  policy: z.enum(retryPolicies),
  title: z.string().describe('The policy in words.'),
  afterSeconds: z.number().nonnegative().optional().describe('Seconds to wait before the next attempt.'),
  afterFrom: z
    .string()
    .optional()
    .describe('Where afterSeconds came from: a header or field name, `text` or `catalog`.'),
  details: z.string().optional().describe("The vendor's retry specifics, in the catalog's words."),
  delayFrom: z.string().optional().describe('The header or body field in which the vendor states the delay.'),
});

const match = z.strictObject({
  id: z.string().describe('<vendor>/<namespace>/<code>: the permanent id.'),
  url: z.url().describe("The entry's permanent page."),
  vendor: z.string(),
  vendorName: z.string(),
  namespace: z.enum(namespaces),
  code: z.string().describe('The identifier as the vendor writes it.'),
  title: z.string(),
  match: z.enum(['exact', 'likely', 'related']),
  why: z.string().describe('Why it matched, in a sentence a reader can check.'),
  cause: z.string().describe('What happened, in one sentence.'),
  httpStatus: z.number().int().optional(),
  retry,
  line: z.number().int().positive().optional().describe('In a log: the line the error starts on.'),
});

const unknownCode = z
  .strictObject({ code: z.string(), vendor: z.string().optional(), inference: z.string() })
  .nullable()
  .describe('An error code in the text that the catalog does not document, with what its shape suggests.');

const single = {
  query: z.string().describe('The text that was explained.'),
  matches: z.array(match).describe('Best first; in a log, the best match of each error found, in order.'),
  vendorNotInCatalog: z
    .string()
    .nullable()
    .describe('A speech vendor the text points to that the catalog does not cover.'),
  unknownCode,
};

export const explanationSchema = z.strictObject({
  ...single,
  items: z
    .array(z.strictObject({ ...single, line: z.number().int().positive() }))
    .optional()
    .describe('A log read from standard input: each error found, explained once, with its line.'),
});

export function explainJsonSchema(site: URL | string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(explanationSchema, { io: 'output', target: 'draft-2020-12' }),
    $id: absoluteUrl(explainSchemaUrl, site),
    title: 'Speech Error Catalog: speech-errors explain --json',
    description: 'What `speech-errors explain --json` prints: the best matches for the text, best first.',
  };
}
