// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://speech-errors.example.org',
  trailingSlash: 'always',
  // 'jsx' compression glues adjacent elements into one word (<dt>HTTP</dt><dd>403</dd> → "HTTP403" in the index).
  compressHTML: true,
  // Two pages on one URL must fail the build, not silently keep one (a published URL is a contract).
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  // A generated catalog (CATALOG_CONTENT, the scale benchmark) gets its own cache: Astro's content store outlives a
  // build and would otherwise mix two catalogs' entries (two synth-002 vendors) or the real one with a generated one.
  ...(process.env.CATALOG_CONTENT ? { cacheDir: `${process.env.CATALOG_CONTENT}/.astro-cache` } : {}),
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
