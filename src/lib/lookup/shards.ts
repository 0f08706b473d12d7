import { lookup } from './index';
import { CODE_KEYS } from './keys';
import { STOP } from './match-names';
import { codeKey, hasHan, identifierWords, normalize, squash, words } from './normalize';
import { readQuery } from './query';
import type { IndexedEntry, IndexedVendor, LookupIndex, LookupOptions, LookupResult } from './types';

/**
 * The lookup index split so that a query loads only the part it needs. One file for the whole catalog would be
 * some 20 MB at 50,000 codes; instead:
 *
 * - entries live in buckets chosen by a hash of their identifier (about 16 entries each), so any id finds its
 *   bucket and entries with the same code or status share one;
 * - key shards map a hash of each lookup key to the buckets of the entries that carry it. Keys mirror what the
 *   matchers compare: the identifier key and each whole message without spaces (one key space), the HTTP status,
 *   the title and each alias, and, for messages that only occur inside a longer text, their rarest word (a Chinese
 *   bigram for Chinese text), plus every uncommon word. A key's shard is chosen by its text without spaces, whatever
 *   its kind, so the keys one query derives from one string (`s:quotaexceeded`, `n:quota exceeded`, `w:quota`…)
 *   share a shard;
 * - a manifest says how many of each there are and carries the vendors (vendor names steer every query).
 *
 * A query computes its own keys the same way (`queryKeys`), fetches the key shards of those keys, then the buckets
 * they name, and runs the unchanged `lookup` on the entries it loaded. The bucket of an identifier follows from the
 * identifier alone, so it is fetched together with the key shards instead of after them: an identifier costs one
 * round trip, not two. A small catalog (up to `WHOLE_MAX` entries) is a single bucket and no key shards: the
 * lookup then sees every entry, exactly as before the split. At scale the one difference is the word-overlap tier:
 * it ranks the entries a query's keys reached, with word rarity measured among them, and leaves broader word
 * matches to full-text search.
 */

/** Up to this many entries the whole index is one bucket (about 60 KB gzip). */
export const WHOLE_MAX = 600;
const PER_BUCKET = 16;
const PER_KEY_SHARD = 64;
/** Buckets one query may load from loose keys (words, carried statuses); exact keys always load theirs. */
const LOOSE_BUCKETS = 24;
const QUERY_WORDS = 64;
/** Identifier buckets fetched before the key shards name them (a code field, the whole query, a token, a status). */
const EARLY_BUCKETS = 4;
/** A word in at most this many entries (or a 500th of the catalog) keys every entry that uses it. */
const RARE_MIN = 16;

export interface ShardedEntry extends IndexedEntry {
  /** Position in display order: ties between equally good results keep the catalog's order. */
  o: number;
  /** The retry policy id, for the search filter. */
  retry: string;
}

/** Bumped whenever the files' layout changes: a page's script must never read another layout's files. */
export const MANIFEST_VERSION = 3;

export interface LookupManifest {
  version: typeof MANIFEST_VERSION;
  vendors: IndexedVendor[];
  entries: number;
  buckets: number;
  /** 0 when the whole index is bucket 0. */
  keyShards: number;
  labels: { retry: Record<string, string> };
}

/** Hash of a key → bucket numbers. */
export type KeyShard = Record<string, number[]>;

/** FNV-1a, 32 bits: the same number in Node and in every browser. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The bucket of the entries whose identifier (code or HTTP status) has this `codeKey`. */
export const identifierBucket = (key: string, buckets: number): number => hash(`c:${key}`) % buckets;

/**
 * An entry's bucket, from its id alone. Entries sharing an identifier share a bucket (every vendor's HTTP 400, the
 * codes `400`, the vendors whose code is 1001), so a bare `400` loads one bucket instead of one per vendor, and a
 * query can name the bucket of an identifier before any key shard arrives.
 */
export function bucketOf(id: string, buckets: number): number {
  const [, namespace, code = ''] = id.split('/');
  return namespace === 'code' || namespace === 'http' ? identifierBucket(codeKey(code), buckets) : hash(id) % buckets;
}

/** A key's shard: by its text without spaces and without its kind, so one string's keys share a shard. */
export const keyShardOf = (key: string, keyShards: number): number => hash(key.slice(2).replace(/ /g, '')) % keyShards;

