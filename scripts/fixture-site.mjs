// The fixture catalog's site (tests/fixtures/catalog → dist-fixture/), for end-to-end checks of what the real
// catalog has no example of (retired entries). Rebuilt only when missing or older than its sources; then served on
// the port given, if any (`node scripts/fixture-site.mjs 4330`). Plain JavaScript: runs on any Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = 'dist-fixture';
const stamp = join(out, '.built');
const sources = ['src', 'public', 'tests/fixtures/catalog', 'astro.config.mjs', 'package-lock.json'];

const newest = (path) => {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
};

if (!existsSync(stamp) || statSync(stamp).mtimeMs < Math.max(...sources.map(newest))) {
  console.log('Building the fixture catalog into dist-fixture/ …');
  const { status } = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    stdio: 'inherit',
    env: { ...process.env, CATALOG_CONTENT: 'tests/fixtures/catalog' },
  });
  if (status !== 0) process.exit(status ?? 1);
  writeFileSync(stamp, new Date().toISOString());
}

const port = process.argv[2];
if (port) {
  process.env.SITE_DIR = out;
  process.env.PORT = port;
  await import('./serve.mjs');
}
