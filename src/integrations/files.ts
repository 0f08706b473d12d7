import type { AstroIntegration } from 'astro';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeCards, type CardStats } from '../lib/card/cache';
import type { CardJob } from '../lib/card/jobs';
import { startThread } from '../lib/card/thread';
import { defaultSite } from '../lib/urls';
// Imported with the config: a dynamic import from a hook would go through Vite's config loader, closed by then.
import { devFile } from './files-dev';
import { indexSite } from './pagefind';

/**
 * Everything the build makes from catalog data outside Astro's page pipeline, on a second thread so that it runs on
 * the other core while Astro renders pages:
 *
 * - the catalog check (`npm run validate`'s), which fails the build with every problem, each naming its file and
 *   field, before Astro starts (Astro alone reports only the first schema error, and lets a `related` id that
 *   points nowhere through with exit code 0);
 * - the unfurl cards (`/card.png`, `/errors/<vendor>/<namespace>/<code>.png`), rendered into a content-addressed
 *   cache and hard-linked into the site when the build is done;
 * - each entry's `.json`, `.md` and short-alias redirect page (`src/lib/siblings.ts`), written straight into the
 *   output folder once Astro has emptied it. As Astro routes they were three of every code's four outputs.
 *
 * The catalog is read once, by the thread. The dev server answers the same URLs on request (`files-dev.ts`).
 * When Astro has written the pages, Pagefind indexes them (`pagefind.ts`) while the thread finishes.
 */

export type ToThread = { type: 'outDir'; dir: string };
export type FromThread =
  | { type: 'checked'; problems: string[]; entries: number }
  | {
      type: 'done';
      jobs: CardJob[];
      files: string[];
      cards: CardStats;
      siblings: { files: number; bytes: number };
      /** From the end of the catalog check to the last file on disk, cards included. */
      ms: number;
    };

// Joined by hand: Vite rewrites `new URL('./x', import.meta.url)` into an asset import.
const threadModule = join(dirname(fileURLToPath(import.meta.url)), 'files-thread.ts');

const describeCards = (s: CardStats): string => {
  const perCard = s.rendered ? ` (${(s.ms / s.rendered).toFixed(2)} ms per rendered card)` : '';
  const size = `${Math.round(s.bytes / 1024)} KiB, ${Math.round(s.bytes / s.cards)} bytes per card`;
  return `${s.cards} cards, ${s.rendered} rendered, ${s.cached} from cache, in ${Math.round(s.ms)} ms${perCard}; ${size}`;
};

type Message<T extends FromThread['type']> = Extract<FromThread, { type: T }>;

/** Starts the thread; `checked` resolves with its first message, `done` with its last. */
function startFileThread(site: string) {
  const worker = startThread(threadModule, { site });
  // A build that fails elsewhere must still exit: the thread waits for a message that will never come.
  worker.unref();
  const next = <T extends FromThread['type']>(type: T) =>
    new Promise<Message<T>>((resolve, reject) => {
      worker.on('message', (m: FromThread) => m.type === type && resolve(m as Message<T>));
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(new Error(`the build's file thread stopped (exit code ${code}) before its "${type}"`)),
      );
    });
  const checked = next('checked');
  const done = next('done');
  // Rejections surface where they are awaited; this keeps Node from reporting them as unhandled meanwhile.
  done.catch(() => undefined);
  return { worker, checked, done };
}

export default function siteFiles(): AstroIntegration {
  let thread: ReturnType<typeof startFileThread> | undefined;
  let outDir: string | undefined;
  let root = '';
  let site = '';
  return {
    name: 'speech-error-catalog:files',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        thread = startFileThread(String(config.site));
        const { problems, entries } = await thread.checked;
        if (problems.length) {
          throw new Error(
            `The catalog has ${problems.length} problem(s); fix them and build again:\n${problems.join('\n')}`,
          );
        }
        logger.info(`${entries} entries checked`);
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        site = String(config.site);
      },
      // A warning, not an error: local and CI builds use the example origin on purpose. A deployment built this way
      // publishes canonical links, "Copy link", the ticket text and the sitemaps pointing at a site that is not it.
      'astro:build:start': ({ logger }) => {
        if (new URL(site).origin === new URL(defaultSite).origin) {
          logger.warn(
            `SITE_URL is not set: canonical links, "Copy link", ticket texts and sitemaps point to ${defaultSite}. Set SITE_URL to the deployed origin when building for a deployment.`,
          );
        }
      },
      // Runs once Astro has emptied the output folder (it does so just before setting up the Vite build).
      'astro:build:setup': () => {
        thread?.worker.postMessage({ type: 'outDir', dir: outDir! } satisfies ToThread);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!thread) throw new Error('the build never started its file thread');
        const index = indexSite(root, fileURLToPath(dir), (line) => logger.info(line));
        // Surfaces below; this keeps Node from reporting it as unhandled while the thread is awaited.
        index.catch(() => undefined);
        const { jobs, files, cards, siblings, ms } = await thread.done;
        const start = performance.now();
        placeCards(jobs, files, fileURLToPath(dir));
        logger.info(`${describeCards(cards)}; placed in the site in ${Math.round(performance.now() - start)} ms`);
        const kb = Math.round(siblings.bytes / 1024);
        logger.info(
          `${siblings.files} .json, .md and short-alias files (${kb} KiB) written; the thread was done ${Math.round(ms)} ms after the catalog check`,
        );
        await index;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
          try {
            const file = devFile(path, site);
            if (!file) return next();
            res.setHeader('content-type', file.type);
            res.end(file.body);
          } catch (e) {
            next(e);
          }
        });
      },
    },
  };
}
