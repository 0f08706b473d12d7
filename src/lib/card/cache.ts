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
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CardJob } from './jobs';
import { renderCard, type CardContent } from './render';

/**
 * Build-time card production: a content-addressed cache (`node_modules/.cache/cards/<hash>.png`) so that a
 * rebuild renders only cards whose content or renderer changed.
 */

export const defaultCacheDir = join(process.cwd(), 'node_modules', '.cache', 'cards');
const here = dirname(fileURLToPath(import.meta.url));

let version: string | undefined;
/** Changes whenever the renderer's code or the font packages change, invalidating every cached card. */
export function rendererVersion(): string {
  if (!version) {
    const hash = createHash('sha256');
    for (const f of readdirSync(here)
      .filter((n) => n.endsWith('.ts'))
      .sort())
      hash.update(f).update(readFileSync(join(here, f)));
    const require = createRequire(import.meta.url);
    for (const pkg of [
      '@fontsource/ibm-plex-sans',
      '@fontsource/ibm-plex-mono',
      '@fontsource/noto-sans-sc',
      'opentype.js',
    ]) {
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

/** Which cache file holds each job's card, and the cards not in the cache yet (each once). */
export function planCards(
  jobs: readonly CardJob[],
  cacheDir = defaultCacheDir,
): { files: string[]; missing: RenderItem[] } {
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
export function cardStats(
  files: readonly string[],
  missing: readonly RenderItem[],
  renderedBytes: number,
  ms: number,
): CardStats {
  let bytes = renderedBytes;
  const rendered = new Set(missing.map((m) => m.file));
  for (const f of new Set(files)) if (!rendered.has(f)) bytes += statSync(f).size;
  return { cards: files.length, rendered: missing.length, cached: files.length - missing.length, bytes, ms };
}

/** Something that writes a file, creating its folder: the build's FileWriter (src/integrations/writer.ts). */
export type WriteFile = (file: string, body: Uint8Array) => void;

/**
 * Renders the cards missing from the cache into their cache files, in this thread, as the build does (its second
 * thread runs this while Astro renders pages on the first, so the two cores are both busy without a worker pool).
 * `pause` lets the caller's event loop run between batches. Returns the PNG bytes written.
 */
export async function renderMissing(
  missing: readonly RenderItem[],
  write: WriteFile,
  pause: () => Promise<void> = async () => {},
): Promise<number> {
  let bytes = 0;
  for (const [i, item] of missing.entries()) {
    const png = renderCard(item.content);
    bytes += png.length;
    write(item.file, png);
    if (i % 500 === 499) await pause();
  }
  return bytes;
}

export interface EnsureOptions {
  cacheDir?: string;
  /** How to write a file (default: mkdir and writeFileSync); the build passes its FileWriter. */
  write?: WriteFile;
  /** Called every 500 cards, so the caller's messages are handled meanwhile. */
  pause?: () => Promise<void>;
  /** Delete cached cards that this run did not use, so the cache holds one catalog's cards. */
  prune?: boolean;
}

const writeWithFolder: WriteFile = (file, body) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
};

/**
 * Makes sure every job's card is in the cache, rendering the missing ones; returns what it did and each job's cache
 * file. The one path cards take: the build's thread, `npm run bench:cards` and the tests all call this.
 */
export async function ensureCards(
  jobs: readonly CardJob[],
  { cacheDir = defaultCacheDir, write = writeWithFolder, pause, prune = false }: EnsureOptions = {},
): Promise<{ stats: CardStats; files: string[] }> {
  const start = performance.now();
  const { files, missing } = planCards(jobs, cacheDir);
  const bytes = await renderMissing(missing, write, pause);
  if (prune) pruneCards(files, cacheDir);
  return { stats: cardStats(files, missing, bytes, performance.now() - start), files };
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
