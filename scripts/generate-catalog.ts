import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { categories } from '../src/lib/categories';
import { actors, retryPolicies } from '../src/lib/vocabulary';

/**
 * Writes a synthetic catalog of N vendors × M codes for the scale benchmark (`npm run bench:scale`), shaped like the
 * real one: every namespace, lengths like the hand-written entries, about a tenth of the messages in Chinese with a
 * translation, templates with placeholders, messages shared by several codes, a few related, aliased and retired
 * entries. Seeded, so the same arguments give the same files. Output goes to a temporary folder and is never
 * committed; build from it with `CATALOG_CONTENT=<folder> npm run build`.
 *
 *   tsx scripts/generate-catalog.ts --codes 10000 [--vendors 100] [--seed 1] [--out /tmp/…]
 */

export interface GenerateOptions {
  codes: number;
  vendors: number;
  seed: number;
  out: string;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = (
  'audio stream session token request task channel recognizer model language sample rate codec format file ' +
  'transcript speaker segment utterance word phrase vocabulary callback webhook quota credit account project key ' +
  'license region endpoint connection socket frame chunk buffer payload header parameter field job queue worker ' +
  'engine grammar dictionary pronunciation score prosody fluency accent voice emotion diarization timestamp'
).split(' ');
const PROBLEMS = (
  'invalid missing expired unsupported malformed rejected exceeded unavailable disabled unknown empty truncated ' +
  'corrupted duplicated forbidden throttled blocked stale mismatched oversized undersized unreadable incomplete'
).split(' ');
const VERBS = 'open start stop update query acquire upload stream recognize score transcribe cancel'.split(' ');
const PLACEHOLDERS = ['{taskId}', '{sessionId}', '{requestId}', '{field}', '{value}', '{limit}', '{error}', '{format}'];
const ZH = [
  ['音频格式不支持', 'The audio format is not supported'],
  ['请求参数无效', 'The request parameter is invalid'],
  ['令牌已过期', 'The token has expired'],
  ['服务内部错误', 'Internal service error'],
  ['并发数超过限制', 'The concurrency limit was exceeded'],
  ['账户余额不足', 'The account balance is insufficient'],
  ['识别超时', 'Recognition timed out'],
  ['采样率不匹配', 'The sample rate does not match'],
  ['连接已断开', 'The connection was closed'],
  ['没有权限访问该资源', 'No permission to access this resource'],
];
const STATUSES = [400, 401, 402, 403, 404, 405, 408, 409, 410, 413, 415, 422, 429, 500, 502, 503, 504];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const q = (s: string) => JSON.stringify(s);

function sentence(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(r, i % 3 === 0 ? PROBLEMS : i % 3 === 1 ? SUBJECTS : VERBS));
  return `${cap(out.join(' '))}.`;
}

function paragraph(r: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(r, 8 + Math.floor(r() * 10))).join(' ');
}

interface Msg {
  text: string;
  lang: 'en' | 'zh';
  translation?: string;
  placeholders: string[];
}

function message(r: () => number, n: number): Msg {
  if (r() < 0.1) {
    const [zh, en] = pick(r, ZH);
    return { text: `${zh}（${n}）`, lang: 'zh', translation: `${en} (${n}).`, placeholders: [] };
  }
  const subject = pick(r, SUBJECTS);
  const problem = pick(r, PROBLEMS);
  const verb = pick(r, VERBS);
  if (r() < 0.3) {
    const ph = pick(r, PLACEHOLDERS);
    return { text: `${cap(verb)} failed: ${subject} ${ph} is ${problem} (ref ${n})`, lang: 'en', placeholders: [ph] };
  }
  return {
    text: `${cap(subject)} ${problem} while trying to ${verb} the ${pick(r, SUBJECTS)} (${n})`,
    lang: 'en',
    placeholders: [],
  };
}

function messageYaml(m: Msg): string {
  return [
    `  - text: ${q(m.text)}`,
    `    lang: ${m.lang}`,
    `    contexts: [${q(pick(rng(m.text.length), VERBS))}]`,
    ...(m.placeholders.length ? [`    placeholders: [${m.placeholders.map(q).join(', ')}]`] : []),
    ...(m.translation ? [`    translation: ${q(m.translation)}`] : []),
  ].join('\n');
}

function vendorFile(i: number, slug: string, r: () => number): string {
  const name = `Synthetic Speech ${i}`;
  return `---
name: ${q(name)}
product: Synthetic speech recognition API number ${i}, generated for the scale benchmark
company: ${q(`Synth ${i} Inc.`)}
homepage: https://synth-${i}.example.com/
reference: https://synth-${i}.example.com/docs/errors
retrieved: "2026-11-23"
language: ${i % 10 === 3 ? 'zh' : 'en'}
aliases: [${q(`synth ${i}`)}, ${q(`${slug} api`)}]
auth: ${q(paragraph(r, 2))}
errors:
  http: ${q(paragraph(r, 3))}
  websocket: ${q(paragraph(r, 2))}
  envelopes:
    - name: code and message
      description: ${q(paragraph(r, 2))}
      example: |
        { "code": "E${i}001", "message": "Token expired" }
---
${paragraph(r, 5)}

## Retrying

${paragraph(r, 3)}
`;
}

interface Planned {
  vendor: string;
  namespace: 'code' | 'http' | 'message';
  code: string;
}

