import { describe, expect, it } from 'vitest';
import { chunk, sitemapFiles, sitemapIndexXml, sitemapXml } from '../../src/lib/sitemap';
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

  it('write absolute, escaped locations', () => {
    expect(sitemapXml([{ path: '/a/', lastmod: '2026-01-01' }], 'https://s.example')).toContain(
      '<url><loc>https://s.example/a/</loc><lastmod>2026-01-01</lastmod></url>',
    );
    expect(sitemapIndexXml(['pages'], 'https://s.example')).toContain('<loc>https://s.example/sitemaps/pages.xml</loc>');
  });
});
