import { lookup } from './index';
import { identifierKeys, lastPart } from './keys';
import { commonWords, sentenceDirection, STOP } from './match-names';
import { codeKey, hasHan, identifierWords, normalize, squash, words } from './normalize';
import { readQuery } from './query';
import type { IndexedEntry, IndexedVendor, LookupIndex, LookupOptions, LookupResult } from './types';

/**
 * The lookup index split so that a query loads only the part it needs. One file for the whole catalog would be
 * some 20 MB at 50,000 codes; instead there is a manifest (how many files, and the vendors, whose names steer every
 * query) and numbered files, each holding
 *
 * - entries: those whose identifier hashes to the file (about 16 a file), so any id finds its file, and entries
 *   with the same code or status share one (every vendor's HTTP 400 and the codes `400`);
 * - keys: for each lookup key whose text hashes to the file, the files of the entries that carry it. Keys mirror
 *   what the matchers compare: the identifier key and each whole message without spaces (one key space), the HTTP
 *   status, the title and each alias, and, for messages that only occur inside a longer text, their rarest word (a
 *   Chinese bigram for Chinese text), plus every uncommon word.
 *
 * A key's text (without spaces, whatever its kind) is hashed exactly as an identifier is. So the file that holds an
 * identifier's entries also holds that identifier's keys: an identifier query (`QUOTA_EXCEEDED`, `40000004`, `400`)
 * reads one file in one round trip, and the keys one query derives from one string (`s:quotaexceeded`,
 * `n:quota exceeded`, `w:quota`…) share a file. A query computes its keys the same way (`queryKeys`), fetches their
 * files, then the other files they name, and runs the unchanged `lookup` on the entries it loaded. A small catalog
 * (up to `WHOLE_MAX` entries) is a single file without keys: the lookup then sees every entry, exactly as before
 * the split. At scale the one difference is the word-overlap tier: it ranks the entries a query's keys reached,
 * with word rarity measured among them, and leaves broader word matches to full-text search.
 */

/** Up to this many entries the whole index is one file (about 60 KB gzip). */
export const WHOLE_MAX = 600;
const PER_FILE = 16;
/** Files one query may load from loose keys (words, carried statuses); exact keys always load theirs. */
const LOOSE_FILES = 24;
const QUERY_WORDS = 64;
/** A word in at most this many entries (or a 500th of the catalog) keys every entry that uses it. */
const RARE_MIN = 16;

export interface ShardedEntry extends IndexedEntry {
  /** Position in display order: ties between equally good results keep the catalog's order. */
  o: number;
  /** The retry policy id, for the search filter. */
  retry: string;
}

/** Bumped whenever the files' layout changes: a page's script must never read another layout's files. */
export const MANIFEST_VERSION = 4;

export interface LookupManifest {
  version: typeof MANIFEST_VERSION;
  vendors: IndexedVendor[];
  entries: number;
  /** How many files there are; with one, it holds the whole index and no keys. */
  files: number;
  labels: { retry: Record<string, string> };
  /** The catalog's most common words and their entry counts, for rarity when only some files are loaded. */
  common: Record<string, number>;
}

/** One file of the split index (see the module comment). */
export interface LookupFile {
  entries: ShardedEntry[];
  /** Hash of a lookup key (base 36) → numbers of the files holding the entries that carry the key. */
  keys: Record<string, number[]>;
}

/** FNV-1a, 32 bits: the same number in Node and in every browser. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The file of an identifier (its `codeKey`) and of every key with that text. */
export const fileOf = (text: string, files: number): number => hash(text) % files;

/** An entry's file, from its id alone: by its identifier, so entries sharing one share a file. */
export function entryFile(id: string, files: number): number {
  const [, namespace = '', slug = ''] = id.split('/');
  // The slug's base (before any `--qualifier`) is the code, or its slug with the same code key.
  const base = slug.split('--')[0]!;
  return fileOf(namespace === 'http' || identifierKeys({ namespace, code: base }).length ? codeKey(base) : id, files);
}

/** A key's file: by its text without spaces and without its kind, so one string's keys share a file. */
export const keyFile = (key: string, files: number): number => fileOf(key.slice(2).replace(/ /g, ''), files);

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
  return units(
    [e.title, identifierWords(e.code), ...e.aliases, ...e.messages.map((m) => m.text)].map(normalize).join(' '),
  );
}

