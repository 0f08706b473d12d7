/**
 * The closed vocabularies of the catalog. Everything that becomes a `z.enum` in the schema, a URL segment or a
 * filter value is declared here once, so a typo anywhere fails the build instead of making a new, empty bucket.
 */

/**
 * Vendor slugs. They appear in every URL (`/errors/<vendor>/…`, `/vendors/<vendor>/`), so they are permanent:
 * add new ones, never rename or remove one.
 */
export const vendorSlugs = [
  'elsa-speak',
  'agora-stt',
  'scriptix',
  'amplifier-health',
  'alibaba-nls',
  'deepgram',
  'assemblyai',
  'revai',
  'soniox',
  'elevenlabs',
  'gladia',
  'openai-audio',
  'speechmatics',
  'google-stt',
  'aws-transcribe',
  'azure-speech',
  'ibm-stt',
  'iflytek',
  'volcengine-asr',
  'baidu-asr',
  'tencent-asr',
] as const;
export type VendorSlug = (typeof vendorSlugs)[number];

/**
 * Vendors of a generated catalog (`scripts/generate-catalog.ts`, for the scale benchmark) are named `synth-001`,
 * `synth-002`, …. Listing a hundred invented slugs in `vendorSlugs` would publish them, and dropping the closed list
 * would let a typo in a real folder name become a new vendor. So the synthetic names are accepted only while
 * `CATALOG_CONTENT` points the build at another content root, and only in this exact shape: the real catalog keeps
 * failing on any slug not declared above. (Read through globalThis so that the browser bundle, which has no
 * `process`, simply sees the real list.)
 */
export const syntheticVendor = /^synth-\d{3}$/;

function generatedCatalog(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return Boolean(env?.CATALOG_CONTENT);
}

/** Whether a slug names a vendor: declared in `vendorSlugs`, or synthetic while a generated catalog is built. */
export function isVendorSlug(slug: string): slug is VendorSlug {
  return (vendorSlugs as readonly string[]).includes(slug) || (generatedCatalog() && syntheticVendor.test(slug));
}

/**
 * Where an identifier comes from: the surface the vendor reports the error on. The namespace is the middle segment
 * of `/errors/<vendor>/<namespace>/<slug>/` and the tag of the entry schema's union (`src/lib/schema.ts`), so each
 * namespace checks what its identifiers must look like. Append new namespaces; never rename one (they are in URLs).
 */
export const namespaces = ['code', 'http', 'message', 'close', 'event', 'sdk', 'job', 'grpc'] as const;
export type Namespace = (typeof namespaces)[number];

export const namespaceInfo: Record<Namespace, { title: string; description: string; label: string }> = {
  code: {
    title: 'Error codes',
    label: 'Error code',
    description: "The vendor's own identifier in a response body: an err_code, error_code, category or status value.",
  },
  http: {
    title: 'HTTP statuses',
    label: 'HTTP status',
    description: 'An HTTP status code, with the meaning this vendor documents for it.',
  },
  message: {
    title: 'Errors known only by their message',
    label: 'Message only',
    description: 'The vendor documents these by message text alone; the URL segment is a permanent slug we minted.',
  },
  close: {
    title: 'WebSocket close codes',
    label: 'WebSocket close code',
    description: 'The status code of a WebSocket close frame (1000-4999), with the reason texts the vendor sends.',
  },
  event: {
    title: 'Streaming error frames',
    label: 'Streaming error frame',
    description: 'An error message sent in-band on a streaming connection, identified by its code or type value.',
  },
  sdk: {
    title: 'SDK errors and exceptions',
    label: 'SDK error',
    description: "An error enum member or exception class of the vendor's SDKs; values can differ between languages.",
  },
  job: {
    title: 'Job failures',
    label: 'Job failure',
    description: 'The status of a failed asynchronous job, with the failure reason the job reports.',
  },
  grpc: {
    title: 'gRPC statuses',
    label: 'gRPC status',
    description: 'A canonical gRPC status (google.rpc.Code), with the meaning this vendor documents for it.',
  },
};

