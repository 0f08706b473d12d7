// Bundles the search scripts (src/scripts/search/*.ts) into public/js/ before Astro builds, so that pages can load
// them on demand by a fixed URL: the header box only on first focus, the search page on load. Astro's own script
// processing would put them on every page or give them hashed names that an on-demand loader cannot know.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunks are named by content hash: without emptying the folder, every past chunk would be published too.
rmSync('public/js', { recursive: true, force: true });

await build({
  entryPoints: { 'search-page': 'src/scripts/search/page.ts', 'search-box': 'src/scripts/search/box.ts' },
  outdir: 'public/js',
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});
