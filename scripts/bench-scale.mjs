// `npm run bench:scale -- --codes 1000,10000,50000 [--vendors 100]`: for each size, generates a synthetic catalog
// (scripts/generate-catalog.ts) in the temp folder, runs the real `npm run build` on it (CATALOG_CONTENT), measures
// the build and the site, serves it and times searches in Chromium. Prints one line per size. Figures, not a test.
//
// The build writes the worktree's dist/ (the real build, unchanged, is what is measured), set aside before each size
// (see setAside): after a run, dist/ holds the last generated site, so run `npm run build` again before testing or
// previewing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { load } from 'js-yaml';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { timeSearch } from './search-timing.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('codes', '1000,10000').split(',').map(Number);
const vendors = Number(arg('vendors', '100'));
const port = Number(process.env.BENCH_PORT ?? 4394);
// --no-build measures the site already in dist/ (built from the catalog of the one size given), e.g. after changing
// only the search scripts: `npm run bundle && cp public/js/* dist/js/`. For search alone, a full build is not needed:
// build the real site once, then `CATALOG_CONTENT=<folder> npm run lookup-files` writes the lookup index of the
// generated catalog into it (Pagefind's index stays the real site's: full-text figures then compare only with runs
// set up the same way). With --no-build, SITE_DIR (relative, as for scripts/serve.mjs) measures another copy of the
// site, e.g. one built from an earlier commit, for before/after runs taken in turns on a busy machine.
const noBuild = process.argv.includes('--no-build');
// A build is measured cold, as on a fresh clone (no rendered cards, no Astro content store); --warm keeps both
// caches, as a rebuild after an edit would.
const warm = process.argv.includes('--warm');
const site = noBuild ? (process.env.SITE_DIR ?? 'dist') : 'dist';
const base = `http://127.0.0.1:${port}`;