/** Codes of one vendor: mostly vendor codes (numbers, SNAKE_CASE, CamelCase), its HTTP statuses, some message-only. */
function planVendor(r: () => number, v: number, vendor: string, count: number): Planned[] {
  const out: Planned[] = [];
  const statuses = STATUSES.filter(() => r() < 0.7).slice(0, Math.max(1, Math.floor(count * 0.15)));
  for (const s of statuses) out.push({ vendor, namespace: 'http', code: String(s) });
  const messages = Math.floor(count * 0.08);
  for (let i = 0; out.length < count && i < messages; i++)
    out.push({ vendor, namespace: 'message', code: `synthetic-message-${i + 1}` });
  const style = v % 3;
  for (let i = 0; out.length < count; i++) {
    const n = i + 1;
    const code =
      // A couple of numeric codes equal an HTTP status, as at Agora (404 is both), so alias groups have two entries.
      i < 2 && style === 0 && statuses[i] !== undefined
        ? String(statuses[i])
        : style === 0
          ? String(40000000 + v * 1000 + n)
          : style === 1
            ? `${pick(r, PROBLEMS).toUpperCase()}_${pick(r, SUBJECTS).toUpperCase()}_${n}`
            : `${cap(pick(r, SUBJECTS))}${cap(pick(r, PROBLEMS))}Error${n}`;
    out.push({ vendor, namespace: 'code', code });
  }
  return out;
}

export function generateCatalog(o: GenerateOptions): { entries: number; vendors: number } {
  const r = rng(o.seed);
  rmSync(o.out, { recursive: true, force: true });
  mkdirSync(join(o.out, 'vendors'), { recursive: true });
  // Messages several codes share verbatim, as vendors reuse "Internal error" across codes.
  const shared = Array.from({ length: 40 }, (_, i) => message(r, 900000 + i));
  let written = 0;
  const vendorCount = Math.max(1, Math.min(o.vendors, 999));
  for (let v = 1; v <= vendorCount; v++) {
    const slug = `synth-${String(v).padStart(3, '0')}`;
    writeFileSync(join(o.out, 'vendors', `${slug}.md`), vendorFile(v, slug, r));
    const count = Math.floor(o.codes / vendorCount) + (v <= o.codes % vendorCount ? 1 : 0);
    const planned = planVendor(r, v, slug, Math.max(1, count));
    const ids = planned.map((p) => `${p.vendor}/${p.namespace}/${p.code}`);
    for (const ns of ['code', 'http', 'message']) mkdirSync(join(o.out, 'errors', slug, ns), { recursive: true });
    // Related links run both ways, as the catalog check requires.
    const relatedOf = planned.map(() => [] as string[]);
    planned.forEach((_, i) => {
      if (i === 0 || r() >= 0.1) return;
      const j = Math.floor(r() * i);
      relatedOf[i]!.push(ids[j]!);
      relatedOf[j]!.push(ids[i]!);
    });
    planned.forEach((p, i) => {
      const category = pick(r, categories).id;
      const own = message(r, v * 100000 + i);
      const msgs = [own];
      if (r() < 0.15) msgs.push(pick(r, shared));
      if (r() < 0.1) msgs.push(message(r, v * 100000 + i + 50000));
      const unique = msgs.filter((m, j) => msgs.findIndex((n) => n.text === m.text) === j);
      const http = p.namespace === 'http' ? undefined : r() < 0.6 ? pick(r, STATUSES) : undefined;
      const related = [...new Set(relatedOf[i])];
      const retired = i > 5 && r() < 0.02;
      const title = `${cap(pick(r, SUBJECTS))} ${pick(r, PROBLEMS)} during ${pick(r, VERBS)}`;
      const yaml = [
        `code: ${q(p.code)}`,
        `title: ${q(title)}`,
        ...(http ? [`httpStatus: ${http}`] : []),
        `category: ${category}`,
        `who: ${pick(r, actors)}`,
        `section: ${q(`Error codes > ${cap(pick(r, SUBJECTS))}`)}`,
        'messages:',
        ...unique.map(messageYaml),
        `cause: ${q(paragraph(r, 3))}`,
        `fix: ${q(paragraph(r, 3))}`,
        'retry:',
        `  policy: ${pick(r, retryPolicies)}`,
        ...(r() < 0.4 ? [`  details: ${q(sentence(r, 12))}`, '  delaysSeconds: [1, 2, 4]'] : []),
        ...(related.length ? [`related: [${related.map(q).join(', ')}]`] : []),
        ...(r() < 0.2 ? [`aliases: [${q(`${pick(r, SUBJECTS)} ${pick(r, PROBLEMS)} ${i}`)}]`] : []),
        ...(retired ? ['retired: true', 'retiredSince: "2025-06-01"', `replacedBy: ${q(ids[i - 1]!)}`] : []),
        'examples:',
        '  - label: "Response body"',
        '    source: constructed',
        `    text: ${q(JSON.stringify(p.namespace === 'message' ? { message: own.text } : { code: p.code, message: own.text }))}`,
      ].join('\n');
      writeFileSync(join(o.out, 'errors', p.vendor, p.namespace, `${p.code}.yaml`), `${yaml}\n`);
      written++;
    });
  }
  return { entries: written, vendors: vendorCount };
}

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

if (process.argv[1]?.endsWith('generate-catalog.ts')) {
  const codes = Number(arg('codes', '1000'));
  const out = arg('out') ?? join(tmpdir(), `speech-catalog-${codes}`);
  const result = generateCatalog({
    codes,
    vendors: Number(arg('vendors', '100')),
    seed: Number(arg('seed', '1')),
    out,
  });
  console.log(`${result.entries} entries, ${result.vendors} vendors in ${out}`);
}
