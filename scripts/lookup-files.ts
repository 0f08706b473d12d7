import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCatalog } from './content';
import { catalogShards, shardFiles } from '../src/lib/lookup/site';
import { lookupFileUrl } from '../src/lib/urls';

// `npm run lookup-files`: rewrites only dist/search/lookup.json and dist/search/lookup/ for the catalog in
// CATALOG_CONTENT (default content/), with the same functions the Astro routes use. The search benchmark needs a
// 50,000-code lookup index, not a 50,000-page site: build the real site once, run this, then
// `npm run bench:scale -- --codes 50000 --no-build`. Pagefind's index stays the one built, so full-text queries
// find nothing from the generated catalog.
const started = performance.now();
const report = loadCatalog();
if (report.problems.length) {
  for (const p of report.problems.slice(0, 20)) console.error(p);
  process.exit(1);
}
const files = shardFiles(catalogShards(report.entries, report.vendors));
// The previous size's files go first: a smaller catalog has fewer.
rmSync(join('dist', dirname(lookupFileUrl(0))), { recursive: true, force: true });
for (const { url, body } of files) {
  mkdirSync(join('dist', dirname(url)), { recursive: true });
  writeFileSync(join('dist', url), JSON.stringify(body));
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${report.entries.length} entries → ${files.length} lookup files under dist/search/ (${seconds} s)`);
