import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { explainJsonSchema } from '../../src/lib/explain';
import { defaultSite } from '../../src/lib/urls';
import { run, type Io } from '../../packages/explain/src/cli';
import { explainWith, shouldRetryWith } from '../../packages/explain/src/explain';
import type { CatalogInfo, Explanation } from '../../packages/explain/src/types';
import { catalog, data, examples, queries, siteFirst } from './cases';

/**
 * The package's library and command, in-process, over the catalog in content/: the same first answer as the site
 * for every example and every query of the search-quality suite, then each behaviour the command promises. The
 * packed and installed package is tested in package.test.ts.
 */
const info: CatalogInfo = { version: '0.0.0-test', ...data.info };
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
const validate = ajv.compile(explainJsonSchema(defaultSite));

function cli(args: string[], stdin?: string | Uint8Array, color = false) {
  let out = '';
  let err = '';
  const io: Io = {
    stdin: () =>
      stdin === undefined ? undefined : typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin,
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    color,
  };
  const status = run(args, data, info, io);
  return { status, out, err };
}
const json = (args: string[], stdin?: string) =>
  JSON.parse(cli(['explain', '--json', ...args], stdin).out) as Explanation;

describe('the same answer as the site', () => {
  it.each(examples)("$id example $n: the library and the command put the site's first answer first", ({ id, text }) => {
    expect(siteFirst(text)).toBe(id);
    expect(explainWith(data, text).matches[0]?.id).toBe(id);
    expect(json([text]).matches[0]?.id).toBe(id);
  });

  it('answers every query of the search-quality suite as the site does', () => {
    const differ = queries.filter((q) => explainWith(data, q).matches[0]?.id !== siteFirst(q));
    expect(differ).toEqual([]);
    expect(queries.length).toBeGreaterThan(100);
  });

  it("gives absolute URLs on the site, the entry's cause and its retry policy", () => {
    const m = explainWith(data, '40000001').matches[0]!;
    const entry = catalog.entries.find((e) => e.id === m.id)!;
    expect(m.url).toBe(`${defaultSite}/errors/alibaba-nls/code/40000001/`);
    expect(entry.data.cause.replace(/\s+/g, ' ')).toContain(m.cause.replace(/…$/, ''));
    expect(m.retry.policy).toBe(entry.data.retry.policy);
  });
});

