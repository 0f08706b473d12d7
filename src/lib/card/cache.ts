import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CardJob } from './jobs';
import { renderCard, type CardContent } from './render';
import { runThread } from './thread';

/**
 * Build-time card production: a content-addressed cache (`node_modules/.cache/cards/<hash>.png`) so that a
 * rebuild renders only cards whose content or renderer changed, and worker threads for the cold case.
 */

export const defaultCacheDir = join(process.cwd(), 'node_modules', '.cache', 'cards');
const here = dirname(fileURLToPath(import.meta.url));

let version: string | undefined;
/** Changes whenever the renderer's code or the font packages change, invalidating every cached card. */
export function rendererVersion(): string {
  if (!version) {
    const hash = createHash('sha256');
    for (const f of readdirSync(here).filter((n) => n.endsWith('.ts')).sort()) hash.update(f).update(readFileSync(join(here, f)));
    const require = createRequire(import.meta.url);
    for (const pkg of ['@fontsource/ibm-plex-sans', '@fontsource/ibm-plex-mono', 'opentype.js']) {
      hash.update(pkg).update(JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version);
    }
    version = hash.digest('hex').slice(0, 16);
  }
  return version;
}

export const cardKey = (content: CardContent): string =>
  createHash('sha256').update(rendererVersion()).update(JSON.stringify(content)).digest('hex').slice(0, 32);

export interface RenderItem {
  content: CardContent;
  file: string;
}

export interface CardStats {
  cards: number;
  rendered: number;
  cached: number;
  /** Bytes of every card of the run, cached or not. */
  bytes: number;
  ms: number;
}

/** Renders items in this thread, writing each PNG to its file; returns the bytes written. */
export function renderItems(items: readonly RenderItem[]): number {
  let bytes = 0;
  const dirs = new Set<string>();
  for (const { content, file } of items) {
    const png = renderCard(content);
    const dir = dirname(file);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    writeFileSync(file, png);
    bytes += png.length;
  }
  return bytes;
}

const renderInWorker = (items: RenderItem[]) => runThread<number>(join(here, 'worker.ts'), items);

export interface RenderOptions {
  cacheDir?: string;
  /** Threads to render with; 0 or 1 renders in the calling thread. Default: one per core. */
  threads?: number;
  /** Delete cached cards that this run did not use, so the cache holds one catalog's cards. */
  prune?: boolean;
}

/** Which cache file holds each job's card, and the cards not in the cache yet (each once). */
export function planCards(jobs: readonly CardJob[], cacheDir = defaultCacheDir): { files: string[]; missing: RenderItem[] } {
  mkdirSync(cacheDir, { recursive: true });
  const files = jobs.map((j) => join(cacheDir, `${cardKey(j.content)}.png`));
  const missing: RenderItem[] = [];
  const seen = new Set<string>();
  jobs.forEach((j, i) => {
    const file = files[i]!;
    if (!seen.has(file) && !existsSync(file)) missing.push({ content: j.content, file });
    seen.add(file);
  });
  return { files, missing };
}

/** Deletes cached cards that `files` does not name, so the cache holds one catalog's cards. */
export function pruneCards(files: readonly string[], cacheDir = defaultCacheDir): void {
  const used = new Set(files);
  for (const name of readdirSync(cacheDir)) if (!used.has(join(cacheDir, name))) unlinkSync(join(cacheDir, name));
}

/** What a run did: `renderedBytes` for the cards it rendered, the cached ones' sizes read from disk. */
export function cardStats(files: readonly string[], missing: readonly RenderItem[], renderedBytes: number, ms: number): CardStats {
  let bytes = renderedBytes;
  const rendered = new Set(missing.map((m) => m.file));
  for (const f of new Set(files)) if (!rendered.has(f)) bytes += statSync(f).size;
  return { cards: files.length, rendered: missing.length, cached: files.length - missing.length, bytes, ms };
}

/** Makes sure every job's card is in the cache; returns what it did and each job's cache file. */
export async function renderCards(
  jobs: readonly CardJob[],
  { cacheDir = defaultCacheDir, threads = availableParallelism(), prune = false }: RenderOptions = {},
): Promise<{ stats: CardStats; files: string[] }> {
  const start = performance.now();
  const { files, missing } = planCards(jobs, cacheDir);
  let renderedBytes = 0;
  // A worker costs a few hundred milliseconds to start (it loads TypeScript and parses the fonts): below a few
  // hundred cards one thread is faster.
  const useThreads = Math.min(threads, Math.floor(missing.length / 200));
  if (useThreads > 1) {
    const slices = Array.from({ length: useThreads }, (_, t) => missing.filter((_, i) => i % useThreads === t));
    renderedBytes = (await Promise.all(slices.map(renderInWorker))).reduce((a, b) => a + b, 0);
  } else {
    renderedBytes = renderItems(missing);
  }
  if (prune) pruneCards(files, cacheDir);
  return { stats: cardStats(files, missing, renderedBytes, performance.now() - start), files };
}

/**
 * Puts each job's cached card at `<outDir><job.url>`: a hard link where the file system allows (10,000 copies took
 * 9 s on a busy machine; links are metadata only), else a copy. Nothing edits files in the output after the build,
 * so sharing them with the cache is safe.
 */
export function placeCards(jobs: readonly CardJob[], files: readonly string[], outDir: string): void {
  let link = true;
  const dirs = new Set<string>();
  jobs.forEach((j, i) => {
    const target = join(outDir, j.url);
    const dir = dirname(target);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    rmSync(target, { force: true });
    if (link) {
      try {
        linkSync(files[i]!, target);
        return;
      } catch {
        link = false; // another device, or links unsupported: copy from now on
      }
    }
    copyFileSync(files[i]!, target);
  });
}
