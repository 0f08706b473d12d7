import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { errorUrl } from '../../src/lib/urls';
import { builtPages } from '../support/built';
import { entries } from '../support/site';

/**
 * Gates on the built files themselves (dist/), every page rather than a sample: valid HTML and byte budgets.
 *
 * Sizes are gzip at level 9 (`gzip -9`, what a host that precompresses static files serves; Netlify and Cloudflare
 * send brotli, which is smaller still), so the budgets hold for any of the hosts we target.
 */
const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** About one round trip of a fresh TCP connection: an initial congestion window of 10 segments (RFC 6928) of 1,460 bytes. */
const firstRoundTrip = 14 * 1024;
const largestPageBudget = 50 * 1024;

// Validation is the slow gate (about 0.1 s a page): split into shards so both workers share it.
const shards = 4;
for (let shard = 0; shard < shards; shard++) {
  test(`every built page is valid HTML (html-validate, recommended rules), shard ${shard + 1} of ${shards}`, async () => {
    test.setTimeout(120_000);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(entries.length);
    const errors: string[] = [];
    for (const { file } of pages.filter((_, i) => i % shards === shard)) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
}

/** The stylesheets a page loads, read from its `<link rel="stylesheet">` tags. */
const stylesheets = (html: string) =>
  [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join('dist', m[1]!)));

test('every code page arrives in one round trip: its HTML plus the CSS it loads is at most 14 KB gzipped', () => {
  const sizes = entries.map((e) => {
    const html = readFileSync(join('dist', errorUrl(e), 'index.html'));
    return { id: e.id, bytes: gzipped(html) + stylesheets(html.toString()).reduce((n, css) => n + gzipped(css), 0) };
  });
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  test.info().annotations.push({
    type: 'largest code page, HTML + CSS gzipped',
    description: `${largest.id}: ${kb(largest.bytes)}`,
  });
  console.log(
    `Largest code page, HTML + CSS gzipped: ${largest.id} ${kb(largest.bytes)} (budget ${kb(firstRoundTrip)})`,
  );
  expect(sizes.filter((s) => s.bytes > firstRoundTrip).map((s) => `${s.id}: ${kb(s.bytes)}`)).toEqual([]);
});

test('the largest page of the site is at most 50 KB gzipped', () => {
  const sizes = builtPages().map((p) => ({ path: p.path, bytes: gzipped(readFileSync(p.file)) }));
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  test.info().annotations.push({ type: 'largest page gzipped', description: `${largest.path}: ${kb(largest.bytes)}` });
  console.log(`Largest page gzipped: ${largest.path} ${kb(largest.bytes)} (budget ${kb(largestPageBudget)})`);
  expect(sizes.filter((s) => s.bytes > largestPageBudget).map((s) => `${s.path}: ${kb(s.bytes)}`)).toEqual([]);
});

test('no page references a script file in its HTML except the search page and the 404 page', () => {
  // The header search box and the copy buttons load their code on first use (inline loaders), so reading any
  // other page costs no script request. The search page and the 404 page run on load by design.
  const loaders = builtPages()
    .filter((p) => p.path !== '/search/' && p.path !== '/404.html')
    .filter((p) => /<script[^>]*\bsrc=|<link[^>]*rel="modulepreload"/.test(readFileSync(p.file, 'utf8')))
    .map((p) => p.path);
  expect(loaders).toEqual([]);
});
