import { categories } from '../../lib/categories';
import { namespaceInfo, type Namespace } from '../../lib/vocabulary';
import { fullTextTerms } from '../../lib/lookup/fulltext';
import { lookupFileUrl, lookupManifestUrl } from '../../lib/urls';
import type { LookupResult, MatchLevel } from '../../lib/lookup';
import {
  MANIFEST_VERSION,
  ShardReader,
  type FileRequest,
  type LookupFile,
  type LookupManifest,
  type ShardedEntry,
} from '../../lib/lookup/shards';

/**
 * The search engine in the browser: the lookup layer answers identifiers, messages and pasted bodies from the split
 * index under `/search/lookup/` (a manifest, then only the files a query's keys name); Pagefind's full-text index
 * answers the words left over. Both load on first use only.
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

interface PagefindResult {
  data(): Promise<{ url: string; meta: Record<string, string>; excerpt: string }>;
}
interface Pagefind {
  search(q: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/**
 * The filters as Pagefind indexed them (CodePage.astro writes display names: the vendor's name, the category's
 * title), so that Pagefind filters before it ranks: filtering its top hits afterwards dropped every result of a
 * vendor outside them.
 */
export function pagefindFilters(
  f: Filters,
  vendorNames: ReadonlyMap<string, string>,
  retryTitles: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.vendor) out['vendor'] = vendorNames.get(f.vendor) ?? f.vendor;
  if (f.category) out['category'] = categoryTitles.get(f.category) ?? f.category;
  if (f.namespace && f.namespace in namespaceInfo) out['namespace'] = namespaceInfo[f.namespace as Namespace].title;
  if (f.retry) out['retry'] = retryTitles[f.retry] ?? f.retry;
  if (f.status) out['status'] = f.status;
  return out;
}

/** A keystroke's pause before a query with an early answer loads its loose keys' files (see `ShardReader`). */
const LOOSE_DELAY_MS = 150;

let reader: Promise<ShardReader> | undefined;
/** The reader once its manifest is in: a query then requests its files in the same task as the keystroke. */
let ready: ShardReader | undefined;
let pagefind: Promise<Pagefind | undefined> | undefined;

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const r = await fetch(url, init);
  if (!r.ok) throw new Error(`The search index could not be loaded (HTTP ${r.status}).`);
  return r.json() as Promise<T>;
}

/** The lookup index's manifest, fetched once; a failed fetch is forgotten so the next query tries again. */
export function loadLookup(): Promise<ShardReader> {
  reader ??= json<LookupManifest>(lookupManifestUrl).then((manifest) => {
    // A script cached from an earlier deploy must not misread the files of a newer one.
    if (manifest.version !== MANIFEST_VERSION)
      throw new Error('The search index changed since this page loaded: reload the page.');
    const file = (n: number, { later, signal }: FileRequest) =>
      json<LookupFile>(lookupFileUrl(n), { ...(later ? { priority: 'low' } : {}), ...(signal ? { signal } : {}) });
    return (ready = new ShardReader(manifest, file, LOOSE_DELAY_MS));
  });
  reader.catch(() => (reader = undefined));
  return reader;
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

/**
 * Runs a query: the lookup first, then full text for the leftover words when the lookup found nothing exact.
 * `onQuick` receives an early answer whenever more is still to come: the lookup's likely matches while the buckets
 * of loose keys load, and the lookup's answer before full text starts, so first results render without waiting.
 * Once `signal` is aborted (a newer query started), the work still to come is skipped and what is known returned.
 */
export async function search(
  query: string,
  filters: Filters = {},
  limit = 20,
  onQuick?: (answer: Answer) => void,
  signal?: AbortSignal,
): Promise<Answer> {
  const shards = ready ?? (await loadLookup());
  const vendorNames = new Map(shards.manifest.vendors.map((v) => [v.slug, v.name]));
  const toRow = (entry: ShardedEntry, match: MatchLevel, reason: string, message?: string): Row => ({
    url: `/errors/${entry.id}/`,
    vendor: entry.vendor,
    vendorName: vendorNames.get(entry.vendor) ?? entry.vendor,
    code: entry.code,
    namespace: entry.namespace,
    title: entry.title,
    category: entry.category,
    categoryTitle: categoryTitles.get(entry.category) ?? entry.category,
    message: message ?? entry.messages[0]?.text,
    httpStatus: entry.httpStatus,
    retry: entry.retry,
    match,
    reason,
  });
  const rowsOf = (result: LookupResult, byId: Map<string, ShardedEntry>) =>
    result.results.flatMap((h) => {
      const entry = byId.get(h.id);
      return entry ? [toRow(entry, h.match, h.reason, h.message)] : [];
    });
  const answerOf = (rows: Row[], result: LookupResult): Answer => ({
    rows: rows.filter((r) => matches(r, filters)).slice(0, limit),
    lookup: result,
    empty: false,
  });
  const { result, entries } = await shards.lookup(
    query,
    { limit: 50 },
    (early) => onQuick?.(answerOf(rowsOf(early.result, new Map(early.entries.map((e) => [e.id, e]))), early.result)),
    signal,
  );
  if (!query.trim()) return { rows: [], lookup: result, empty: true };
  const byId = new Map(entries.map((e) => [e.id, e]));
  const rows = rowsOf(result, byId);
  if (rows.some((r) => r.match === 'exact') || !result.terms.length || signal?.aborted) return answerOf(rows, result);
  onQuick?.(answerOf(rows, result));
  const pf = await loadPagefind();
  if (signal?.aborted) return answerOf(rows, result);
  const terms = fullTextTerms(result.terms, shards.manifest.common, shards.manifest.entries);
  const found = pf
    ? await pf.search(terms.join(' '), {
        filters: pagefindFilters(filters, vendorNames, shards.manifest.labels.retry),
      })
    : { results: [] };
  const seen = new Set(rows.map((r) => r.url));
  // A newer query has started: its own search needs the connections more than this one needs its ten fragments
  // (fetched anyway, they queued in front of the next query's and doubled its slowest times at 50,000 codes).
  if (signal?.aborted) return answerOf(rows, result);
  // The ten hits' data in parallel: one after another, each waited for its fragment's round trip.
  const loaded = await Promise.all(found.results.slice(0, 10).map((hit) => hit.data()));
  for (const data of loaded) {
    if (signal?.aborted) break;
    if (!containsTerms(data.excerpt, terms)) continue;
    const url = data.url.replace(/index\.html$/, '');
    const id = url.replace(/^\/errors\//, '').replace(/\/$/, '');
    const entry = byId.get(id) ?? (await shards.entry(id));
    if (!entry || seen.has(url)) continue;
    seen.add(url);
    rows.push(toRow(entry, 'related', 'Its page contains the words you searched for.'));
  }
  return answerOf(rows, result);
}

/**
 * Whether a full-text hit really has the words: a term Pagefind finds nowhere can still match a page through a
 * one-letter word (`found \`p\` at 1` matched "plorkfish"). The excerpt marks what matched; a marked word must be the
 * term, a word the term begins, or the term's stem. Hits without marks (a title match) are kept.
 */
export function containsTerms(excerpt: string, terms: readonly string[]): boolean {
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.toLowerCase());
  if (!marked.length) return true;
  const asked = terms.map((t) => t.toLowerCase());
  return marked.some(
    (w) => w.length >= 3 && asked.some((t) => w.startsWith(t) || t.startsWith(w.slice(0, Math.max(3, w.length - 3)))),
  );
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
