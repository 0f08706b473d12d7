import { parentPort } from 'node:worker_threads';
import { loadCatalog } from '../../scripts/content';
import { toEntry } from '../lib/catalog';
import { renderCards, type CardStats } from '../lib/card/cache';
import { cardJobs, type CardJob } from '../lib/card/jobs';

/**
 * The build's card thread: reads the catalog as the tests do (`scripts/content.ts`, honouring CATALOG_CONTENT),
 * renders the cards missing from the cache and reports every card's cache file. Content problems are Astro's to
 * report (it fails the build naming file and field), so this renders the entries that are valid.
 */

export interface RunnerResult {
  jobs: CardJob[];
  files: string[];
  stats: CardStats;
}

const report = loadCatalog();
const names = new Map(report.vendors.map((v) => [v.slug, v.data.name]));
const entries = report.entries.map((e) => toEntry(e.id, e.data));
const jobs = cardJobs(entries, (slug) => names.get(slug) ?? slug);
const { stats, files } = await renderCards(jobs, { threads: 1, prune: !process.env.CATALOG_CONTENT });
parentPort!.postMessage({ jobs, files, stats } satisfies RunnerResult);
