import { categories } from '../../lib/categories';
import { lookup, type LookupIndex, type LookupResult, type MatchLevel } from '../../lib/lookup';

/**
 * The search engine in the browser: the lookup layer answers identifiers, messages and pasted bodies from
 * `/search/lookup.json`; Pagefind's full-text index answers the words left over. Both load on first use only.
 */

export interface Row {
  url: string;
  vendor: string;
  vendorName: string;
  code: string;
  namespace: string;
  title: string;
  category: string;
  categoryTitle: string;
  message?: string | undefined;
  httpStatus?: number | undefined;
  retry?: string | undefined;
  match: MatchLevel;
  reason: string;
}

export interface Filters {
  vendor?: string;
  category?: string;
  namespace?: string;
  status?: string;
  retry?: string;
}

export interface Answer {
  rows: Row[];
  lookup: LookupResult;
  /** The query was empty after trimming. */
  empty: boolean;
}

interface LookupFile {
  index: LookupIndex;
  facets: Record<string, { retry: string }>;
  labels: { retry: Record<string, string> };
}

interface PagefindResult {
  data(): Promise<{ url: string; meta: Record<string, string>; excerpt: string }>;
}
interface Pagefind {
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

let lookupFile: Promise<LookupFile> | undefined;
let pagefind: Promise<Pagefind | undefined> | undefined;

export function loadLookup(): Promise<LookupFile> {
  lookupFile ??= fetch('/search/lookup.json').then((r) => {
    if (!r.ok) throw new Error(`The search index could not be loaded (HTTP ${r.status}).`);
    return r.json() as Promise<LookupFile>;
  });
  return lookupFile;
}

function loadPagefind(): Promise<Pagefind | undefined> {
  // Through a variable: a literal path would be resolved by the bundler, and the index only exists after the build.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path).then(
    (m: Pagefind) => m,
    () => undefined,
  );
  return pagefind;
}

const categoryTitles = new Map<string, string>(categories.map((c) => [c.id, c.title]));

function matches(row: Row, f: Filters): boolean {
  return (
    (!f.vendor || row.vendor === f.vendor) &&
    (!f.category || row.category === f.category) &&
    (!f.namespace || row.namespace === f.namespace) &&
    (!f.status || String(row.httpStatus ?? '') === f.status) &&
    (!f.retry || row.retry === f.retry)
  );
}

/** Runs a query: lookup first; full text for the leftover words when the lookup found nothing exact. */
export async function search(query: string, filters: Filters = {}, limit = 20): Promise<Answer> {
  const file = await loadLookup();
  const { index, facets } = file;
  const result = lookup(index, query, { limit: 50 });
  if (!query.trim()) return { rows: [], lookup: result, empty: true };
  const byId = new Map(index.entries.map((e) => [e.id, e]));
  const vendorNames = new Map(index.vendors.map((v) => [v.slug, v.name]));
  const rows: Row[] = result.results.map((h) => ({
    url: h.url,
    vendor: h.vendor,
    vendorName: vendorNames.get(h.vendor) ?? h.vendor,
    code: h.code,
    namespace: h.namespace,
    title: h.title,
    category: h.category,
    categoryTitle: categoryTitles.get(h.category) ?? h.category,
    message: h.message,
    httpStatus: byId.get(h.id)?.httpStatus,
    retry: facets[h.id]?.retry,
    match: h.match,
    reason: h.reason,
  }));
  if (!rows.some((r) => r.match === 'exact') && result.terms.length) {
    const pf = await loadPagefind();
    const found = pf ? await pf.search(result.terms.join(' ')) : { results: [] };
    const seen = new Set(rows.map((r) => r.url));
    for (const hit of found.results.slice(0, 10)) {
      const data = await hit.data();
      const url = data.url.replace(/index\.html$/, '');
      const id = url.replace(/^\/errors\//, '').replace(/\/$/, '');
      const entry = byId.get(id);
      if (!entry || seen.has(url)) continue;
      seen.add(url);
      rows.push({
        url,
        vendor: entry.vendor,
        vendorName: vendorNames.get(entry.vendor) ?? entry.vendor,
        code: entry.code,
        namespace: entry.namespace,
        title: entry.title,
        category: entry.category,
        categoryTitle: categoryTitles.get(entry.category) ?? entry.category,
        message: entry.messages[0]?.text,
        httpStatus: entry.httpStatus,
        retry: facets[id]?.retry,
        match: 'related',
        reason: 'Its page contains the words you searched for.',
      });
    }
  }
  return { rows: rows.filter((r) => matches(r, filters)).slice(0, limit), lookup: result, empty: false };
}

/** Categories whose words overlap the query, for the "no match" answer (never a guess at an entry). */
export function closestCategories(query: string, max = 4): { id: string; title: string }[] {
  const words = new Set(query.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  const scored = categories
    .map((c) => {
      const text = `${c.title} ${c.description}`.toLowerCase();
      return { id: c.id, title: c.title, score: [...words].filter((w) => text.includes(w)).length };
    })
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, max);
}
