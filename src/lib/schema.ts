import { z } from 'astro/zod';
import { categoryIds } from './categories';
import {
  actors,
  exampleSources,
  grpcNames,
  languages,
  messageKinds,
  namespaceInfo,
  namespaces,
  retryPolicies,
  sdkLanguages,
  vendorSlugs,
  type Namespace,
} from './vocabulary';

/**
 * The one declaration of the catalog's data shapes. `src/content.config.ts` hands these to Astro's content
 * collections, the integrity test and the scripts use them directly, so the build and the tests can never disagree.
 */

/** An https URL; the catalog never cites a plain-http source. */
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

/** A calendar date written `YYYY-MM-DD`, kept as a string (YAML would otherwise turn it into a Date). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD (quote it in YAML)');

/** One message text the vendor documents for an error, exactly as written. */
export const messageSchema = z
  .strictObject({
    /** The message verbatim: case, punctuation, spacing and the vendor's placeholders kept. */
    text: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(2000)
      .describe('The message exactly as the vendor writes it.'),
    /** Language of `text`. */
    lang: z.enum(languages).default('en').describe('Language of the message text.'),
    /** `printed` (the default) or `description`: see `messageKinds` in `vocabulary.ts`. */
    kind: z
      .enum(messageKinds)
      .default('printed')
      .describe('printed (what the API or client prints) | description (the SDK describing the error, not printed)'),
    /** Where this message applies: request type, endpoint, operation or source section. */
    contexts: z
      .array(z.string().min(1).max(300))
      .default([])
      .describe('Where the message applies, e.g. "unscripted requests", "acquire", "short-sentence recognition".'),
    /** Placeholders exactly as the vendor marks them in `text` (`{token}`, `'xxx'`, `[xxx]`, `...`). */
    placeholders: z
      .array(z.string().min(1))
      .default([])
      .describe('Substrings of text that stand for a value the API fills in, as the vendor wrote them.'),
    /** English translation, required when `lang` is not English. */
    translation: z.string().min(1).max(2000).optional().describe('English translation, required when lang is not en.'),
    /**
     * The file or page this text was read at, when it is not the entry's `source` (an SDK whose enum is documented
     * in one file and its messages thrown in another); read on the entry's `retrieved` date.
     */
    source: httpsUrl.optional().describe("Where this message was read, if not at the entry's source."),
    /** What is printed in the API's responses when it differs from the documentation's transcription. */
    printed: z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .describe('The message as the API really prints it, when the source document garbles it.'),
  })
  .superRefine((m, ctx) => {
    if (m.lang !== 'en' && !m.translation) {
      ctx.addIssue({ code: 'custom', path: ['translation'], message: `required because lang is "${m.lang}"` });
    }
    for (const [i, p] of m.placeholders.entries()) {
      if (!m.text.includes(p)) {
        ctx.addIssue({ code: 'custom', path: ['placeholders', i], message: `"${p}" does not occur in text` });
      }
    }
  });
export type Message = z.output<typeof messageSchema>;

/** The vendor's retry advice for one error. */
export const retrySchema = z.strictObject({
  /** The policy, from the closed list in `vocabulary.ts`. */
  policy: z.enum(retryPolicies).describe('do-not-retry | fix-and-retry | backoff | wait | not-an-error'),
  /** The vendor's own specifics, in our words (delays, caps, headers). */
  details: z.string().min(1).max(2000).optional().describe("The vendor's own retry specifics, in our words."),
  /** Fixed delays the vendor prescribes, in seconds, in order. */
  delaysSeconds: z.array(z.number().positive()).optional().describe('Fixed delays in seconds, in order.'),
  /** Upper bound on retries the vendor prescribes. */
  maxRetries: z.number().int().positive().optional().describe('Maximum number of retries the vendor allows.'),
  /** Where the response states how long to wait: a header (`Retry-After`) or a body field (`retry_after`). */
  delayFrom: z.string().min(1).optional().describe('Header or body field that states the delay.'),
});
export type Retry = z.output<typeof retrySchema>;