/** Chinese has no spaces: its text is keyed by two-character pieces, which survive any segmentation. */
function bigrams(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= word.length; i++) out.push(word.slice(i, i + 2));
  return out;
}

/** The searchable units of normalised text: Latin words (no stop words, no single letters) and Chinese bigrams. */
function units(text: string): string[] {
  return words(text).flatMap((w) => (hasHan(w) ? bigrams(w) : STOP.has(w) || w.length < 2 ? [] : [w]));
}
const unitKey = (u: string) => (hasHan(u) ? `b:${u}` : `w:${u}`);

/** The rarest unit of a text by catalog-wide frequency, or none. */
function rarest(list: readonly string[], df: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestDf = Infinity;
  for (const u of list) {
    const d = df.get(u) ?? 0;
    // Equally rare: the longer unit is the more specific.
    if (d < bestDf || (d === bestDf && u.length > best!.length)) [best, bestDf] = [u, d];
  }
  return best;
}

/** Literal units of a template that a filled-in message still contains as whole units (not next to a hole). */
function innerUnits(pieces: readonly string[]): string[] {
  return pieces.flatMap((piece, i) => {
    const list = units(piece);
    const cutLeft = i > 0 && !piece.startsWith(' ');
    const cutRight = i < pieces.length - 1 && !piece.endsWith(' ');
    return list.filter((_, j) => !(cutLeft && j === 0) && !(cutRight && j === list.length - 1));
  });
}

function bag(e: IndexedEntry): string[] {
  return units([e.title, identifierWords(e.code), ...e.aliases, ...e.messages.map((m) => m.text)].map(normalize).join(' '));
}

/** Every key an entry is found by. */
export function entryKeys(e: IndexedEntry, df: ReadonlyMap<string, number>, rareBelow = 0): Set<string> {
  const keys = new Set<string>();
  // `s:` keys are squashed text: an identifier key and a whole message without spaces share the one key space, so
  // a query that is either costs one key shard, not two.
  if (e.namespace === 'code') keys.add(`s:${codeKey(e.code)}`);
  if (e.namespace === 'http') keys.add(`h:${Number(e.code)}`);
  else if (e.httpStatus !== undefined) keys.add(`S:${e.httpStatus}`);
  for (const m of e.messages) {
    for (const f of m.forms) {
      if (f.p.length === 1) keys.add(`s:${squash(f.p[0]!)}`);
      const anchor = rarest(innerUnits(f.p), df) ?? rarest(units(f.p.join(' ')), df);
      if (anchor) keys.add(unitKey(anchor));
    }
  }
  for (const a of e.aliases) {
    keys.add(`n:${a}`);
    if (hasHan(a)) for (const b of bigrams(a.replace(/ /g, ''))) keys.add(`b:${b}`);
    const anchor = rarest(units(a), df);
    if (anchor) keys.add(unitKey(anchor));
  }
  // `n:` keys are names compared whole: aliases and the title.
  keys.add(`n:${normalize(e.title)}`);
  // Word overlap (a partial quote, a few words of a title) reaches an entry through any of its uncommon words; a
  // word in more than `rareBelow` entries would name most buckets and says little, so only the rarest stands in.
  const list = bag(e);
  for (const u of list) if ((df.get(u) ?? 0) <= rareBelow) keys.add(unitKey(u));
  const word = rarest(list, df);
  if (word) keys.add(unitKey(word));
  return keys;
}