/** Every file under a folder with its size. */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? files(p) : [{ path: p, size: statSync(p).size }];
  });
}
const sum = (list) => list.reduce((n, f) => n + f.size, 0);
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1e3).toFixed(0)} KB`;

/**
 * Runs `npm run build`, timing Astro (everything until the pages are written and Pagefind starts) and the rest
 * (Pagefind, which runs while the build's file thread finishes its cards); peak RSS and CPU time from time -v.
 */
function build(content) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let pagefindAt;
    const hasTime = statSync('/usr/bin/time', { throwIfNoEntry: false });
    const [cmd, args] = hasTime ? ['/usr/bin/time', ['-v', 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
    const child = spawn(cmd, args, {
      env: { ...process.env, CATALOG_CONTENT: content },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    let out = '';
    child.stdout.on('data', (d) => {
      // Only the newest text is searched: testing the whole log on every chunk was quadratic, and at 50,000 codes
      // (a line per page) this process took most of a core from the build it was timing.
      const tail = out.slice(-32) + d;
      out += d;
      if (!pagefindAt && /Running Pagefind/.test(tail)) pagefindAt = performance.now();
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const end = performance.now();
      if (code !== 0) return reject(new Error(`build failed (${code}):\n${out.slice(-3000)}\n${err.slice(-3000)}`));
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      const cpu = (name) => Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(err)?.[1] ?? NaN);
      resolve({
        user: cpu('User'),
        sys: cpu('System'),
        astro: ((pagefindAt ?? end) - start) / 1000,
        pagefind: (end - (pagefindAt ?? end)) / 1000,
        rssMb: rss ? Number(rss[1]) / 1024 : NaN,
        log: out,
      });
    });
  });
}

/** The fixed query set, drawn from the generated files with a fixed stride: codes, and message/title words. */
function querySet(content) {
  const ids = [];
  const text = [];
  const root = join(content, 'errors');
  const all = files(root)
    .map((f) => f.path)
    .sort();
  const stride = Math.max(1, Math.floor(all.length / 40));
  for (let i = 0; i < all.length && ids.length < 40; i += stride) {
    const data = load(readFileSync(all[i], 'utf8'));
    if (!all[i].includes('/message/') && !all[i].includes('/http/')) ids.push(data.code);
    if (text.length < 20) text.push(data.title.toLowerCase(), data.messages[0].text.replace(/\(\d+\)$/, '').trim());
  }
  return { ids, text: text.slice(0, 20) };
}

async function measureSearch(browser, queries) {
  // Bytes of every request the page started before its first result was on screen: what a visitor waits for.
  // (Requests started afterwards, such as Pagefind loading to add full-text matches under a lookup answer, are not
  // counted.) Raw as this server sends them (uncompressed), and as a host that gzips text would send them
  // (Pagefind's index files are compressed already and count as they are).
  const bytesBefore = async (query) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-search-result]')) {
          window.__firstResultAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const bodies = new Map();
    page.on('response', async (r) => {
      const body = await r.body().catch(() => Buffer.alloc(0));
      const gz = /text|json|javascript/.test(r.headers()['content-type'] ?? '') ? gzipSync(body).length : body.length;
      bodies.set(r.url(), { bytes: body.length, gz });
    });
    await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('[data-search-result]', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const started = await page.evaluate(() => [
      location.href,
      ...performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= window.__firstResultAt)
        .map((e) => e.name),
    ]);
    await context.close();
    let bytes = 0;
    let gz = 0;
    for (const url of new Set(started)) {
      const b = bodies.get(url);
      if (!b) throw new Error(`no response body recorded for ${url}`);
      bytes += b.bytes;
      gz += b.gz;
    }
    return { bytes, gz };
  };
  const page = await browser.newPage();
  await page.goto(`${base}/search/`);
  const time = (q) => timeSearch(page, q);
  await time('warm up the index');
  const pct = (list, p) =>
    [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];
  const run = async (list) => {
    const t = [];
    for (const q of list) t.push(await time(q));
    return { p50: pct(t, 50), p95: pct(t, 95) };
  };
  const id = await run(queries.ids);
  const text = await run(queries.text);
  await page.close();
  return { id, text, bytesId: await bytesBefore(queries.ids[0]), bytesText: await bytesBefore(queries.text[1]) };
}

/** The largest HTML page after gzip, apart from code pages (which do not grow with the catalog). */
function largestListPage(dist) {
  let best = { path: '', gz: 0 };
  for (const f of files(dist)) {
    if (!f.path.endsWith('.html') || /\/errors\/[^/]+\/(code|http|message)\//.test(f.path)) continue;
    const gz = gzipSync(readFileSync(f.path)).length;
    if (gz > best.gz) best = { path: f.path.slice(dist.length), gz };
  }
  return best;
}

/**
 * Folders the run has set aside instead of deleting them before a build; deleted when every size is measured.
 * On ext4, creating a file soon after many were deleted is slow: inode allocation skips inodes deleted in the last
 * 30 s (5 min while their blocks are unwritten), and a perf profile of a 10,000-code build started right after
 * deleting the previous site spent a fifth of all CPU in ext4's `recently_deleted` (sys time 42–66 s instead of
 * 19 s on a fresh machine). A fresh clone deletes nothing first, so neither does the benchmark.
 */
const trash = join('node_modules', '.cache', `bench-trash-${process.pid}`);
let trashed = 0;
function setAside(path) {
  if (!existsSync(path)) return;
  mkdirSync(trash, { recursive: true });
  try {
    renameSync(path, join(trash, String(trashed++)));
  } catch {
    rmSync(path, { recursive: true, force: true }); // another file system (EXDEV): delete after all
  }
}

/** Generates the catalog and builds it into a clean dist/, as cold as a fresh clone unless --warm. */
async function generateAndBuild(codes, content) {
  setAside(content); // the generator would delete it
  const gen = spawnSync(
    'tsx',
    ['scripts/generate-catalog.ts', '--codes', String(codes), '--vendors', String(vendors), '--out', content],
    {
      encoding: 'utf8',
    },
  );
  if (gen.status !== 0) throw new Error(gen.stderr);
  setAside('dist');
  if (!warm) {
    setAside(join('node_modules', '.cache', 'cards'));
    setAside(join('node_modules', '.astro', `content-${content.replace(/[^A-Za-z0-9]+/g, '-')}`));
  }
  return build(content);
}

const rows = [];
const header = [
  'codes',
  'pages',
  'astro s',
  'pagefind s',
  'pages/s',
  'ms/page',
  'CPU user+sys s',
  'peak RSS',
  'dist',
  'search index',
  'bytes→1st (id)',
  'bytes→1st (text)',
  'id p50/p95 ms',
  'text p50/p95 ms',
  'largest list page (gzip)',
];
for (const codes of sizes) {
  const content = join(tmpdir(), `speech-catalog-${codes}`);
  const load1 = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  const b = noBuild ? { astro: NaN, pagefind: NaN, rssMb: NaN } : await generateAndBuild(codes, content);
  // What the build's second thread did (catalog check, cards, siblings) and when Pagefind finished, as logged.
  const logged = /entries checked|cards, |short-alias|Finished in|page\(s\) built/;
  for (const line of (b.log ?? '').split('\n')) if (logged.test(line)) console.log(`  ${line.trim()}`);
  const dist = files(site);
  const pages = dist.filter((f) => f.path.endsWith('.html')).length;
  const index = sum(
    dist.filter((f) => f.path.startsWith(join(site, 'pagefind/')) || f.path.startsWith(join(site, 'search/lookup'))),
  );
  const largest = largestListPage(site);
  const server = spawn(process.execPath, ['scripts/serve.mjs', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, SITE_DIR: site },
  });
  await new Promise((r) => setTimeout(r, 800));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  let s;
  try {
    s = await measureSearch(browser, querySet(content));
  } finally {
    await browser.close();
    server.kill();
  }
  const total = b.astro + b.pagefind;
  const row = [
    codes,
    pages,
    b.astro.toFixed(1),
    b.pagefind.toFixed(1),
    (pages / total).toFixed(0),
    ((total * 1000) / pages).toFixed(2),
    `${b.user?.toFixed(0)}+${b.sys?.toFixed(0)}`,
    `${b.rssMb.toFixed(0)} MB`,
    mb(sum(dist)),
    mb(index),
    `${kb(s.bytesId.bytes)} (${kb(s.bytesId.gz)} gz)`,
    `${kb(s.bytesText.bytes)} (${kb(s.bytesText.gz)} gz)`,
    `${s.id.p50.toFixed(0)}/${s.id.p95.toFixed(0)}`,
    `${s.text.p50.toFixed(0)}/${s.text.p95.toFixed(0)}`,
    `${kb(largest.gz)} ${largest.path}`,
  ];
  rows.push(row);
  console.log(`| ${row.join(' | ')} |   (load average before: ${load1})`);
}
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- |').join('')}`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
rmSync(trash, { recursive: true, force: true });