/**
 * One example of what a client prints for an error: the response body, the close frame as an SDK logs it, the
 * exception line, the job JSON. The test suite runs every example through the lookup and requires its own entry as
 * the first, exact answer (as rustc runs the example of each error code).
 */
export const exampleSchema = z.strictObject({
  /** What the text is, in a few words: "HTTP response body", "close frame as the JS SDK logs it". */
  label: z.string().min(3).max(80).describe('What the example is, in a few words.'),
  /** `docs` when the vendor's documents show this text verbatim; `constructed` when we built it from the documented shape. */
  source: z
    .enum(exampleSources)
    .describe('docs (verbatim from the vendor) | constructed (built from the documented shape)'),
  /** The text exactly as a client prints or logs it. */
  text: z
    .string()
    .trim()
    .min(2, 'must not be empty')
    .max(16000, 'is longer than 16,000 characters: keep the part a client prints for this error')
    // Spaces at line ends are invisible in a log and would only be trailing whitespace in the page's <pre>.
    .overwrite((t) => t.replace(/[ \t]+$/gm, ''))
    .describe('The text as a client prints it.'),
});
export type Example = z.output<typeof exampleSchema>;

/** One SDK language an `sdk` entry exists in, and the enum value there when it has one. */
export const sdkBindingSchema = z.strictObject({
  /** The SDK's language, from the closed list in `vocabulary.ts`. */
  language: z.enum(sdkLanguages).describe('SDK language.'),
  /** The package as installed: "npm @deepgram/sdk", "PyPI deepgram-sdk". */
  package: z.string().min(2).optional().describe('The package, with its registry.'),
  /** The SDK versions the name or value applies to: "v4", "v5 and later". */
  versions: z.string().min(1).optional().describe('SDK versions this applies to.'),
  /** The enum's value in this language (numeric or string), exactly as the SDK declares it; absent for a class. */
  value: z.string().min(1).optional().describe('Enum value in this language, as declared (quote numbers).'),
});
export type SdkBinding = z.output<typeof sdkBindingSchema>;

/** The body or frame field that carries an identifier, e.g. `err_code`, `error_code`, `type`, `status`. */
const fieldName = z.string().min(1).max(60).describe('Body or frame field that carries the identifier.');

const namespaceList = namespaces.join('|');