/** Every key an entry is found by. */
export function entryKeys(e: IndexedEntry, df: ReadonlyMap<string, number>, rareBelow = 0): Set<string> {
  const keys = new Set<string>();
  // `s:` keys are squashed text: an identifier key and a whole message without spaces share the one key space, so
  // a query that is either looks up one key, not two.
  for (const k of identifierKeys(e)) keys.add(`s:${k}`);
  for (const v of e.values ?? []) keys.add(`s:${codeKey(v)}`);
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
  // word in more than `rareBelow` entries would name most files and says little, so only the rarest stands in.
  const list = bag(e);
  for (const u of list) if ((df.get(u) ?? 0) <= rareBelow) keys.add(unitKey(u));
  const word = rarest(list, df);
  if (word) keys.add(unitKey(word));
  return keys;
}

/** How many lookup files an index of `entries` entries is split into (one while it is small). */
export const lookupFileCount = (entries: number, whole = WHOLE_MAX): number =>
  entries <= whole ? 1 : Math.ceil(entries / PER_FILE);

/** Splits a lookup index into a manifest and files (see the module comment). */
export function shardIndex(
  index: LookupIndex,
  retry: ReadonlyMap<string, string>,
  labels: LookupManifest['labels'],
  whole = WHOLE_MAX,
): { manifest: LookupManifest; files: LookupFile[] } {
  const n = index.entries.length;
  const count = lookupFileCount(n, whole);
  const files: LookupFile[] = Array.from({ length: count }, () => ({ entries: [], keys: {} }));
  index.entries.forEach((e, o) => {
    files[entryFile(e.id, count)]!.entries.push({ ...e, o, retry: retry.get(e.id) ?? '' });
  });
  if (count > 1) {
    const df = new Map<string, number>();
    for (const e of index.entries) for (const u of new Set(bag(e))) df.set(u, (df.get(u) ?? 0) + 1);
    for (const e of index.entries) {
      const at = entryFile(e.id, count);
      for (const key of entryKeys(e, df, Math.max(RARE_MIN, n / 500))) {
        const list = (files[keyFile(key, count)]!.keys[hash(key).toString(36)] ??= []);
        if (!list.includes(at)) list.push(at);
      }
    }
  }
  const common = count > 1 ? commonWords(index) : {};
  return {
    manifest: { version: MANIFEST_VERSION, vendors: index.vendors, entries: n, files: count, labels, common },
    files,
  };
}

export interface QueryKeys {
  exact: string[];
  loose: string[];
}

/** A query's keys: `exact` ones compare whole strings or identifiers, `loose` ones single words or a bare status. */
export function queryKeys(vendors: readonly IndexedVendor[], text: string): QueryKeys {
  const q = readQuery(vendors, text);
  const exact = new Set<string>();
  const loose = new Set<string>();
  const code = (s: string) => {
    const k = codeKey(s);
    if (k) exact.add(`s:${k}`);
  };
  for (const f of q.x.fields) code(f.value);
  for (const t of q.x.tokens) {
    code(t.value);
    // matchCodes also reads a qualified name's last part (`speechmatics.rt._exceptions.ConnectionError`), which is
    // the key of an SDK entry whose own module path differs: its file must load too.
    if (t.shape === 'qualified') code(lastPart(t.value));
  }
  // Every word as written may be an identifier or a one-word message, except stop words and single characters:
  // those would cost a file each and are identifiers only as a whole query, a code field or an identifier-shaped
  // token, all keyed above or below.
  for (const k of [...q.rawKeys.keys()].slice(0, 200)) if (k.length > 1 && !STOP.has(k)) exact.add(`s:${k}`);
  const statuses = new Set<number>(q.x.statuses);
  for (const f of q.x.fields) if (/^[1-5]\d\d$/.test(f.value)) statuses.add(Number(f.value));
  if (/^[1-5]\d\d$/.test(q.residual)) statuses.add(Number(q.residual));
  for (const s of statuses) {
    exact.add(`h:${s}`);
    loose.add(`S:${s}`);
  }
  for (const s of new Set([...q.messages, q.named, q.residual, q.full])) if (s) exact.add(`s:${squash(s)}`);
  for (const s of [q.residual, q.named]) if (s) exact.add(`n:${s}`);
  for (const u of [...new Set(units(q.full))].slice(0, QUERY_WORDS)) loose.add(unitKey(u));
  // matchWords reads "under" or "exceeds" as the entries' own word for the direction: load the files that key it.
  const direction = sentenceDirection(q);
  if (direction) loose.add(unitKey(direction));
  return { exact: [...exact], loose: [...loose] };
}

/** Resolves after `ms`, or as soon as `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** How a file is wanted: `later` for a query's loose keys only; `signal` aborts the request. */
export interface FileRequest {
  later: boolean;
  signal?: AbortSignal;
}

