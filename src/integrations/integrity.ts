import type { AstroIntegration } from 'astro';
import { loadCatalog } from '../../scripts/content';

/**
 * Runs the catalog checks (the same as `npm run validate`) before a build and fails it with every problem, each
 * naming its file and field. Astro alone reports only the first schema error, and a `related` id that points
 * nowhere or a vendor folder without its vendor file would only log and still exit 0.
 */
export function catalogIntegrity(): AstroIntegration {
  return {
    name: 'catalog-integrity',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { problems, entries } = loadCatalog();
        if (problems.length) {
          throw new Error(`The catalog has ${problems.length} problem(s); fix them and build again:\n${problems.join('\n')}`);
        }
        logger.info(`${entries.length} entries checked`);
      },
    },
  };
}