/** The fields every entry has, whatever its namespace. */
const entryFields = {
  /**
   * The identifier exactly as the vendor writes it (always a string: quote numbers in YAML), spaces and case kept.
   * The file name is this code when it is URL-safe, else its slug; `--<qualifier>` tells apart several errors that
   * share one identifier (see `entrySlugProblem` in `integrity.ts`). For `message` entries, which have no vendor
   * code, it is the permanent slug we minted and equals the file name.
   */
  code: z.string().trim().min(1).max(200).describe('Identifier exactly as the vendor writes it.'),
  /** Short, plain-English title, e.g. "Session token is invalid". */
  title: z.string().min(3).max(90).describe('Short plain-English title.'),
  /** Every message the vendor documents for this identifier. */
  messages: z.array(messageSchema).min(1, 'needs at least one message').max(100).describe('Verbatim messages.'),
  /** The HTTP status that carries this error, where the vendor says. */
  httpStatus: z.number().int().min(100).max(599).optional().describe('HTTP status, where known.'),
  /** Row of the cross-vendor comparison, from `categories.ts`. */
  category: z.enum(categoryIds).describe('Category id from src/lib/categories.ts.'),
  /** What happened and why, in our own words. Plain text; blank lines separate paragraphs. */
  cause: z
    .string()
    .min(21, 'must say what happened in more than 20 characters')
    .max(3000)
    .describe('What happened and why, in our own words.'),
  /** What to do about it, in our own words. Plain text; blank lines separate paragraphs. */
  fix: z
    .string()
    .min(21, 'must say what to do in more than 20 characters')
    .max(3000)
    .describe('What to do, in our own words.'),
  /** Retry advice. */
  retry: retrySchema,
  /** Who must act. */
  who: z.enum(actors).describe('end-user | integrator | account-owner | vendor'),
  /** Ids (`<vendor>/<namespace>/<slug>`) of entries describing the same situation. */
  related: z
    .array(z.string().regex(new RegExp(`^[a-z0-9-]+/(${namespaceList})/[^/]+$`), 'must be <vendor>/<namespace>/<slug>'))
    .default([]),
  /** Where the vendor's documentation is inconsistent or surprising, in our words. */
  notes: z.string().min(1).max(4000).optional().describe("Inconsistencies in the vendor's documentation."),
  /** Section of the source document the entry was transcribed from. */
  section: z.string().min(1).max(300).describe('Section or table of the source document.'),
  /** A more precise source than the vendor's error reference, if any. */
  source: httpsUrl.optional().describe("Source URL if it differs from the vendor's reference."),
  /** When `source` was read, if not on the vendor reference's retrieval date. */
  retrieved: isoDate.optional().describe('Date the source was read, if not the vendor reference date (YYYY-MM-DD).'),
  /** Which of the vendor's APIs, products or generations the entry belongs to: "Universal Streaming v3". */
  api: z.string().min(2).max(80).optional().describe('API, product or generation the entry belongs to.'),
  /** True when it belongs to an older API generation the vendor still documents or serves (not retired). */
  legacy: z.boolean().optional().describe('Belongs to an older API generation the vendor still documents.'),
  /** What a client prints for this error; the first is shown first. */
  examples: z
    .array(exampleSchema)
    .min(1, 'needs at least one example of what a client prints')
    .max(30)
    .describe('What a client prints.'),
  /** Extra search terms: the vendor's original-language wording, common names. */
  aliases: z.array(z.string().min(1).max(200)).max(50).default([]).describe('Extra search terms.'),
  /** True once the vendor has dropped the code; the page stays. */
  retired: z.boolean().default(false).describe('The vendor no longer returns this; the page stays.'),
  /** Date of retirement. */
  retiredSince: isoDate.optional().describe('Date from which the vendor no longer returns the code (YYYY-MM-DD).'),
  /** Id of the entry that replaces a retired one. */
  replacedBy: z.string().optional().describe('Id of the entry that replaces this retired one.'),
  /** Date this entry was last edited, if later than the vendor's retrieval date. */
  updated: isoDate.optional(),
};

/** The namespace tag: never written in the file, filled in from its folder by the loaders (`withNamespace`). */
const tag = <N extends Namespace>(n: N) => z.literal(n).describe(`Namespace: ${namespaceInfo[n].description}`);

const httpCode = z.string().regex(/^[1-5]\d\d$/, 'must be an HTTP status, 100-599');

/** The entry schemas, one per namespace, each checking what its identifiers must look like. */
export const entrySchemas = {
  code: z.strictObject({ ...entryFields, namespace: tag('code'), field: fieldName.optional() }),
  http: z.strictObject({ ...entryFields, namespace: tag('http'), code: httpCode }),
  message: z.strictObject({
    ...entryFields,
    namespace: tag('message'),
    code: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case words joined by "-"'),
  }),
  close: z.strictObject({
    ...entryFields,
    namespace: tag('close'),
    code: z.string().regex(/^[1-4]\d{3}$/, 'must be a WebSocket close code, 1000-4999'),
  }),
  event: z.strictObject({
    ...entryFields,
    namespace: tag('event'),
    /** The frame's type or message name that carries the error: "Error", "ConfigureFailure", "error". */
    frame: z.string().min(1).describe('Type or name of the frame that carries the error.'),
    field: fieldName.optional(),
  }),
  sdk: z.strictObject({
    ...entryFields,
    namespace: tag('sdk'),
    /** Every SDK language the name exists in, with its value there; one per language. */
    sdks: z.array(sdkBindingSchema).min(1, 'name at least one SDK language').describe('SDK languages and values.'),
  }),
  job: z.strictObject({
    ...entryFields,
    namespace: tag('job'),
    /** The field holding the failure reason beside the status: "error", "failure_reason". */
    field: fieldName.optional(),
  }),
  grpc: z.strictObject({
    ...entryFields,
    namespace: tag('grpc'),
    code: z.enum(grpcNames, { error: `must be a gRPC status name (${grpcNames.join(', ')})` }),
  }),
} as const satisfies Record<Namespace, z.ZodObject>;