describe('the command', () => {
  const alibaba =
    '{"header":{"namespace":"SpeechTranscriber","name":"TaskFailed","status":40000001,"status_text":"Gateway:ACCESS_DENIED:The token \'a1b2\' is invalid!","task_id":"9f8e7d6c5b4a39281706f5e4d3c2b1a0","message_id":"0a1b2c3d"}}';

  it('prints the best match with its level, vendor, code, title, cause, retry verdict and URL, then the others', () => {
    const { status, out } = cli(['explain', 'deepgram', '429']);
    expect(status).toBe(0);
    const [first] = out.split('\n');
    expect(first).toMatch(/^(exact|likely) {2}Deepgram API HTTP 429: /);
    expect(out).toMatch(/\n {2}Cause {2}\S/);
    expect(out).toMatch(/\n {2}Retry {2}Retry with backoff/);
    expect(out).toContain(`${defaultSite}/errors/deepgram/http/429/`);
    expect(out).toContain('Other candidates:');
  });

  it('prints JSON that the published schema accepts, ordered best first', () => {
    for (const text of [alibaba, 'deepgram 402', 'nuance 401', 'plorkfish', 'line one\nline two']) {
      const doc = json([text]);
      expect(validate(doc), `${text}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    expect(json([alibaba]).matches[0]).toMatchObject({ id: 'alibaba-nls/code/40000001', match: 'exact' });
  });

  it('exits 0 on an exact or likely match, 1 when nothing matched, 2 on a usage error', () => {
    expect(cli(['explain', '40000001']).status).toBe(0);
    expect(cli(['explain', 'plorkfish zeugma']).status).toBe(1);
    expect(cli(['explain', '--frobnicate', 'x']).status).toBe(2);
    expect(cli(['explain']).status).toBe(2);
    expect(cli(['lookup', 'x']).err).toMatch(/unknown command 'lookup'/);
    expect(cli([]).status).toBe(2);
  });

  it('narrows to one vendor with --vendor, and names the vendors when the slug is wrong', () => {
    const narrowed = json(['--vendor', 'scriptix', '429']);
    expect(narrowed.matches.length).toBeGreaterThan(0);
    expect(new Set(narrowed.matches.map((m) => m.vendor))).toEqual(new Set(['scriptix']));
    const wrong = cli(['explain', '--vendor', 'deepgramm', '429']);
    expect(wrong.status).toBe(2);
    expect(wrong.err).toMatch(/'deepgramm' is not a catalog vendor\. Did you mean deepgram\?/);
    expect(cli(['explain', '--vendor']).err).toMatch(/--vendor needs a vendor slug/);
  });

  it('prints only the best URL with --open, and nothing when nothing matched', () => {
    expect(cli(['explain', '--open', '40000001']).out).toBe(`${defaultSite}/errors/alibaba-nls/code/40000001/\n`);
    const none = cli(['explain', '--open', 'plorkfish zeugma']);
    expect([none.status, none.out]).toEqual([1, '']);
  });

  it('shows the package version, the catalog date and its size with --version', () => {
    const { status, out } = cli(['--version']);
    expect(status).toBe(0);
    expect(out).toContain(`speech-errors 0.0.0-test (catalog of ${data.info.date}: ${catalog.entries.length} errors`);
    expect(data.info.date).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('says the retry delay an error states: a Retry-After header, a retry_after field', () => {
    const header = explainWith(
      data,
      'HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n\n{"err_code":"TOO_MANY_REQUESTS","err_msg":"Too many requests"}',
    );
    expect(header.matches[0]?.retry).toMatchObject({ afterSeconds: 30, afterFrom: 'Retry-After' });
    const body = explainWith(
      data,
      '{"error":"Rate Limit Exceeded","message":"Too many requests. Please try again in 45 seconds.","error_code":"RATE_LIMIT_EXCEEDED","retry_after":45}',
    );
    expect(body.matches[0]).toMatchObject({ id: 'scriptix/code/RATE_LIMIT_EXCEEDED' });
    expect(body.matches[0]?.retry).toMatchObject({ policy: 'wait', afterSeconds: 45, afterFrom: 'retry_after' });
    expect(cli(['explain', body.query]).out).toMatch(
      /Retry {2}Wait for the stated delay: wait 45 s \(from retry_after\)/,
    );
  });

  it('colours only when asked to (a terminal without NO_COLOR)', () => {
    expect(cli(['explain', '40000001']).out).not.toContain('\x1b[');
    expect(cli(['explain', '40000001'], undefined, true).out).toContain('\x1b[32mexact\x1b[0m');
  });

  it('says when the text points to a vendor the catalog does not cover', () => {
    const doc = json(['Nuance Mix error 401 Unauthorized']);
    expect(doc.vendorNotInCatalog).toBe('Nuance');
    expect(doc.matches.every((m) => m.match === 'related')).toBe(true);
    expect(cli(['explain', 'Nuance Mix error 401 Unauthorized']).out).toMatch(
      /^Nuance is not covered by the catalog yet\./,
    );
    expect(json([alibaba]).vendorNotInCatalog).toBeNull();
  });
});

describe('the command on standard input', () => {
  const log = [
    '2026-12-01T10:00:01Z INFO starting transcription worker',
    '2026-12-01T10:00:02Z ERROR nls: {"header":{"namespace":"SpeechTranscriber","name":"TaskFailed","status":40000001,"status_text":"Gateway:ACCESS_DENIED:The token \'x\' is invalid!","task_id":"9f8e7d6c5b4a39281706f5e4d3c2b1a0"}}',
    '2026-12-01T10:00:03Z INFO retrying',
    'POST https://api.scriptix.io/api/v4/batch',
    '{',
    '  "error": "Rate Limit Exceeded",',
    '  "message": "Too many requests. Please try again in 60 seconds.",',
    '  "error_code": "RATE_LIMIT_EXCEEDED",',
    '  "retry_after": 60',
    '}',
    '2026-12-01T10:00:09Z ERROR nls: {"header":{"namespace":"SpeechTranscriber","name":"TaskFailed","status":40000001,"status_text":"Gateway:ACCESS_DENIED:The token \'y\' is invalid!","task_id":"0f8e7d6c5b4a39281706f5e4d3c2b1a1"}}',
    '2026-12-01T10:00:10Z INFO done',
  ].join('\n');

  it('explains each error of a log once, with the line it starts on', () => {
    const doc = json([], log);
    expect(validate(doc), ajv.errorsText(validate.errors)).toBe(true);
    expect(doc.matches.map((m) => [m.id, (m as { line?: number }).line])).toEqual([
      ['alibaba-nls/code/40000001', 2],
      ['scriptix/code/RATE_LIMIT_EXCEEDED', 4],
    ]);
    const human = cli(['explain'], log);
    expect(human.status).toBe(0);
    expect(human.out).toContain('line 4: POST https://api.scriptix.io/api/v4/batch');
    expect(human.out).toMatch(/2 of 3 error-looking lines explained\.$/m);
  });

  it('treats one piped error as one paste, with the same answer as the arguments', () => {
    for (const { text, id } of examples.slice(0, 40)) expect(json([], text).matches[0]?.id, text).toBe(id);
  });

  it('refuses binary, invalid UTF-8, oversized and empty input with a message and status 2', () => {
    const cases: [Uint8Array | string, RegExp][] = [
      [new Uint8Array([0x7b, 0x00, 0x01, 0x02]), /looks binary \(a NUL byte at offset 1\)/],
      [new Uint8Array([0x61, 0x62, 0xff, 0x63]), /not valid UTF-8 \(the first bad byte is at offset 2\)/],
      ['x'.repeat(10 * 1024 * 1024), /the input is 10\.0 MB; speech-errors reads at most 4\.0 MB/],
      ['  \n', /the input is empty/],
    ];
    for (const [input, message] of cases) {
      const r = cli(['explain'], input);
      expect(r.status).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});

describe('shouldRetry', () => {
  it('says retry, and after how long, for a rate limit thrown by an HTTP client', () => {
    const axiosLike = {
      message: 'Request failed with status code 429',
      code: 'ERR_BAD_REQUEST',
      config: { url: 'https://api.scriptix.io/api/v4/batch' },
      response: {
        status: 429,
        headers: { 'retry-after': '12' },
        data: {
          error: 'Rate Limit Exceeded',
          message: 'Too many requests. Please try again in 12 seconds.',
          error_code: 'RATE_LIMIT_EXCEEDED',
          retry_after: 12,
        },
      },
    };
    expect(shouldRetryWith(data, axiosLike)).toEqual({
      retry: true,
      afterSeconds: 12,
      policy: 'wait',
      url: `${defaultSite}/errors/scriptix/code/RATE_LIMIT_EXCEEDED/`,
    });
  });

  it('says do not retry for a rejected credential, and unknown for text it cannot place', () => {
    const token = shouldRetryWith(data, {
      message: 'TaskFailed',
      body: {
        header: {
          namespace: 'SpeechTranscriber',
          name: 'TaskFailed',
          status: 40000001,
          status_text: "Gateway:ACCESS_DENIED:The token 'x' is invalid!",
        },
      },
    });
    expect(token).toMatchObject({ retry: false, policy: 'fix-and-retry' });
    expect(shouldRetryWith(data, new Error('plorkfish zeugma'))).toEqual({
      retry: false,
      policy: 'unknown',
      url: null,
    });
  });
});
