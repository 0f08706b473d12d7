// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import siteFiles from './src/integrations/files.ts';
import { defaultSite } from './src/lib/urls.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? defaultSite,
  trailingSlash: 'always',
  // 'jsx' compression glues adjacent elements into one word (<dt>HTTP</dt><dd>403</dd> → "HTTP403" in the index).
  compressHTML: true,
  // Two pages on one URL must fail the build, not silently keep one (a published URL is a contract).
  prerenderConflictBehavior: 'error',
  // Pages render while earlier ones are written: with one at a time the main thread sat idle for 42 % of a
  // 10,000-code build waiting on file writes (CPU profile); see docs/scale.md.
  build: { format: 'directory', concurrency: 8 },
  integrations: [siteFiles(), mdx()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // Each other catalog (CATALOG_CONTENT: the retired-entry fixture, the scale benchmark) gets its own cache: Astro's
  // content store outlives a build and would otherwise mix two catalogs' entries (two synth-002 vendors).
  ...(process.env.CATALOG_CONTENT
    ? { cacheDir: `./node_modules/.astro/content-${process.env.CATALOG_CONTENT.replace(/[^A-Za-z0-9]+/g, '-')}` }
    : {}),
});
