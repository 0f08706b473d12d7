import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPackage, nodesOnThisMachine } from '../../scripts/cli-package';
import { defaultSite } from '../../src/lib/urls';
import { catalog, examples, inputs, sample, siteFirst } from './cases';

/**
 * The package as a user gets it: `buildPackage` (what `npm run pack:cli` runs) makes the tarball, which is
 * installed into an empty folder with the network off, and then its command and its library are used from there,
 * under every Node on this machine (the dev-time Node 24 and, where there is one, the system's older Node).
 */
type Library = typeof import('../../packages/explain/src/index');

let folder = '';
let bin = '';
let lib: Library;
let tarball = '';

const nodes = nodesOnThisMachine();

const speechErrors = (args: string[], input?: string, node = process.execPath) =>
  spawnSync(node, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'speech-errors-'));
  tarball = await buildPackage({
    entries: catalog.entries,
    vendors: catalog.vendors,
    site: defaultSite,
    out: join(work, 'pack'),
  });
  folder = join(work, 'app');
  mkdirSync(folder);
  writeFileSync(join(folder, 'package.json'), '{"name":"app","private":true,"type":"module"}');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: folder, stdio: 'pipe' });
  bin = join(folder, 'node_modules', 'speech-errors', 'dist', 'bin.js');
  lib = (await import(
    pathToFileURL(join(folder, 'node_modules', 'speech-errors', 'dist', 'index.js')).href
  )) as Library;
}, 180_000);

describe('the packed package', () => {
  it('installs from its tarball into an empty folder, offline, as a command on the PATH of npx', () => {
    expect(tarball).toMatch(/speech-errors-\d+\.\d+\.\d+\.tgz$/);
    const installed = JSON.parse(readFileSync(join(folder, 'node_modules', 'speech-errors', 'package.json'), 'utf8'));
    expect(installed.dependencies ?? {}).toEqual({});
    expect(existsSync(join(folder, 'node_modules', '.bin', 'speech-errors'))).toBe(true);
    // The code's licence and the data's, both in the tarball.
    expect(installed.license).toBe('MIT AND CC-BY-4.0');
    for (const f of ['LICENSE', 'LICENSE-DATA.md'])
      expect(existsSync(join(folder, 'node_modules', 'speech-errors', f)), f).toBe(true);
  });

  it.each(nodes)('answers the Alibaba token error body with its entry and URL under %s', (node) => {
    const body =
      '{"header":{"namespace":"SpeechTranscriber","name":"TaskFailed","status":40000001,"status_text":"Gateway:ACCESS_DENIED:The token \'3a8b\' is invalid!","task_id":"9f8e7d6c5b4a39281706f5e4d3c2b1a0","message_id":"6f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c"}}';
    const r = speechErrors(['explain', '--json', body], undefined, node);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.matches[0]).toMatchObject({
      id: 'alibaba-nls/code/40000001',
      url: `${defaultSite}/errors/alibaba-nls/code/40000001/`,
      match: 'exact',
    });
  });

  it.each(nodes)('reads a log on standard input and exits like grep under %s', (node) => {
    const log =
      'INFO ok\nERROR {"err_no":3302,"err_msg":"authentication failed.","sn":"1234567890_abcdef"}\nINFO done\n';
    const found = speechErrors(['explain'], log, node);
    expect([found.status, found.stderr]).toEqual([0, '']);
    expect(found.stdout).toContain(`${defaultSite}/errors/baidu-asr/`);
    expect(speechErrors(['explain', 'plorkfish zeugma'], undefined, node).status).toBe(1);
    const usage = speechErrors(['explain', '--nope'], undefined, node);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/unknown option '--nope'/);
    expect(speechErrors(['--version'], undefined, node).stdout).toMatch(
      /^speech-errors \d+\.\d+\.\d+ \(catalog of \d{4}-\d\d-\d\d: \d+ errors/,
    );
  });

  it("gives the site's first answer from the installed library for every example and quality-suite query", () => {
    const differ = inputs.filter((text) => lib.explain(text).matches[0]?.id !== siteFirst(text));
    expect(differ).toEqual([]);
  }, 120_000);

  it('gives the same first answer from the installed command for a seeded sample of examples', () => {
    for (const { id, text } of sample(examples, 25)) {
      const r = speechErrors(['explain', '--open', text]);
      expect(r.stdout.trim(), text).toBe(`${defaultSite}/errors/${id}/`);
    }
  }, 60_000);

  it('ships declarations that a TypeScript app compiles against', () => {
    const app = join(folder, 'app.ts');
    writeFileSync(
      app,
      [
        "import { explain, shouldRetry, catalog, type Explanation, type RetryDecision } from 'speech-errors';",
        "const e: Explanation = explain('40000001', { vendor: 'alibaba-nls' });",
        'const first: string | undefined = e.matches[0]?.retry.title;',
        'const d: RetryDecision = shouldRetry({ response: { status: 429 } });',
        'const after: number | undefined = d.afterSeconds;',
        'const date: string = catalog.date;',
        'console.log(first, after, date);',
        // A misuse the declarations must reject.
        "// @ts-expect-error: the policy is a closed list\nconst bad: 'sometimes' = d.policy;",
        'console.log(bad);',
      ].join('\n'),
    );
    const program = ts.createProgram([app], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      types: [],
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });

  it('runs the fetch wrapper and the retry hook of examples/explain against the installed package', async () => {
    for (const f of ['fetch-wrapper.ts', 'retry-hook.ts'])
      copyFileSync(join('examples', 'explain', f), join(folder, f));
    const { vendorFetch, VendorApiError } = await import(pathToFileURL(join(folder, 'fetch-wrapper.ts')).href);
    const { withRetries } = await import(pathToFileURL(join(folder, 'retry-hook.ts')).href);
    const limited = JSON.stringify({
      error: 'Rate Limit Exceeded',
      message: 'Too many requests. Please try again in 2 seconds.',
      error_code: 'RATE_LIMIT_EXCEEDED',
      retry_after: 2,
    });
    const replies = [new Response(limited, { status: 429 }), new Response('{"ok":true}', { status: 200 })];
    const fetcher = async () => replies.shift()!;
    const waits: number[] = [];
    const response = await withRetries(() => vendorFetch('https://api.scriptix.io/api/v4/batch', {}, fetcher), {
      sleep: async (ms: number) => void waits.push(ms),
    });
    expect(await response.json()).toEqual({ ok: true });
    expect(waits).toEqual([2000]);

    const denied = new Response('{"err_no":3302,"err_msg":"authentication failed.","sn":"1234567890_abcdef"}', {
      status: 200,
    });
    const failing = async () => new Response(await denied.clone().text(), { status: 401 });
    let calls = 0;
    const error = await withRetries(
      () => {
        calls++;
        return vendorFetch('https://vop.baidu.com/server_api', {}, failing);
      },
      {
        sleep: async () => undefined,
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorApiError);
    expect(calls).toBe(1);
    expect((error as { catalogUrl?: string }).catalogUrl).toMatch(new RegExp(`^${defaultSite}/errors/baidu-asr/`));
    expect((error as Error).message).toMatch(/^401 from vop\.baidu\.com: .+ \(https:/);
  });
});
