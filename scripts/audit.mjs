// `npm run audit`: Lighthouse on one page of each main template of the built site (run `npm run build` first),
// served by scripts/serve.mjs with the production headers. Reported, not gating: the performance score depends on
// the machine. Prints the four category scores per page and every audit that kept a category below 100.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

if (!existsSync('dist/index.html')) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}

/** The first sub-folder of a dist folder, so the pages audited follow the content. */
const first = (dir) =>
  readdirSync(join('dist', dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()[0];
const vendor = first('vendors');
const code = first(`errors/${vendor}/code`) ?? first(`errors/${vendor}/http`);
const codePath = `/errors/${vendor}/${existsSync(`dist/errors/${vendor}/code/${code}`) ? 'code' : 'http'}/${code}/`;
const pages = [
  ['home', '/'],
  ['vendor page', `/vendors/${vendor}/`],
  ['code page', codePath],
  ['comparison', '/compare/'],
  ['search', `/search/?q=${encodeURIComponent(code)}`],
];

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const port = await freePort();
const server = spawn(process.execPath, ['scripts/serve.mjs', String(port)], {
  stdio: 'ignore',
  env: { ...process.env, HOST: '127.0.0.1' },
});
await new Promise((r) => setTimeout(r, 500));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = [];
// Lighthouse's performance score throttles a simulated phone CPU, so it varies with the load of this machine.
const reasons = [];
try {
  for (const [name, path] of pages) {
    const url = `http://127.0.0.1:${port}${path}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    const { lhr } = result;
    // A null score means Lighthouse could not measure (a timeout on a busy machine): say so, never print 0.
    const scores = categories.map((c) =>
      lhr.categories[c]?.score == null ? 'n/a' : Math.round(lhr.categories[c].score * 100),
    );
    rows.push([name, path, ...scores]);
    if (lhr.runtimeError) reasons.push(`${name}: Lighthouse could not audit the page: ${lhr.runtimeError.message}`);
    for (const c of categories) {
      const category = lhr.categories[c];
      if (!category || category.score === 1) continue;
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          reasons.push(
            `${name} · ${c}: ${audit.title} (${ref.id}${audit.displayValue ? `: ${audit.displayValue}` : ''})`,
          );
        }
      }
    }
  }
} finally {
  chrome.kill();
  server.kill();
}

const header = ['page', 'path', 'perf', 'a11y', 'best', 'seo'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));
console.log(
  reasons.length ? `\nBelow 100 because of:\n${reasons.map((r) => `  ${r}`).join('\n')}` : '\nEvery score is 100.',
);