/**
 * One catalog entry: `content/errors/<vendor>/<namespace>/<slug>.yaml`, a union tagged by its namespace. The
 * cross-field rules (an http entry's status, sdk languages listed once) are checked here; the rules that need the
 * whole catalog (file names, related ids) are in `integrity.ts`.
 */
export const errorSchema = z
  .discriminatedUnion('namespace', [
    entrySchemas.code,
    entrySchemas.http,
    entrySchemas.message,
    entrySchemas.close,
    entrySchemas.event,
    entrySchemas.sdk,
    entrySchemas.job,
    entrySchemas.grpc,
  ])
  .superRefine((e, ctx) => {
    if (e.namespace === 'http' && e.httpStatus !== undefined && String(e.httpStatus) !== e.code) {
      ctx.addIssue({
        code: 'custom',
        path: ['httpStatus'],
        message: `${e.httpStatus} differs from the code "${e.code}"`,
      });
    }
    if (e.namespace === 'sdk') {
      const seen = new Set<string>();
      for (const [i, b] of e.sdks.entries()) {
        if (seen.has(b.language))
          ctx.addIssue({ code: 'custom', path: ['sdks', i, 'language'], message: `${b.language} is listed twice` });
        seen.add(b.language);
      }
    }
  });
export type ErrorRecord = z.output<typeof errorSchema>;

/** An entry's data as read from its file, with the namespace its folder names (files never repeat it). */
export const withNamespace = (data: unknown, namespace: string): unknown =>
  data && typeof data === 'object' && !Array.isArray(data) ? { ...data, namespace } : data;

/** One example of an error response envelope. */
export const envelopeSchema = z.strictObject({
  /** Short name, e.g. "code and reason". */
  name: z.string().min(1),
  /** When this shape is used and what its fields mean, in our words. */
  description: z.string().min(1),
  /** One real-looking example body, as text. */
  example: z.string().min(2),
});

/** A regular expression written as text; it must compile, and stays short enough to read. */
const regexText = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (text) => {
      try {
        new RegExp(text, 'u');
        return true;
      } catch {
        return false;
      }
    },
    { error: 'must be a valid regular expression (JavaScript syntax, u flag)' },
  );

const headerName = z.string().regex(/^[a-z0-9-]+$/, 'must be a lower-case header name');

/** Why a signature points to the vendor, shown in search results after "the text points to <vendor> (…)". */
const evidenceWhy = z.string().min(5).max(120).describe('Why this points to the vendor, for result reasons.');

/**
 * What marks a pasted error as this vendor's, compiled into the lookup index (`src/lib/lookup/evidence.ts` does
 * the generic matching). Weights: 6 is as good as naming the vendor, 4 a signature no other vendor uses, 1-2 a
 * hint that counts only together with something else. A body signature declared by several vendors counts for none.
 */
export const evidenceSchema = z.strictObject({
  /** API host names, matched against the hosts of URLs in the paste (weight 6). */
  hosts: z
    .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a lower-case host name'))
    .default([])
    .describe('API host names (weight 6).'),
  /** Response or request header names, lower-case: a name only this vendor uses (weight 4), or a weaker hint. */
  headers: z
    .array(
      z.union([
        headerName,
        z.strictObject({ name: headerName, weight: z.number().int().min(1).max(6), why: evidenceWhy.optional() }),
      ]),
    )
    .default([])
    .describe('Header names only this vendor uses (weight 4), or {name, weight} for a weaker hint.'),
  /** JSON body signatures: keys that must all be present (a dotted key is a path), value patterns, absent keys. */
  envelopes: z
    .array(
      z.strictObject({
        keys: z.array(z.string().regex(/^[a-z0-9_.-]+$/, 'must be a lower-case key or dotted path')).min(1),
        values: z.record(z.string(), regexText).optional().describe('Key -> pattern its value must match.'),
        absent: z.array(z.string().min(1)).optional().describe('Keys that must not be present.'),
        weight: z.number().int().min(1).max(6).default(4),
        why: evidenceWhy,
      }),
    )
    .default([]),
  /** Text conventions: a pattern over the whole paste (weight 2 unless said). */
  patterns: z
    .array(z.strictObject({ pattern: regexText, weight: z.number().int().min(1).max(6).default(2), why: evidenceWhy }))
    .default([]),
});
export type Evidence = z.output<typeof evidenceSchema>;

