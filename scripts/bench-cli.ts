import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { buildPackage, nodesOnThisMachine } from './cli-package';
import { loadCatalog } from './content';
import { generateCatalog } from './generate-catalog';
import { defaultSite } from '../src/lib/urls';

// `npm run bench:cli [-- --codes 10000]`: the `speech-errors` package's figures, for the real catalog and a generated
// one of that size: tarball and installed size, cold start of `speech-errors explain <code>` (each Node on this
// machine), and explain() p50/p95 over the search-quality suite after warm-up. Figures, not a test; docs/cli.md
// keeps the last ones.
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const generated = Number(arg('codes', '10000'));
const runs = Number(arg('runs', '21'));
const queries = (load(readFileSync('tests/search/queries.yaml', 'utf8')) as { query: string }[]).map((c) => c.query);

const size = (path: string): number =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + size(join(path, f)), 0) : statSync(path).size;
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function measure(label: string, root: string | undefined, probe: string) {
  const report = loadCatalog(root);
  if (report.problems.length) throw new Error(`${label}: ${report.problems[0]}`);
  const work = join(tmpdir(), `bench-cli-${label.replace(/\W+/g, '-')}`);
  const tarball = await buildPackage({
    entries: report.entries,
    vendors: report.vendors,
    site: defaultSite,
    out: join(work, 'pack'),
  });
  const app = join(work, 'app');
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'package.json'), '{"name":"app","private":true,"type":"module"}');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: app, stdio: 'pipe' });
  const installed = join(app, 'node_modules', 'speech-errors');
  const bin = join(installed, 'dist', 'bin.js');
  const cold = nodesOnThisMachine().map((node) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = spawnSync(node, [bin, 'explain', probe], { encoding: 'utf8' });
      times.push(performance.now() - t);
      if (r.status !== 0) throw new Error(`${label}: explain ${probe} exited ${r.status}: ${r.stderr}`);
    }
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const sorted = times.sort((a, b) => a - b);
    return `Node ${version} p50 ${ms(pct(sorted, 50))}, p95 ${ms(pct(sorted, 95))}`;
  });
  const lib = (await import(
    pathToFileURL(join(installed, 'dist', 'index.js')).href
  )) as typeof import('../packages/explain/src/index');
  const timed = (inputs: string[]) => {
    for (const q of inputs) lib.explain(q);
    const times: number[] = [];
    for (let round = 0; round < 5; round++)
      for (const q of inputs) {
        const t = performance.now();
        lib.explain(q);
        times.push(performance.now() - t);
      }
    const sorted = times.sort((a, b) => a - b);
    return `p50 ${ms(pct(sorted, 50))}, p95 ${ms(pct(sorted, 95))}, max ${ms(sorted.at(-1)!)}`;
  };
  const suite = timed(queries);
  const own = timed(report.entries.slice(0, 300).map((e) => e.data.examples[0]!.text));
  console.log(`\n${label}: ${report.entries.length} entries`);
  console.log(`  tarball ${kb(statSync(tarball).size)}, installed ${kb(size(installed))}`);
  console.log(`  cold start of \`speech-errors explain ${probe}\` (${runs} runs): ${cold.join('; ')}`);
  console.log(
    `  explain() after warm-up, 5 rounds: quality suite (${queries.length} queries) ${suite}; first examples of 300 entries ${own}`,
  );
}

// A generated catalog's synthetic vendor slugs are accepted only with CATALOG_CONTENT set (vocabulary.ts), so that
// size runs in a child process of its own.
const only = process.argv.includes('--generated-only');
if (!only) await measure('catalog', undefined, '40000001');
if (only) {
  const root = process.env['CATALOG_CONTENT']!;
  const probe = loadCatalog(root).entries.find((e) => e.namespace === 'code')!.code;
  await measure(`generated ${generated}`, root, probe);
} else if (generated > 0) {
  const out = join(tmpdir(), `speech-catalog-cli-${generated}`);
  generateCatalog({ codes: generated, vendors: 100, seed: 1, out });
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1]!, '--generated-only', '--codes', String(generated), '--runs', String(runs)],
    {
      stdio: 'inherit',
      env: { ...process.env, CATALOG_CONTENT: out },
    },
  );
  process.exitCode = child.status ?? 1;
}
