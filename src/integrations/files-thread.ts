import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalog } from '../../scripts/content';
import { sortEntries, toEntry } from '../lib/catalog';
import { renderCards } from '../lib/card/cache';
import { cardJobs } from '../lib/card/jobs';
import { fileOf, siblingFiles } from '../lib/siblings';
import type { FromThread, ToThread } from './files';

/**
 * The build's second thread (see `files.ts`): reads the catalog once, reports its problems, renders the cards
 * missing from the cache, then, once Astro has emptied the output folder, writes every entry's siblings into it.
 */

const post = (m: FromThread) => parentPort!.postMessage(m);
const { site } = workerData.input as { site: string };
// Asked for by the main thread once Astro's output folder is empty and will not be emptied again.
const outDir = new Promise<string>((resolve) =>
  parentPort!.on('message', (m: ToThread) => {
    if (m.type === 'outDir') resolve(m.dir);
  }),
);

const report = loadCatalog();
post({ type: 'checked', problems: report.problems, entries: report.entries.length });
if (!report.problems.length) {
  const entries = sortEntries(report.entries.map((e) => toEntry(e.id, e.data)));
  const vendorBySlug = new Map(report.vendors.map((v) => [v.slug, { slug: v.slug, data: v.data }]));
  const jobs = cardJobs(entries, (slug) => vendorBySlug.get(slug)?.data.name ?? slug);
  const { stats, files } = await renderCards(jobs, { threads: 1, prune: !process.env.CATALOG_CONTENT });

  const dir = await outDir;
  const start = performance.now();
  const made = new Set<string>();
  let count = 0;
  let bytes = 0;
  for (const file of siblingFiles({ entries, byId: new Map(entries.map((e) => [e.id, e])), vendorBySlug, site })) {
    const target = join(dir, fileOf(file.path));
    const parent = dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(target, file.body);
    count++;
    bytes += Buffer.byteLength(file.body);
  }
  post({ type: 'done', jobs, files, cards: stats, siblings: { files: count, bytes, ms: performance.now() - start } });
}
