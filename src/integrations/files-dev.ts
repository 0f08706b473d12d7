import { loadCatalog } from '../../scripts/content';
import { makeCatalog, toEntry } from '../lib/catalog';
import { cardJobs } from '../lib/card/jobs';
import { renderCard } from '../lib/card/render';
import { planSite } from '../lib/plan';
import { threadFile } from '../lib/siblings';

/**
 * What the dev server answers outside Astro's routes: the files the site plan gives the build's thread (a card, an
 * entry's `.json` or `.md`, a short-alias redirect), made from the catalog read afresh so that edits show on
 * reload. Undefined for any other path.
 */
export function devFile(path: string, site: string): { type: string; body: string | Uint8Array } | undefined {
  if (!path.startsWith('/errors/') && path !== '/card.png') return undefined;
  const report = loadCatalog();
  const catalog = makeCatalog(
    report.entries.map((e) => toEntry(e.id, e.data)),
    report.vendors,
  );
  const file = planSite(catalog).find((f) => f.path === path && f.by === 'thread');
  if (!file) return undefined;
  const name = (slug: string) => catalog.vendorBySlug.get(slug)?.data.name ?? slug;
  if (file.kind === 'card' || file.kind === 'site-card') {
    const entries = file.kind === 'card' ? [catalog.byId.get(file.entry)!] : catalog.entries;
    const job = cardJobs(entries, name).find((j) => j.url === path);
    return job && { type: 'image/png', body: renderCard(job.content) };
  }
  const made = threadFile(file, { ...catalog, site });
  if (!made) return undefined;
  const type = path.endsWith('.json')
    ? 'application/json'
    : path.endsWith('.md')
      ? 'text/markdown; charset=utf-8'
      : 'text/html; charset=utf-8';
  return { type, body: made.body };
}
