import type { Extracted } from './extract';
import type { Field } from './fields';
import { normalize } from './normalize';

/**
 * What each catalog vendor's errors look like on the wire, as evidence of the vendor. Taken from the `envelopes`,
 * `auth` and `errors` sections of content/vendors/*.md: the body's keys, the headers and the text conventions.
 * Weights: 4 is as good as naming the vendor, 1 is a hint that only counts together with something else.
 */

export interface Shape {
  vendor: string;
  weight: number;
  /** Shown in result reasons, after "the text points to <vendor> (…)". */
  why: string;
  test: (x: Extracted, has: (key: string) => Field | undefined) => boolean;
}

const upperCode = (f: Field | undefined) => !!f && f.kind !== 'number' && /^[A-Z][A-Z0-9_]+$/.test(f.value);
const numeric = (f: Field | undefined) => !!f && /^-?\d+$/.test(f.value);
const shape = (vendor: string, weight: number, why: string, test: Shape['test']): Shape => ({
  vendor,
  weight,
  why,
  test,
});

export const shapes: readonly Shape[] = [
  shape('alibaba-nls', 4, 'the body has a status_text field (NLS event header)', (_, has) => !!has('status_text')),
  shape('alibaba-nls', 3, 'the body has an NLS header with a status', (x) =>
    x.fields.some((f) => f.path === 'header.status'),
  ),
  shape(
    'alibaba-nls',
    3,
    'the body has task_id, result and an eight-digit status',
    (_, has) => !!has('task_id') && /^\d{8}$/.test(has('status')?.value ?? ''),
  ),
  shape('alibaba-nls', 4, 'the X-NLS-Token header', (x) => x.headers.includes('x-nls-token')),
  shape('alibaba-nls', 3, 'a Layer:REASON: status text', (x) => /\b(?:Gateway|Meta|Realtime):[A-Z_]{3,}:/.test(x.text)),
  shape('alibaba-nls', 2, 'a TaskFailed event', (x) => /\bTaskFailed\b/.test(x.text)),
  shape(
    'agora-stt',
    4,
    'the body has a numeric code and a reason (Agora envelope)',
    (_, has) => numeric(has('code')) && !!has('reason'),
  ),
  shape('agora-stt', 2, 'Agora task vocabulary (tokenName, builderToken, resourceId)', (x) =>
    /\b(?:tokenName|builderToken|buildToken|resourceId)\b/.test(x.text),
  ),
  shape('scriptix', 4, 'the body has an error_code field (Scriptix envelope)', (_, has) => !!has('error_code')),
  shape('scriptix', 2, 'the body has a retry_after field', (_, has) => !!has('retry_after')),
  shape(
    'scriptix',
    1,
    'the body has error and message fields',
    (_, has) => !!has('error') && !!has('message') && !has('code'),
  ),
  shape('scriptix', 1, 'an X-Request-ID header', (x) => x.headers.includes('x-request-id')),
  shape(
    'amplifier-health',
    4,
    'the body has code, message and a numeric status (Amplifier Health envelope)',
    (_, has) => upperCode(has('code')) && numeric(has('status')) && !!has('message'),
  ),
  shape('amplifier-health', 4, 'an X-Account-ID, X-API-Key or X-Secret-Key header', (x) =>
    x.headers.some((h) => ['x-account-id', 'x-api-key', 'x-secret-key'].includes(h)),
  ),
  shape(
    'amplifier-health',
    1,
    'the body has an upper-case code beside its message',
    (_, has) => upperCode(has('code')) && !!has('message') && !has('error_code'),
  ),
];

/** Speech APIs outside the catalog: text naming one of them is not about a catalog vendor's error. */
export const foreignVendors: readonly string[] = [
  'deepgram',
  'assemblyai',
  'assembly ai',
  'speechmatics',
  'azure',
  'microsoft',
  'cognitive services',
  'google',
  'gcp',
  'dialogflow',
  'amazon',
  'aws',
  'openai',
  'whisper',
  'rev ai',
  'revai',
  'ibm',
  'watson',
  'nuance',
  'iflytek',
  'xfyun',
  'baidu',
  'tencent',
  'volcengine',
  'huawei',
  'soniox',
  'gladia',
  'elevenlabs',
  'twilio',
  'vosk',
  '讯飞',
  '百度',
  '腾讯',
  '火山引擎',
  '华为',
].map(normalize);
