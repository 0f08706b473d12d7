import { loadCatalog } from '../../scripts/content';
import { makeCatalog, toEntry } from '../lib/catalog';
import { cardJobs } from '../lib/card/jobs';
import { renderCard } from '../lib/card/render';
import { siblingFiles } from '../lib/siblings';

/**
 * What the dev server answers outside Astro's routes: a card or a sibling file (`.json`, `.md`, a short-alias
 * redirect), made from the catalog read afresh so that edits show on reload. Undefined for any other path.
 */
export function devFile(path: string, site: string): { type: string; body: string | Uint8Array } | undefined {
  const isCard = path.endsWith('.png') && (path === '/card.png' || path.startsWith('/errors/'));
  const isSibling = path.startsWith('/errors/') && /(\.json|\.md|^\/errors\/[^/]+\/[^/]+\/)$/.test(path);
  if (!isCard && !isSibling) return undefined;
  const report = loadCatalog();
  const catalog = makeCatalog(report.entries.map((e) => toEntry(e.id, e.data)), report.vendors);
  if (isCard) {
    const job = cardJobs(catalog.entries, (slug) => catalog.vendorBySlug.get(slug)?.data.name ?? slug).find((j) => j.url === path);
    return job && { type: 'image/png', body: renderCard(job.content) };
  }
  for (const file of siblingFiles({ ...catalog, site })) {
    if (file.path !== path) continue;
    const type = path.endsWith('.json') ? 'application/json' : path.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8';
    return { type, body: file.body };
  }
  return undefined;
}
