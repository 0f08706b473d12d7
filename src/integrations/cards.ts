import type { AstroIntegration } from 'astro';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeCards, type CardStats } from '../lib/card/cache';
import { runThread } from '../lib/card/thread';
// Imported with the config: a dynamic import from a hook would go through Vite's config loader, closed by then.
import { devCard } from './cards-dev';
import type { RunnerResult } from './cards-runner';

/**
 * Unfurl cards (`/card.png`, `/errors/<vendor>/<namespace>/<code>.png`). In a build, a worker thread reads the
 * catalog and renders the cards that are not cached yet while Astro renders the pages on the other core; when the
 * build is done they are linked (or copied) next to the pages. The dev server renders a card when it is requested.
 */

const here = dirname(fileURLToPath(import.meta.url));
const startRunner = () => runThread<RunnerResult>(join(here, 'cards-runner.ts'));

export const describeStats = (s: CardStats): string => {
  const perCard = s.rendered ? ` (${(s.ms / s.rendered).toFixed(2)} ms per rendered card)` : '';
  const size = `${Math.round(s.bytes / 1024)} KiB, ${Math.round(s.bytes / s.cards)} bytes per card`;
  return `${s.cards} cards, ${s.rendered} rendered, ${s.cached} from cache, in ${Math.round(s.ms)} ms${perCard}; ${size}`;
};

export default function cards(): AstroIntegration {
  let run: Promise<RunnerResult> | undefined;
  return {
    name: 'speech-error-catalog:cards',
    hooks: {
      'astro:build:start': () => {
        run = startRunner();
        // Rejections surface in astro:build:done; this keeps Node from reporting them as unhandled meanwhile.
        run.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!run) throw new Error('card rendering never started');
        const { jobs, files, stats } = await run;
        const start = performance.now();
        placeCards(jobs, files, fileURLToPath(dir));
        logger.info(`${describeStats(stats)}; placed in the site in ${Math.round(performance.now() - start)} ms`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (!path.endsWith('.png') || !(path === '/card.png' || path.startsWith('/errors/'))) return next();
          try {
            const png = devCard(decodeURIComponent(path));
            if (!png) return next();
            res.setHeader('content-type', 'image/png');
            res.end(png);
          } catch (e) {
            next(e);
          }
        });
      },
    },
  };
}