/** Splits a lookup index into a manifest, key shards and buckets (see the module comment). */
export function shardIndex(
  index: LookupIndex,
  retry: ReadonlyMap<string, string>,
  labels: LookupManifest['labels'],
  whole = WHOLE_MAX,
): { manifest: LookupManifest; keyShards: KeyShard[]; buckets: ShardedEntry[][] } {
  const n = index.entries.length;
  const bucketCount = n <= whole ? 1 : Math.ceil(n / PER_BUCKET);
  const keyShardCount = n <= whole ? 0 : Math.ceil(n / PER_KEY_SHARD);
  const buckets: ShardedEntry[][] = Array.from({ length: bucketCount }, () => []);
  index.entries.forEach((e, o) => buckets[bucketOf(e.id, bucketCount)]!.push({ ...e, o, retry: retry.get(e.id) ?? '' }));
  const keyShards: KeyShard[] = Array.from({ length: keyShardCount }, () => ({}));
  if (keyShardCount) {
    const df = new Map<string, number>();
    for (const e of index.entries) for (const u of new Set(bag(e))) df.set(u, (df.get(u) ?? 0) + 1);
    for (const e of index.entries) {
      const b = bucketOf(e.id, bucketCount);
      for (const key of entryKeys(e, df, Math.max(RARE_MIN, n / 500))) {
        const shard = keyShards[keyShardOf(key, keyShardCount)]!;
        const list = (shard[hash(key).toString(36)] ??= []);
        if (!list.includes(b)) list.push(b);
      }
    }
  }
  return {
    manifest: {
      version: MANIFEST_VERSION,
      vendors: index.vendors,
      entries: n,
      buckets: bucketCount,
      keyShards: keyShardCount,
      labels,
    },
    keyShards,
    buckets,
  };
}

export interface QueryKeys {
  exact: string[];
  loose: string[];
  ids: string[];
}

/**
 * A query's keys: `exact` ones compare whole strings or identifiers, `loose` ones single words or a bare status;
 * `ids` are the identifier keys it may name (a code field, the whole query, identifier-shaped words, a status),
 * most telling first, whose buckets can be fetched before the key shards confirm them.
 */
export function queryKeys(vendors: readonly IndexedVendor[], text: string): QueryKeys {
  const q = readQuery({ version: 1, vendors: [...vendors], entries: [] }, text);
  const exact = new Set<string>();
  const loose = new Set<string>();
  const ids = new Set<string>();
  const code = (s: string, id: boolean) => {
    const k = codeKey(s);
    if (!k) return;
    exact.add(`s:${k}`);
    if (id) ids.add(k);
  };
  for (const f of q.x.fields) code(f.value, CODE_KEYS.has(f.key) && f.value.length <= 64 && !/\s/.test(f.value));
  const residual = words(q.residual);
  if (residual.length > 0 && residual.length <= 6) ids.add(squash(q.residual));
  for (const t of q.x.tokens) code(t.value, true);
  for (const k of [...q.rawKeys.keys()].slice(0, 200)) exact.add(`s:${k}`);
  const statuses = new Set<number>(q.x.statuses);
  for (const f of q.x.fields) if (/^[1-5]\d\d$/.test(f.value)) statuses.add(Number(f.value));
  if (/^[1-5]\d\d$/.test(q.residual)) statuses.add(Number(q.residual));
  for (const s of statuses) {
    exact.add(`h:${s}`);
    loose.add(`S:${s}`);
    ids.add(String(s));
  }
  for (const s of new Set([...q.messages, q.named, q.residual, q.full])) if (s) exact.add(`s:${squash(s)}`);
  for (const s of [q.residual, q.named]) if (s) exact.add(`n:${s}`);
  for (const u of [...new Set(units(q.full))].slice(0, QUERY_WORDS)) loose.add(unitKey(u));
  return { exact: [...exact], loose: [...loose], ids: [...ids].filter(Boolean) };
}

/** One request per file: the pending or settled promise is reused, a failed one is forgotten so a retry can work. */
function once<T>(cache: Map<number, Promise<T>>, n: number, load: (n: number) => Promise<T>): Promise<T> {
  let p = cache.get(n);
  if (!p) {
    cache.set(n, (p = load(n)));
    const mine = p;
    p.catch(() => cache.get(n) === mine && cache.delete(n));
  }
  return p;
}

/** Loads parts of a sharded index on demand; `fetchKeys` and `fetchBucket` read one file each. */
export class ShardReader {
  private keyShards = new Map<number, Promise<KeyShard>>();
  private bucketFiles = new Map<number, Promise<ShardedEntry[]>>();

  constructor(
    readonly manifest: LookupManifest,
    private fetchKeys: (n: number) => Promise<KeyShard>,
    private fetchBucket: (n: number) => Promise<ShardedEntry[]>,
  ) {}

  private keysOf(n: number): Promise<KeyShard> {
    return once(this.keyShards, n, this.fetchKeys);
  }

