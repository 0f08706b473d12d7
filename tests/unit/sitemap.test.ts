import { describe, expect, it } from 'vitest';
import { chunk, listPages, sitemapFiles, sitemapIndexXml, sitemapXml } from '../../src/lib/sitemap';
import { indexEntries, LIST_LIMIT } from '../../src/lib/catalog';
import { vendorSchema } from '../../src/lib/schema';
import type { Vendor } from '../../src/lib/catalog';
import { entry, rawVendor } from '../support/fixtures';

const vendors: Vendor[] = [
  { slug: 'agora-stt', data: vendorSchema.parse(rawVendor('Agora')) },
  { slug: 'scriptix', data: vendorSchema.parse(rawVendor('Scriptix')) },
];

describe('sitemaps', () => {
  it('split at the limit into numbered files', () => {
    const urls = Array.from({ length: 5 }, (_, i) => ({ path: `/p${i}/` }));
    expect(chunk('v', urls, 2).map((f) => [f.name, f.urls.length])).toEqual([
      ['v', 2],
      ['v-2', 2],
      ['v-3', 1],
    ]);
  });

  it('put site pages in one file and each vendor’s code pages, with lastmod, in its own', () => {
    const files = sitemapFiles(
      [entry('agora-stt/code/20', { updated: '2026-12-01' }), entry('scriptix/code/X')],
      vendors,
      ['rate-limited'],
    );
    expect(files.map((f) => f.name)).toEqual(['pages', 'agora-stt', 'scriptix']);
    expect(files[0]!.urls.map((u) => u.path)).toContain('/categories/rate-limited/');
    expect(files[1]!.urls).toEqual([{ path: '/errors/agora-stt/code/20/', lastmod: '2026-12-01' }]);
  });

  it('name every list page a large catalog pages on to, and append them to the site pages', () => {
    const many = Array.from({ length: LIST_LIMIT + 1 }, (_, i) => entry(`agora-stt/code/E${i}`, { category: 'rate-limited' }));
    const slugs = Array.from({ length: 11 }, (_, i) => (i ? `synth-${String(i).padStart(3, '0')}` : 'agora-stt'));
    const paths = listPages(indexEntries(many), slugs, ['rate-limited', 'quota-exceeded']).map((u) => u.path);
    expect(paths).toEqual([
      '/categories/rate-limited/agora-stt/',
      '/categories/rate-limited/agora-stt/2/',
      '/vendors/agora-stt/code/2/',
      '/compare/2/',
    ]);
    const files = sitemapFiles(many, vendors, ['rate-limited'], [{ path: '/compare/2/' }]);
    expect(files[0]!.urls.map((u) => u.path)).toContain('/compare/2/');
  });

  it('write absolute, escaped locations', () => {
    expect(sitemapXml([{ path: '/a/', lastmod: '2026-01-01' }], 'https://s.example')).toContain(
      '<url><loc>https://s.example/a/</loc><lastmod>2026-01-01</lastmod></url>',
    );
    expect(sitemapIndexXml(['pages'], 'https://s.example')).toContain('<loc>https://s.example/sitemaps/pages.xml</loc>');
  });
});
