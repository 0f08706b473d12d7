import type { HitSet } from './hits';
import { hasHan, identifierWords, normalize, words } from './normalize';
import type { Query } from './query';
import type { IndexedEntry, LookupIndex } from './types';

/**
 * Names rather than identifiers or messages: aliases (including the Chinese wording of Alibaba's table), titles, an
 * identifier typed as words, and, last, plain word overlap. None of these can be exact: they say what an error is
 * called, and other vendors' errors are called the same.
 */

/** Words too common to say anything about an error. */
export const STOP = new Set(
  (
    'a an the is are was were be been to of in on at for from by with and or it its this that your you please ' +
    'not no'
  ).split(' '),
);

interface Bags {
  bags: Set<string>[];
  idf: Map<string, number>;
  maxIdf: number;
}
const cache = new WeakMap<LookupIndex, Bags>();

/** Each entry's title normalised and its identifier spelled as words, once per index rather than once per query. */
interface Names {
  titles: string[];
  spelled: (string | undefined)[];
}
const namesCache = new WeakMap<LookupIndex, Names>();
function namesOf(index: LookupIndex): Names {
  let n = namesCache.get(index);
  if (!n) {
    n = {
      titles: index.entries.map((e) => normalize(e.title)),
      spelled: index.entries.map((e) => {
        const spelled = e.namespace === 'code' ? identifierWords(e.code) : '';
        return words(spelled).length >= 2 ? spelled : undefined;
      }),
    };
    namesCache.set(index, n);
  }
  return n;
}

function bagOf(e: IndexedEntry): Set<string> {
  const text = [e.title, identifierWords(e.code), ...e.aliases, ...e.messages.map((m) => m.text)]
    .map(normalize)
    .join(' ');
  return new Set(words(text).filter((w) => !STOP.has(w)));
}

/** How many entries use each word. */
function documentFrequency(all: readonly Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const bag of all) for (const w of bag) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

/**
 * The catalog's most common words with how many entries use each. A split index ships them in its manifest: the
 * part a query loads cannot tell that "has" or "token" is common, and without this would rate them rare.
 */
export function commonWords(index: LookupIndex, limit = COMMON_WORDS): Record<string, number> {
  const df = documentFrequency(index.entries.map(bagOf));
  const top = [...df].filter(([, d]) => d >= 3).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(top.slice(0, limit));
}
const COMMON_WORDS = 300;

function bags(index: LookupIndex): Bags {
  let b = cache.get(index);
  if (b) return b;
  const all = index.entries.map(bagOf);
  const df = documentFrequency(all);
  for (const [w, d] of Object.entries(index.common ?? {})) df.set(w, Math.max(d, df.get(w) ?? 0));
  // Rarity is against the whole catalog, also when only the files a query needed are loaded (shards.ts).
  const n = Math.max(all.length, index.size ?? 0) + 1;
  const idf = new Map([...df].map(([w, d]) => [w, Math.log(n / d)] as const));
  b = { bags: all, idf, maxIdf: Math.log(n) };
  cache.set(index, b);
  return b;
}