  private bucket(n: number): Promise<ShardedEntry[]> {
    return once(this.bucketFiles, n, this.fetchBucket);
  }

  /** The buckets the given keys name (key → key shard → bucket numbers). */
  private async bucketLists(keys: readonly string[]): Promise<number[][]> {
    const { keyShards, buckets } = this.manifest;
    return Promise.all(
      keys.map(async (key) =>
        ((await this.keysOf(keyShardOf(key, keyShards)))[hash(key).toString(36)] ?? []).filter((b) => b < buckets),
      ),
    );
  }

  /**
   * Every bucket a query's exact keys name. The buckets of the identifiers it may name are requested at once,
   * alongside the key shards: they are what an identifier query needs, and waiting for the key shards to say so
   * would cost a second round trip. Only the buckets the key shards name are used, so results are the same.
   */
  async exactBuckets(query: string, keys?: QueryKeys): Promise<number[]> {
    if (!this.manifest.keyShards) return [0];
    const { exact, ids } = keys ?? queryKeys(this.manifest.vendors, query);
    // Failures surface when the bucket is used, if it is.
    for (const id of ids.slice(0, EARLY_BUCKETS)) {
      this.bucket(identifierBucket(id, this.manifest.buckets)).catch(() => {});
    }
    return [...new Set((await this.bucketLists(exact)).flat())];
  }

  /** Buckets of a query's loose keys beyond `known`, at most LOOSE_BUCKETS, rarest keys first. */
  async looseBuckets(query: string, known: readonly number[], keys?: QueryKeys): Promise<number[]> {
    if (!this.manifest.keyShards) return [];
    const lists = await this.bucketLists((keys ?? queryKeys(this.manifest.vendors, query)).loose);
    const seen = new Set(known);
    const loose = new Set<number>();
    // Loose keys that name few buckets say more than a common word does: take them first.
    for (const list of lists.sort((a, b) => a.length - b.length)) {
      for (const b of list) if (loose.size < LOOSE_BUCKETS && !seen.has(b)) loose.add(b);
    }
    return [...loose];
  }

  /**
   * Runs `lookup` on the part of the index a query needs: first the buckets of its exact keys, which is all an
   * identifier or a whole message needs; only when that finds nothing exact, the loose keys and their buckets too.
   * `early` receives the first answer when it has results and the loose buckets are still to load.
   */
  async lookup(
    query: string,
    options: LookupOptions = {},
    early?: (answer: { result: LookupResult; entries: ShardedEntry[] }) => void,
  ): Promise<{ result: LookupResult; entries: ShardedEntry[] }> {
    const keys = this.manifest.keyShards ? queryKeys(this.manifest.vendors, query) : undefined;
    const exact = await this.exactBuckets(query, keys);
    let part = await this.indexOf(exact);
    let result = lookup(part.index, query, options);
    if (!result.results.some((r) => r.match === 'exact')) {
      const loose = await this.looseBuckets(query, exact, keys);
      if (loose.length) {
        if (result.results.length) early?.({ result, entries: part.entries });
        part = await this.indexOf([...exact, ...loose]);
        result = lookup(part.index, query, options);
      }
    }
    return { result, entries: part.entries };
  }

  private last?: { key: string; index: LookupIndex; entries: ShardedEntry[] };

  /**
   * The entries of the given buckets as a lookup index, in display order. The same buckets give the same object, so
   * the matchers' per-index caches (identifier maps, word bags) last while someone types.
   */
  async indexOf(bucketList: readonly number[]): Promise<{ index: LookupIndex; entries: ShardedEntry[] }> {
    const key = [...bucketList].sort((a, b) => a - b).join(',');
    if (this.last?.key === key) return this.last;
    const entries = (await Promise.all(bucketList.map((b) => this.bucket(b)))).flat().sort((a, b) => a.o - b.o);
    this.last = { key, index: { version: 1, vendors: this.manifest.vendors, entries }, entries };
    return this.last;
  }

  /** One entry by id (full-text results name entries the lookup did not load). */
  async entry(id: string): Promise<ShardedEntry | undefined> {
    return (await this.bucket(bucketOf(id, this.manifest.buckets))).find((e) => e.id === id);
  }
}