/**
 * Loads files of a split index on demand, each once; `fetchFile` reads one file. Files wanted only for a query's
 * loose keys (up to LOOSE_FILES at once) are requested `later`, so the browser serves any query's exact keys first
 * (with six connections per host they would otherwise hold up the next keystroke's one file), and are abandoned if
 * that query is superseded before they arrive, unless another query asked for them meanwhile.
 */
export class ShardReader {
  private loaded = new Map<number, Promise<LookupFile>>();
  /** Files whose request has answered, so a query can tell whether it still waits for any. */
  private arrived = new Set<number>();
  /** Pending loose-key files that only one query wants, with the means to abandon them. */
  private abandonable = new Map<number, AbortController>();

  /**
   * `looseDelayMs`: how long a query that has shown an early answer waits before asking for its loose keys' files.
   * A bare status (`400`) shows every vendor's HTTP 400 at once and then wants up to 24 more files; typed on
   * (`4000…`) or followed by another search within that time, it asks for none of them. Started at once, they held
   * up the next query's one file: at 50,000 codes each identifier searched right after `400` took 20–50 ms more.
   */
  constructor(
    readonly manifest: LookupManifest,
    private fetchFile: (n: number, request: FileRequest) => Promise<LookupFile>,
    private readonly looseDelayMs = 0,
  ) {}

  /**
   * The pending or settled request is reused; a failed one is forgotten, so the next query asks again. `loose`
   * is the signal of the query that wants the file for its loose keys only.
   */
  private file(n: number, loose?: AbortSignal): Promise<LookupFile> {
    const existing = this.loaded.get(n);
    if (existing) {
      // Someone else wants it too: it is no longer one query's to abandon.
      this.abandonable.delete(n);
      return existing;
    }
    const stop = loose && new AbortController();
    const p = this.fetchFile(n, { later: !!loose, ...(stop ? { signal: stop.signal } : {}) });
    this.loaded.set(n, p);
    const settled = () => {
      if (this.abandonable.get(n) === stop) this.abandonable.delete(n);
    };
    p.then(
      () => {
        settled();
        this.arrived.add(n);
      },
      () => {
        settled();
        if (this.loaded.get(n) === p) this.loaded.delete(n);
      },
    );
    if (loose && stop) {
      this.abandonable.set(n, stop);
      loose.addEventListener(
        'abort',
        () => {
          if (this.abandonable.get(n) !== stop) return;
          this.abandonable.delete(n);
          this.loaded.delete(n);
          stop.abort();
        },
        { once: true },
      );
    }
    return p;
  }

  /** The files the given keys name (key → the file holding the key → file numbers). */
  private async fileLists(keys: readonly string[]): Promise<number[][]> {
    const { files } = this.manifest;
    return Promise.all(
      keys.map(async (key) =>
        ((await this.file(keyFile(key, files))).keys[hash(key).toString(36)] ?? []).filter((f) => f < files),
      ),
    );
  }

  /** Every file a query's exact keys name. */
  async exactFiles(query: string, keys?: QueryKeys): Promise<number[]> {
    if (this.manifest.files === 1) return [0];
    return [...new Set((await this.fileLists((keys ?? queryKeys(this.manifest.vendors, query)).exact)).flat())];
  }

  /** Files of a query's loose keys beyond `known`, at most LOOSE_FILES, rarest keys first. */
  async looseFiles(query: string, known: readonly number[], keys?: QueryKeys): Promise<number[]> {
    if (this.manifest.files === 1) return [];
    const lists = await this.fileLists((keys ?? queryKeys(this.manifest.vendors, query)).loose);
    const seen = new Set(known);
    const loose = new Set<number>();
    // Loose keys that name few files say more than a common word does: take them first.
    for (const list of lists.sort((a, b) => a.length - b.length)) {
      for (const f of list) if (loose.size < LOOSE_FILES && !seen.has(f)) loose.add(f);
    }
    return [...loose];
  }

