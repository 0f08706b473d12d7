// `npm test`: every suite in order (lint and format, typecheck, unit and integrity, build, end-to-end in Chromium), then one line
// `N passed, N failed` totalling them all. A suite that cannot run counts as one failure, never as silence.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("Chromium not found: installing Debian's chromium package with apt-get…");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a ' +
      'Chromium or Chrome binary, then run `npm test` again.',
  );
  return undefined;
}

function suite(name, fn) {
  console.log(`\n━━ ${name}`);
  const { passed, failed } = fn();
  results.push({ name, passed, failed });
  console.log(`━━ ${name}: ${passed} passed, ${failed} failed`);
}

const chromium = findChromium();
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

// `biome check` is lint and format together: unformatted code fails here; `npm run format` fixes it.
suite('lint and format (biome)', () =>
  run('npx', ['biome', 'check']) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

suite('typecheck (astro check)', () =>
  run('npx', ['astro', 'check']) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

suite('unit and catalog integrity (vitest)', () => {
  const ok = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/unit.json',
  ]);
  const report = readJson('test-results/unit.json');
  if (!report) return { passed: 0, failed: 1 };
  const failed = report.numFailedTests + (ok || report.numFailedTests ? 0 : 1);
  return { passed: report.numPassedTests, failed };
});

let built = false;
suite('build (astro build + pagefind)', () => {
  built = run('npm', ['run', 'build']);
  return built ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
});

suite('end-to-end (Playwright, Chromium)', () => {
  if (!built || !chromium) return { passed: 0, failed: 1 };
  const ok = run('npx', ['playwright', 'test', '--reporter=list,json'], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json',
  });
  const report = readJson('test-results/e2e.json');
  if (!report) return { passed: 0, failed: 1 };
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats ?? {};
  const errors = report.errors?.length ?? 0;
  return { passed: expected + flaky, failed: unexpected + errors + (ok || unexpected || errors ? 0 : 1) };
});

console.log('\nSummary');
for (const r of results) console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
