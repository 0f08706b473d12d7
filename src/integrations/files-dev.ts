import { loadCatalog } from '../../scripts/content';
import { sortEntries, toEntry } from '../lib/catalog';
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
  const entries = sortEntries(report.entries.map((e) => toEntry(e.id, e.data)));
  const vendorBySlug = new Map(report.vendors.map((v) => [v.slug, { slug: v.slug, data: v.data }]));
  if (isCard) {
    const job = cardJobs(entries, (slug) => vendorBySlug.get(slug)?.data.name ?? slug).find((j) => j.url === path);
    return job && { type: 'image/png', body: renderCard(job.content) };
  }
  for (const file of siblingFiles({ entries, byId: new Map(entries.map((e) => [e.id, e])), vendorBySlug, site })) {
    if (file.path !== path) continue;
    const type = path.endsWith('.json') ? 'application/json' : path.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8';
    return { type, body: file.body };
  }
  return undefined;
}