/** Front matter of `content/vendors/<vendor>.md`. */
export const vendorSchema = z.strictObject({
  /** Display name of the API, e.g. "Agora Real-Time STT". */
  name: z.string().min(2).describe('Display name of the API.'),
  /** What the product does, in a phrase. */
  product: z.string().min(2).describe('What the product does, in a phrase.'),
  /** The company behind it. */
  company: z.string().min(2),
  /** The vendor's home page. */
  homepage: httpsUrl,
  /** The error reference page the entries were transcribed from. */
  reference: httpsUrl.describe('URL of the error reference the entries were transcribed from.'),
  /** When the reference was retrieved. */
  retrieved: isoDate,
  /** Language of the reference. */
  language: z.enum(languages),
  /** Other names people use for the vendor or product (for search and for the 404 page). */
  aliases: z.array(z.string().min(1)).default([]),
  /** How requests authenticate, in our words. */
  auth: z.string().min(10),
  /** What marks a pasted error as this vendor's, for the lookup. */
  evidence: evidenceSchema.default({ hosts: [], headers: [], envelopes: [], patterns: [] }),
  /**
   * Where a failed call's id for the vendor's support is found, as the vendor's documents name it: a response header
   * (`dg-request-id`) and/or a body or frame field (`request_id`, `sid`). The ticket text names it in its request-id
   * blank, so the agent knows what to ask the customer for. Only set where the vendor says so.
   */
  requestId: z
    .strictObject({
      header: z
        .string()
        .regex(/^[A-Za-z0-9-]+$/, 'must be a header name')
        .optional()
        .describe('Response header that carries the id.'),
      field: z
        .string()
        .regex(/^[A-Za-z0-9_.]+$/, 'must be a field name or dotted path')
        .optional()
        .describe('Body or frame field that carries the id.'),
    })
    .refine((r) => r.header || r.field, { error: 'needs a header or a field' })
    .optional()
    .describe("Where the id to quote to the vendor's support is found: a response header, a body field, or both."),
  /** How errors reach the client. */
  errors: z.strictObject({
    /** What the HTTP status means at this vendor. */
    http: z.string().min(10),
    /** WebSocket behaviour, if the API streams. */
    websocket: z.string().min(10).optional(),
    /** SDK behaviour, if relevant. */
    sdk: z.string().min(10).optional(),
    /** The JSON envelope shapes, each with an example. */
    envelopes: z.array(envelopeSchema).min(1),
  }),
});
export type VendorRecord = z.output<typeof vendorSchema>;

/**
 * The published form of an entry: `/errors/<vendor>/<namespace>/<code>.json` and each item of `/catalog.json`.
 * The record as validated (defaults filled in) plus where it lives. `catalog.schema.json` is generated from these
 * declarations, so the download and its schema cannot drift from the content schema.
 */
