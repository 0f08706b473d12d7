// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { catalogIntegrity } from './src/integrations/integrity.ts';
import cards from './src/integrations/cards.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://speech-errors.example.org',
  trailingSlash: 'always',
  // 'jsx' compression glues adjacent elements into one word (<dt>HTTP</dt><dd>403</dd> → "HTTP403" in the index).
  compressHTML: true,
  // Two pages on one URL must fail the build, not silently keep one (a published URL is a contract).
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  integrations: [catalogIntegrity(), mdx(), cards()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // Each other catalog (CATALOG_CONTENT: the retired-entry fixture, the scale benchmark) gets its own cache: Astro's
  // content store outlives a build and would otherwise mix two catalogs' entries (two synth-002 vendors).
  ...(process.env.CATALOG_CONTENT
    ? { cacheDir: `./node_modules/.astro/content-${process.env.CATALOG_CONTENT.replace(/[^A-Za-z0-9]+/g, '-')}` }
    : {}),
});
