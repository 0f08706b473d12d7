import { loadCatalog } from '../../scripts/content';
import { toEntry } from '../lib/catalog';
import { cardJobs } from '../lib/card/jobs';
import { renderCard } from '../lib/card/render';

/** The dev server's cards: read the catalog afresh and render the one requested, so edits show on reload. */
export function devCard(path: string): Uint8Array | undefined {
  const report = loadCatalog();
  const names = new Map(report.vendors.map((v) => [v.slug, v.data.name]));
  const jobs = cardJobs(report.entries.map((e) => toEntry(e.id, e.data)), (slug) => names.get(slug) ?? slug);
  const job = jobs.find((j) => j.url === path);
  return job && renderCard(job.content);
}