const publishedFields = {
  /** `<vendor>/<namespace>/<slug>`: the entry's path, unique in the catalog. */
  id: z.string().min(5).describe('<vendor>/<namespace>/<slug>, the path of the entry.'),
  /** Vendor slug, the first segment of the id. */
  vendor: z.enum(vendorSlugs).describe('Vendor slug.'),
  /** The canonical page; permanent, so it also serves as an RFC 9457 problem `type`. */
  url: z.url().describe('Canonical URL of the entry page; permanent, usable as an RFC 9457 problem type.'),
  /** This entry as JSON. */
  json: z.url().describe('URL of this entry as JSON.'),
  /** This entry's page as Markdown. */
  markdown: z.url().describe('URL of this entry as Markdown.'),
  /** The source actually cited: the entry's own source, else the vendor's error reference. */
  sourceUrl: httpsUrl.describe('The document the entry was transcribed from.'),
  /** Last change: the entry's edit date, else the retrieval date of its source. */
  dateModified: isoDate.describe('Date of the last edit, else of the retrieval of the source (YYYY-MM-DD).'),
};

export const publishedEntrySchema = z.discriminatedUnion('namespace', [
  entrySchemas.code.extend(publishedFields),
  entrySchemas.http.extend(publishedFields),
  entrySchemas.message.extend(publishedFields),
  entrySchemas.close.extend(publishedFields),
  entrySchemas.event.extend(publishedFields),
  entrySchemas.sdk.extend(publishedFields),
  entrySchemas.job.extend(publishedFields),
  entrySchemas.grpc.extend(publishedFields),
]);
export type PublishedEntry = z.output<typeof publishedEntrySchema>;

/** A vendor as listed in `/catalog.json`; `/vendors/<vendor>.json` adds the vendor's entries. */
export const publishedVendorSchema = vendorSchema.extend({
  /** The vendor slug used in every URL. */
  slug: z.enum(vendorSlugs).describe('Vendor slug used in every URL.'),
  /** The vendor's page in the catalog. */
  url: z.url().describe('URL of the vendor page.'),
  /** The vendor as JSON, with its entries. */
  json: z.url().describe('URL of the vendor as JSON.'),
  /** Number of entries of this vendor. */
  count: z.number().int().nonnegative().describe('Number of entries.'),
});
export type PublishedVendor = z.output<typeof publishedVendorSchema>;

/** `/catalog.json`: the whole catalog in one download. */
export const catalogDocumentSchema = z.object({
  /** URL of the JSON Schema this document follows (`/catalog.schema.json`). */
  $schema: z.url().describe('URL of the JSON Schema of this document.'),
  /** Base URL of the site the URLs point into. */
  site: z.url().describe('Base URL of the site.'),
  /** Latest `dateModified` of any entry. */
  dateModified: isoDate.describe('Latest dateModified of any entry.'),
  /** Number of entries, equal to `entries.length`. */
  count: z.number().int().nonnegative().describe('Number of entries.'),
  /** Under what terms the data may be reused (content/LICENSE.md). */
  license: z
    .object({
      data: z.string().describe('SPDX id of the licence of the catalog text and structure.'),
      url: z.url().describe('The licence text.'),
      identifiers: z.string().describe('The position on the vendor identifiers and messages quoted verbatim.'),
    })
    .describe('Licence of the data.'),
  /** Every vendor. */
  vendors: z.array(publishedVendorSchema).describe('Every vendor, by slug.'),
  /** Every entry, retired ones included (with `retired: true`). */
  entries: z.array(publishedEntrySchema).describe('Every entry in display order, retired ones included.'),
});
export type CatalogDocument = z.output<typeof catalogDocumentSchema>;

/** `/vendors/<vendor>.json`: one vendor and a short line per entry, each pointing at the entry's full JSON. */
export const vendorDocumentSchema = publishedVendorSchema.extend({
  /** The vendor's entries in display order, retired ones included. */
  entries: z
    .array(
      z.object({
        id: publishedFields.id,
        code: entryFields.code,
        namespace: z
          .enum(namespaces)
          .describe('Where the identifier comes from (see the namespaces of /catalog.schema.json).'),
        title: entryFields.title,
        httpStatus: entryFields.httpStatus,
        category: entryFields.category,
        retired: entryFields.retired,
        url: publishedFields.url,
        json: publishedFields.json,
        markdown: publishedFields.markdown,
      }),
    )
    .describe("The vendor's entries in display order; fetch `json` for the full record."),
});
export type VendorDocument = z.output<typeof vendorDocumentSchema>;
