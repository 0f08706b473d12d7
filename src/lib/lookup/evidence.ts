import type { Extracted } from './extract';
import type { Field } from './fields';
import { containsPhrase, normalize } from './normalize';
import type { IndexedVendor } from './types';

/**
 * Which vendor a paste comes from. Names and hosts are the strongest signal; after them the envelope: each vendor
 * wraps errors in its own JSON shape (see the `envelopes` of content/vendors/*.md), which is what separates
 * Scriptix's UNSUPPORTED_FORMAT from Amplifier Health's.
 */

export interface VendorEvidence {
  /** Evidence weight per vendor slug (0 when none). */
  scores: Map<string, number>;
  /** Why, per vendor, for result reasons. */
  reasons: Map<string, string[]>;
  /** Vendors named in the text or by a host. */
  named: Set<string>;
  /** A speech vendor outside the catalog that the text names, if any. */
  foreign?: string;
}

interface Shape {
  vendor: string;
  weight: number;
  why: string;
  test: (x: Extracted, has: (key: string) => Field | undefined) => boolean;
}

const upperCode = (f: Field | undefined) => !!f && f.kind !== 'number' && /^[A-Z][A-Z0-9_]+$/.test(f.value);
const numeric = (f: Field | undefined) => !!f && /^-?\d+$/.test(f.value);

const SHAPES: readonly Shape[] = [
  { vendor: 'alibaba-nls', weight: 4, why: 'the body has a status_text field (NLS event header)', test: (_, has) => !!has('status_text') },
  { vendor: 'alibaba-nls', weight: 3, why: 'the body has an NLS header with a status', test: (x) => x.fields.some((f) => f.path === 'header.status') },
  { vendor: 'alibaba-nls', weight: 3, why: 'the body has task_id, result and an eight-digit status', test: (_, has) => !!has('task_id') && /^\d{8}$/.test(has('status')?.value ?? '') },
  { vendor: 'alibaba-nls', weight: 4, why: 'the X-NLS-Token header', test: (x) => x.headers.includes('x-nls-token') },
  { vendor: 'alibaba-nls', weight: 3, why: 'a Layer:REASON: status text', test: (x) => /\b(?:Gateway|Meta|Realtime):[A-Z_]{3,}:/.test(x.text) },
  { vendor: 'alibaba-nls', weight: 2, why: 'a TaskFailed event', test: (x) => /\bTaskFailed\b/.test(x.text) },
  { vendor: 'agora-stt', weight: 4, why: 'the body has a numeric code and a reason (Agora envelope)', test: (_, has) => numeric(has('code')) && !!has('reason') },
  { vendor: 'agora-stt', weight: 2, why: 'Agora task vocabulary (tokenName, builderToken, resourceId)', test: (x) => /\b(?:tokenName|builderToken|buildToken|resourceId)\b/.test(x.text) },
  { vendor: 'scriptix', weight: 4, why: 'the body has an error_code field (Scriptix envelope)', test: (_, has) => !!has('error_code') },
  { vendor: 'scriptix', weight: 2, why: 'the body has a retry_after field', test: (_, has) => !!has('retry_after') },
  { vendor: 'scriptix', weight: 1, why: 'the body has error and message fields', test: (_, has) => !!has('error') && !!has('message') && !has('code') },
  { vendor: 'scriptix', weight: 1, why: 'an X-Request-ID header', test: (x) => x.headers.includes('x-request-id') },
  { vendor: 'amplifier-health', weight: 4, why: 'the body has code, message and a numeric status (Amplifier Health envelope)', test: (_, has) => upperCode(has('code')) && numeric(has('status')) && !!has('message') },
  { vendor: 'amplifier-health', weight: 4, why: 'an X-Account-ID, X-API-Key or X-Secret-Key header', test: (x) => x.headers.some((h) => ['x-account-id', 'x-api-key', 'x-secret-key'].includes(h)) },
  { vendor: 'amplifier-health', weight: 1, why: 'the body has an upper-case code beside its message', test: (_, has) => upperCode(has('code')) && !!has('message') && !has('error_code') },
];

/** Speech APIs outside the catalog: text naming one of them is not about a catalog vendor's error. */
const FOREIGN = [
  'deepgram', 'assemblyai', 'assembly ai', 'speechmatics', 'azure', 'microsoft', 'cognitive services', 'google',
  'gcp', 'dialogflow', 'amazon', 'aws', 'openai', 'whisper', 'rev ai', 'revai', 'ibm', 'watson',
  'nuance', 'iflytek', 'xfyun', 'baidu', 'tencent', 'volcengine', 'huawei', 'soniox', 'gladia', 'elevenlabs',
  'twilio', 'vosk', '讯飞', '百度', '腾讯', '火山引擎', '华为',
].map(normalize);

export function vendorEvidence(x: Extracted, vendors: readonly IndexedVendor[]): VendorEvidence {
  const scores = new Map<string, number>();
  const reasons = new Map<string, string[]>();
  const named = new Set<string>();
  const add = (vendor: string, weight: number, why: string) => {
    scores.set(vendor, (scores.get(vendor) ?? 0) + weight);
    reasons.set(vendor, [...(reasons.get(vendor) ?? []), why]);
  };
  const text = x.cleaned;
  for (const v of vendors) {
    const term = v.terms.find((t) => containsPhrase(text, t));
    if (term) {
      add(v.slug, 6, `the text names ${v.name}`);
      named.add(v.slug);
      continue;
    }
    const hostTerm = v.terms.find((t) => t.length >= 4 && !t.includes(' ') && x.hosts.some((h) => h.includes(t)));
    if (hostTerm) {
      add(v.slug, 6, `the URL is ${v.name}'s`);
      named.add(v.slug);
    }
  }
  const byKey = new Map<string, Field>();
  for (const f of x.fields) if (!byKey.has(f.key)) byKey.set(f.key, f);
  const has = (key: string) => byKey.get(key);
  for (const shape of SHAPES) if (shape.test(x, has)) add(shape.vendor, shape.weight, shape.why);
  const hostText = normalize(x.hosts.join(' '));
  const foreign = FOREIGN.find((f) => containsPhrase(text, f) || containsPhrase(hostText, f));
  return { scores, reasons, named, ...(foreign ? { foreign } : {}) };
}

/** The vendor the evidence points to: the highest score, if it is at least 2 and not tied. */
export function leadingVendor(ev: VendorEvidence): string | undefined {
  const ranked = [...ev.scores.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 2 || (second && second[1] === top[1])) return undefined;
  return top[0];
}