export function matchNames(index: LookupIndex, q: Query, hits: HitSet): void {
  const asked = new Set([q.residual, q.named].filter(Boolean));
  const hanAsked = q.residual.split(' ').filter((w) => hasHan(w) && w.length >= 2);
  // In a JSON body only the values speak: the keys "message" and "invalid" must not read as the alias MESSAGE_INVALID.
  const haystacks = q.x.parsedJson
    ? q.x.fields.filter((f) => f.kind === 'string').map((f) => normalize(f.value))
    : [q.named];
  // Padded once here rather than inside containsPhrase for every alias of every entry.
  const padded = haystacks.map((h) => ` ${h} `);
  const mentions = (alias: string) =>
    hasHan(alias) ? haystacks.some((h) => h.includes(alias)) : !!alias && padded.some((h) => h.includes(` ${alias} `));
  const { titles, spelled } = namesOf(index);
  index.entries.forEach((e, i) => {
    for (const alias of e.aliases) {
      if (asked.has(alias)) {
        hits.add({ entry: i, tier: 1, score: 75, via: 'alias', reason: `"${alias}" is a name for this error.` });
      } else if (mentions(alias)) {
        const han = hasHan(alias);
        const strong = han ? alias.length >= 4 : words(alias).length >= 3;
        hits.add({
          entry: i,
          tier: strong ? 1 : 2,
          score: (strong ? 55 : 30) + Math.min(alias.length, 10),
          via: 'alias',
          reason: `The text mentions "${alias}", a name for this error.`,
        });
      } else if (hanAsked.some((h) => alias.includes(h))) {
        const h = hanAsked.find((w) => alias.includes(w))!;
        hits.add({
          entry: i,
          tier: h.length >= 4 ? 1 : 2,
          score: 45 + Math.min(h.length, 10),
          via: 'alias',
          reason: `"${h}" is part of "${alias}", a name for this error.`,
        });
      }
    }
    if (asked.has(titles[i]!))
      hits.add({ entry: i, tier: 1, score: 74, via: 'alias', reason: 'The query is the title of this entry.' });
    if (spelled[i] !== undefined && asked.has(spelled[i]!)) {
      hits.add({ entry: i, tier: 1, score: 76, via: 'alias', reason: `The words spell the identifier ${e.code}.` });
    }
  });
  matchWords(index, q, hits);
}

/**
 * Words that say which way a limit was crossed. "Under 15 seconds" and "shorter than" mean too short; a query in
 * those words must not land on the too-long entry that shares its other words (audio, seconds, duration).
 */
const DIRECTION: Record<'short' | 'long', ReadonlySet<string>> = {
  short: new Set('short shorter shortest under below less fewer minimum min tiny brief insufficient'.split(' ')),
  long: new Set('long longer longest over above exceeds exceeded exceed exceeding more maximum max larger'.split(' ')),
};
const directionOf = (ws: Iterable<string>): 'short' | 'long' | undefined => {
  let found: 'short' | 'long' | undefined;
  for (const w of ws) {
    const d = DIRECTION.short.has(w) ? 'short' : DIRECTION.long.has(w) ? 'long' : undefined;
    if (d && found && d !== found) return undefined;
    found = d ?? found;
  }
  return found;
};

/** The direction a sentence states; a single identifier (QUOTA_EXCEEDED) states none, it names an error. */
export const sentenceDirection = (q: Query): 'short' | 'long' | undefined =>
  /^\S+$/.test(q.x.text.trim()) ? undefined : directionOf(words(q.residual));

/** Related entries by shared words, weighted by rarity, for queries nothing else explains. */
function matchWords(index: LookupIndex, q: Query, hits: HitSet): void {
  // Short numbers are identifiers, judged by matchCodes; as words they would tie "alert(1)" to Agora's code 1.
  const raw = [...new Set(words(q.residual).filter((w) => !STOP.has(w) && !/^\d{1,4}$/.test(w)))];
  const direction = sentenceDirection(q);
  // The direction also counts as the word the entries use for it ("under" asks for "short").
  const asked = direction ? [...new Set([...raw, direction])] : raw;
  if (asked.length === 0 || asked.length > 30) return;
  const { bags: all, idf, maxIdf } = bags(index);
  const weight = (w: string) => idf.get(w) ?? maxIdf;
  const total = asked.reduce((sum, w) => sum + weight(w), 0);
  const opposite = direction === 'short' ? 'long' : direction === 'long' ? 'short' : undefined;
  all.forEach((bag, i) => {
    // An entry about the other direction (too long, for a query about too short) is not a match at all.
    if (opposite && bag.has(opposite) && !bag.has(direction!)) return;
    const shared = asked.filter((w) => bag.has(w));
    if (shared.length === 0) return;
    const ratio = shared.reduce((sum, w) => sum + weight(w), 0) / total;
    // Most of the asked words (and at least two) make a likely answer; half of them only a related one.
    const strong = ratio >= 0.8 && shared.length >= 2;
    if (!strong && ratio < 0.5) return;
    hits.add({
      entry: i,
      tier: strong ? 1 : 2,
      score: strong ? 40 + 10 * ratio : 10 + 20 * ratio,
      via: 'words',
      reason: `The entry uses the words ${shared.join(', ')}.`,
    });
  });
}
