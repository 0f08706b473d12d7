import { describe, expect, it } from 'vitest';
import { sitemapIndexXml, sitemapXml } from '../../src/lib/sitemap';
import { chunk, planned, planSite } from '../../src/lib/plan';
import { LIST_LIMIT, makeCatalog } from '../../src/lib/catalog';
import { vendorSchema } from '../../src/lib/schema';
import type { Vendor } from '../../src/lib/catalog';
import { entry, rawVendor } from '../support/fixtures';

const vendors: Vendor[] = [
  { slug: 'agora-stt', data: vendorSchema.parse(rawVendor('Agora')) },
  { slug: 'scriptix', data: vendorSchema.parse(rawVendor('Scriptix')) },
];
const sitemaps = (plan: ReturnType<typeof planSite>) => planned(plan, 'sitemap');

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
    const catalog = makeCatalog(
      [entry('agora-stt/code/20', { updated: '2026-12-01' }), entry('scriptix/code/X')],
      vendors,
    );
    const files = sitemaps(planSite(catalog, ['rate-limited']));
    expect(files.map((f) => f.name)).toEqual(['pages', 'agora-stt', 'scriptix']);
    expect(files[0]!.urls.map((u) => u.path)).toContain('/categories/rate-limited/');
    expect(files[1]!.urls).toEqual([{ path: '/errors/agora-stt/code/20/', lastmod: '2026-12-01' }]);
  });

  it('name every list page a large catalog pages on to, after the site pages', () => {
    const many = Array.from({ length: LIST_LIMIT + 1 }, (_, i) =>
      entry(`agora-stt/code/E${i}`, { category: 'rate-limited' }),
    );
    // Eleven vendors, for a second comparison page: generated vendor slugs are accepted only for a generated catalog.
    const synthetic = Array.from({ length: 10 }, (_, i) => `synth-${String(i + 1).padStart(3, '0')}`);
    const others = synthetic.map((slug) => ({ slug, data: vendors[0]!.data }));
    process.env.CATALOG_CONTENT = 'generated';
    const catalog = (() => {
      try {
        return makeCatalog(
          [...many, ...synthetic.map((s) => entry(`${s}/code/A`, { category: 'not-found' }))],
          [vendors[0]!, ...others],
        );
      } finally {
        delete process.env.CATALOG_CONTENT;
      }
    })();
    const paths = sitemaps(planSite(catalog, ['rate-limited', 'quota-exhausted']))[0]!.urls.map((u) => u.path);
    const lists = paths.slice(paths.indexOf('/use-from-code/') + 1);
    expect(lists.slice(0, 4)).toEqual([
      '/categories/rate-limited/agora-stt/',
      '/categories/rate-limited/agora-stt/2/',
      '/vendors/agora-stt/code/2/',
      '/compare/2/',
    ]);
    // Then every pair of the eleven vendors, once, in alphabetical order of the pair.
    const pairs = lists.slice(4);
    expect(pairs).toHaveLength((11 * 10) / 2);
    expect(pairs[0]).toBe('/compare/agora-stt/synth-001/');
    expect(
      pairs.every((p) => /^\/compare\/([a-z0-9-]+)\/([a-z0-9-]+)\/$/.test(p) && p.split('/')[2]! < p.split('/')[3]!),
    ).toBe(true);
  });

  it('write absolute, escaped locations', () => {
    expect(sitemapXml([{ path: '/a/', lastmod: '2026-01-01' }], 'https://s.example')).toContain(
      '<url><loc>https://s.example/a/</loc><lastmod>2026-01-01</lastmod></url>',
    );
    expect(sitemapIndexXml(['pages'], 'https://s.example')).toContain(
      '<loc>https://s.example/sitemaps/pages.xml</loc>',
    );
  });
});

describe('the site plan', () => {
  const catalog = makeCatalog(
    [
      entry('agora-stt/code/404'),
      entry('agora-stt/http/404'),
      entry('agora-stt/code/bad-request--a', { code: 'Bad Request' }),
      entry('scriptix/code/X', { related: ['agora-stt/code/404'] }),
    ],
    vendors,
  );
  const plan = planSite(catalog, ['internal-error']);

  it('plans each path once', () => {
    const paths = plan.map((f) => f.path);
    expect(paths.length).toBe(new Set(paths).size);
  });

  it('gives every entry a page, JSON, Markdown and card, and each identifier its short alias', () => {
    expect(
      plan
        .filter((f) => 'entry' in f && f.entry === 'agora-stt/code/bad-request--a')
        .map((f) => [f.kind, f.path, f.by]),
    ).toEqual([
      ['code', '/errors/agora-stt/code/bad-request--a/', 'astro'],
      ['code-json', '/errors/agora-stt/code/bad-request--a.json', 'thread'],
      ['code-md', '/errors/agora-stt/code/bad-request--a.md', 'thread'],
      ['card', '/errors/agora-stt/code/bad-request--a.png', 'thread'],
    ]);
    expect(planned(plan, 'alias-list').map((f) => [f.path, f.entries])).toEqual([
      ['/errors/agora-stt/404/', ['agora-stt/code/404', 'agora-stt/http/404']],
    ]);
    expect(planned(plan, 'alias-redirect').map((f) => f.path)).toEqual([
      '/errors/agora-stt/bad-request/',
      '/errors/scriptix/X/',
    ]);
  });

  it('keeps files only our own pages fetch out of the published addresses', () => {
    const internal = plan.filter((f) => !f.published).map((f) => f.path);
    expect(internal).toEqual([
      '/codes/agora-stt.json',
      '/codes/scriptix.json',
      '/404.html',
      '/search/lookup.json',
      '/search/lookup/0.json',
    ]);
  });
});