/** Languages of the vendors' SDKs, for `sdk` entries (whose values can differ per language). */
export const sdkLanguages = [
  'javascript',
  'python',
  'dotnet',
  'java',
  'cpp',
  'c',
  'go',
  'swift',
  'objective-c',
  'kotlin',
  'ruby',
  'php',
  'rust',
] as const;
export type SdkLanguage = (typeof sdkLanguages)[number];

export const sdkLanguageNames: Record<SdkLanguage, string> = {
  javascript: 'JavaScript',
  python: 'Python',
  dotnet: '.NET (C#)',
  java: 'Java',
  cpp: 'C++',
  c: 'C',
  go: 'Go',
  swift: 'Swift',
  'objective-c': 'Objective-C',
  kotlin: 'Kotlin',
  ruby: 'Ruby',
  php: 'PHP',
  rust: 'Rust',
};

/** The canonical gRPC status codes (google.rpc.Code) by name, for `grpc` entries. */
export const grpcCodes = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;
export type GrpcCode = keyof typeof grpcCodes;
export const grpcNames = Object.keys(grpcCodes) as [GrpcCode, ...GrpcCode[]];

/** Where an example of an entry comes from: verbatim from the vendor's documents, or built from the documented shape. */
export const exampleSources = ['docs', 'constructed'] as const;
export type ExampleSource = (typeof exampleSources)[number];

/** What a client should do about retrying. Each entry may add the vendor's own specifics. */
export const retryPolicies = ['do-not-retry', 'fix-and-retry', 'backoff', 'wait', 'not-an-error'] as const;
export type RetryPolicy = (typeof retryPolicies)[number];

export const retryPolicyInfo: Record<RetryPolicy, { title: string; advice: string }> = {
  'do-not-retry': {
    title: 'Do not retry',
    advice: 'Repeating the same call cannot succeed; something outside the request has to change first.',
  },
  'fix-and-retry': {
    title: 'Retry after fixing the request',
    advice: 'Correct the request (parameters, audio, credentials) and send it again.',
  },
  backoff: {
    title: 'Retry with backoff',
    advice: 'The failure is usually temporary: retry the same request with growing delays and a cap on attempts.',
  },
  wait: {
    title: 'Wait for the stated delay',
    advice: 'The service says when to come back (a header, a field or a fixed delay): wait that long, then retry.',
  },
  'not-an-error': {
    title: 'Not an error',
    advice: 'This is a success or informational status; there is nothing to retry.',
  },
};

/** Who has to act to resolve the error. */
export const actors = ['end-user', 'integrator', 'account-owner', 'vendor'] as const;
export type Actor = (typeof actors)[number];

export const actorInfo: Record<Actor, { title: string; description: string }> = {
  'end-user': {
    title: 'End user',
    description: 'The person using the app (speak again, re-record, check the microphone).',
  },
  integrator: { title: 'Integrator', description: 'The developer whose code calls the API.' },
  'account-owner': {
    title: 'Account owner',
    description: 'Whoever manages the vendor account, plan, billing and keys.',
  },
  vendor: { title: 'Vendor', description: "The API provider: the fault is on the vendor's side." },
};

/** Languages in which vendors write messages and documentation. */
/**
 * What a message text is. `printed`: what the API sends or a client prints. `description`: the SDK's own words about
 * the error (a class docstring, a code comment), quoted because the source documents no printed text; a reader must
 * not expect to see it in a log, so pages label it and the lookup does not match pasted text against it.
 */
export const messageKinds = ['printed', 'description'] as const;
export type MessageKind = (typeof messageKinds)[number];

export const languages = ['en', 'zh'] as const;
export type Language = (typeof languages)[number];

export const languageNames: Record<Language, string> = { en: 'English', zh: 'Chinese' };