  /**
   * Runs `lookup` on the part of the index a query needs: first the files its exact keys name, which is all an
   * identifier or a whole message needs; only when that finds nothing exact, the loose keys' files too. `early`
   * receives a first answer while more files are still to load: an identifier's exact match from its own file
   * (see `homeAnswer`), or likely matches before the loose keys' files. Once `signal` is aborted (a newer
   * keystroke), the first answer stands: typing `4`, `40`, `400` must not queue three loose lookups.
   */
  async lookup(
    query: string,
    options: LookupOptions = {},
    early?: (answer: { result: LookupResult; entries: ShardedEntry[] }) => void,
    signal?: AbortSignal,
  ): Promise<{ result: LookupResult; entries: ShardedEntry[] }> {
    const keys = this.manifest.files === 1 ? undefined : queryKeys(this.manifest.vendors, query);
    const home = keys && early ? this.homeAnswer(query, keys, options, early) : undefined;
    const exact = await this.exactFiles(query, keys);
    home?.afterKeys(exact);
    let part = await this.indexOf(exact);
    home?.stop();
    let result = lookup(part.index, query, options);
    if (!result.results.some((r) => r.match === 'exact')) {
      const loose = await this.looseFiles(query, exact, keys);
      if (loose.length) {
        if (result.results.length) {
          early?.({ result, entries: part.entries });
          if (this.looseDelayMs && signal) await pause(this.looseDelayMs, signal);
        }
        if (signal?.aborted) return { result, entries: part.entries };
        // Without a signal of the caller's, the files still go after exact keys; nobody can abandon them.
        const later = signal ?? new AbortController().signal;
        const more = await this.indexOf([...exact, ...loose], later).catch((e: unknown) => {
          if (!signal?.aborted) throw e;
        });
        if (!more || signal?.aborted) return { result, entries: part.entries };
        part = more;
        result = lookup(part.index, query, options);
      }
    }
    return { result, entries: part.entries };
  }

  /**
   * The early answer of a query that is one identifier. Its entries live in the file its key hashes to, but its
   * other keys (a CamelCase code's words, the code read without filler words) may name further files, a round
   * trip or two more. Once the home file is in and an exact match is found there while other files are still on
   * their way, that match is shown at once; the full answer follows and normally keeps it first. Nothing is shown
   * early when every file is in anyway (the full answer is a moment away) or the query is not one identifier.
   */
  private homeAnswer(
    query: string,
    keys: QueryKeys,
    options: LookupOptions,
    early: (answer: { result: LookupResult; entries: ShardedEntry[] }) => void,
  ): { afterKeys(named: readonly number[]): void; stop(): void } | undefined {
    const k = /^\S+$/.test(query.trim()) ? codeKey(query.trim()) : '';
    if (!k || !keys.exact.includes(`s:${k}`)) return undefined;
    const { files } = this.manifest;
    const home = keyFile(`s:${k}`, files);
    let waitingFor = new Set(keys.exact.map((key) => keyFile(key, files)));
    let done = false;
    let file: LookupFile | undefined;
    const tryEarly = () => {
      if (done || !file || [...waitingFor].every((n) => this.arrived.has(n))) return;
      const part = this.partOf(file.entries);
      const result = lookup(part.index, query, options);
      if (!result.results.some((r) => r.match === 'exact')) return;
      done = true;
      early({ result, entries: part.entries });
    };
    this.file(home).then(
      (f) => {
        file = f;
        // After the callbacks of files that answered in the same task, so those count as in.
        queueMicrotask(tryEarly);
      },
      () => undefined,
    );
    return {
      afterKeys: (named) => {
        waitingFor = new Set(named);
        tryEarly();
      },
      stop: () => {
        done = true;
      },
    };
  }

  private last?: { key: string; index: LookupIndex; entries: ShardedEntry[] };

  /**
   * The entries of the given files as a lookup index, in display order (`loose` as for `file`). The same files give
   * the same object, so the matchers' per-index caches (identifier maps, word bags) last while someone types.
   */
  async indexOf(
    fileList: readonly number[],
    loose?: AbortSignal,
  ): Promise<{ index: LookupIndex; entries: ShardedEntry[] }> {
    const key = [...fileList].sort((a, b) => a - b).join(',');
    if (this.last?.key === key) return this.last;
    const loaded = await Promise.all(fileList.map(async (f) => (await this.file(f, loose)).entries));
    this.last = { key, ...this.partOf(loaded.flat()) };
    return this.last;
  }

  /** Entries from loaded files as a lookup index, in display order. */
  private partOf(entries: readonly ShardedEntry[]): { index: LookupIndex; entries: ShardedEntry[] } {
    const sorted = [...entries].sort((a, b) => a.o - b.o);
    const index = {
      version: 1 as const,
      vendors: this.manifest.vendors,
      entries: sorted,
      size: this.manifest.entries,
      common: this.manifest.common,
    };
    return { index, entries: sorted };
  }

  /** One entry by id (full-text results name entries the lookup did not load). */
  async entry(id: string): Promise<ShardedEntry | undefined> {
    return (await this.file(entryFile(id, this.manifest.files))).entries.find((e) => e.id === id);
  }
}
