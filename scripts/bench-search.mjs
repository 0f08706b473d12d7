// `npm run bench:search`: search speed in Chromium over the committed query suite (tests/search/queries.yaml),
// against the built site. Prints p50/p95 from input to first rendered result, for identifier lookups and for
// full-text queries (after one warm-up query), and the bytes a fresh visitor fetches before the first result.
// Figures, not a test: nothing here fails on a slow machine.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { load } from 'js-yaml';
import { timeSearch } from './search-timing.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const port = 4391;
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['scripts/serve.mjs', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const queries = load(readFileSync('tests/search/queries.yaml', 'utf8'))
  .filter((c) => c.expect)
  .map((c) => c.query);
const isIdentifier = (q) => /^[A-Za-z0-9_.-]+$/.test(q.trim());

async function bytesBeforeFirstResult(query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  page.on('response', async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
  });
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('[data-search-result]');
  await page.waitForTimeout(100);
  await context.close();
  return bytes;
}

const page = await browser.newPage();
await page.goto(`${base}/search/`);
const timeQuery = (q) => timeSearch(page, q);

await timeQuery('warm up the index');
const times = { identifier: [], fullText: [] };
for (const q of queries) {
  const ms = await timeQuery(q);
  times[isIdentifier(q) ? 'identifier' : 'fullText'].push(ms);
  if (process.env.VERBOSE && ms > 50) console.log(`slow: ${ms.toFixed(1)} ms ${q.slice(0, 60)}`);
}
const pct = (list, p) => {
  const s = [...list].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))].toFixed(1);
};
for (const [kind, list] of Object.entries(times)) {
  console.log(`${kind}: ${list.length} queries, p50 ${pct(list, 50)} ms, p95 ${pct(list, 95)} ms`);
}
console.log(`bytes before first result (identifier 40000004): ${await bytesBeforeFirstResult('40000004')}`);
console.log(
  `bytes before first result (full text "audio file too big"): ${await bytesBeforeFirstResult('audio file too big')}`,
);
await browser.close();
server.kill();
