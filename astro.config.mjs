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
  // Another catalog (CATALOG_CONTENT) gets its own content cache, so its build never reuses or clobbers the real one.
  ...(process.env.CATALOG_CONTENT ? { cacheDir: './node_modules/.astro/catalog-content' } : {}),
});
