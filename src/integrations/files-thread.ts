import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalog } from '../../scripts/content';
import { makeCatalog, toEntry } from '../lib/catalog';
import { ensureCards } from '../lib/card/cache';
import { cardJobs } from '../lib/card/jobs';
import { planned, planSite } from '../lib/plan';
import { fileOf, siblingFiles } from '../lib/siblings';
import type { FromThread, ToThread } from './files';
import { FileWriter } from './writer';

/**
 * The build's second thread (see `files.ts`): reads the catalog once and reports its problems; then renders the
 * cards missing from the cache and, once Astro has emptied the output folder, writes every entry's siblings into
 * it, all through one synchronous writer (see `writer.ts`).
 */

/** Lets the thread's message handler run (the output folder arrives as a message) between batches of files. */
const breather = () => new Promise<void>((resolve) => setImmediate(resolve));

const post = (m: FromThread) => parentPort!.postMessage(m);
const { site } = workerData.input as { site: string };
// Sent by the main thread once Astro's output folder is empty and will not be emptied again.
const outDir = new Promise<string>((resolve) =>
  parentPort!.on('message', (m: ToThread) => {
    if (m.type === 'outDir') resolve(m.dir);
  }),
);

const report = loadCatalog();
post({ type: 'checked', problems: report.problems, entries: report.entries.length });
if (!report.problems.length) {
  const catalog = makeCatalog(
    report.entries.map((e) => toEntry(e.id, e.data)),
    report.vendors,
  );
  const plan = planSite(catalog);
  const carded = planned(plan, 'card').map((f) => catalog.byId.get(f.entry)!);
  const jobs = cardJobs(carded, (slug) => catalog.vendorBySlug.get(slug)?.data.name ?? slug);
  const writer = new FileWriter();
  const start = performance.now();

  // The real catalog's cache keeps only its own cards; generated catalogs (benchmarks) leave it alone.
  const { stats, files } = await ensureCards(jobs, {
    write: (file, png) => writer.write(file, png),
    pause: breather,
    prune: !process.env.CATALOG_CONTENT,
  });

  let siblingCount = 0;
  let siblingBytes = 0;
  const dir = await outDir;
  for (const file of siblingFiles(plan, { ...catalog, site })) {
    writer.write(join(dir, fileOf(file.path)), file.body);
    siblingCount++;
    siblingBytes += Buffer.byteLength(file.body);
  }
  post({
    type: 'done',
    jobs,
    files,
    cards: stats,
    siblings: { files: siblingCount, bytes: siblingBytes },
    ms: performance.now() - start,
  });
}
