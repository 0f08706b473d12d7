import { describe, expect, it } from 'vitest';
import {
  aliasGroups,
  byNamespace,
  compareMatrix,
  countByVendor,
  displayCode,
  equivalents,
  otherVendors,
  type Entry,
  LIST_LIMIT,
  OTHER_VENDORS_LIMIT,
  indexEntries,
  paginate,
  pageDescription,
  pageTitle,
  relatedEntries,
  sortEntries,
} from '../../src/lib/catalog';
import { categories } from '../../src/lib/categories';
import { entry } from '../support/fixtures';

const agora404 = entry('agora-stt/code/404', { category: 'not-found' });
const agoraHttp404 = entry('agora-stt/http/404', { category: 'not-found' });
const agora20 = entry('agora-stt/code/20', { category: 'upstream-timeout' });
const agora1001 = entry('agora-stt/code/1001');
const scriptixNotFound = entry('scriptix/code/DOCUMENT_NOT_FOUND', { category: 'not-found' });
const message = entry('agora-stt/message/task-not-found', {
  category: 'not-found',
  messages: [{ text: 'The task is not found' }],
  related: ['agora-stt/code/404'],
});
const all = [agora20, scriptixNotFound, message, agoraHttp404, agora404, agora1001];

describe('ordering and grouping', () => {
  it('sorts by vendor, then namespace order, then numbers numerically', () => {
    expect(sortEntries(all).map((e) => e.id)).toEqual([
      'agora-stt/code/20',
      'agora-stt/code/404',
      'agora-stt/code/1001',
      'agora-stt/http/404',
      'agora-stt/message/task-not-found',
      'scriptix/code/DOCUMENT_NOT_FOUND',
    ]);
  });

  it('groups a vendor by namespace and leaves out empty namespaces', () => {
    const groups = byNamespace([scriptixNotFound]);
    expect(groups.map((g) => g.namespace)).toEqual(['code']);
  });

  it('counts entries per vendor and namespace', () => {
    expect(countByVendor(all).get('agora-stt')).toEqual({
      code: 3,
      http: 1,
      message: 1,
      close: 0,
      event: 0,
      sdk: 0,
      job: 0,
      grpc: 0,
      total: 5,
    });
  });
});

describe('short aliases', () => {
  it('lists every entry sharing a code at a vendor and keeps unique codes single', () => {
    const groups = aliasGroups(all);
    const shared = groups.find((g) => g.vendor === 'agora-stt' && g.code === '404');
    expect(shared?.entries.map((e) => e.id)).toEqual(['agora-stt/code/404', 'agora-stt/http/404']);
    expect(shared?.url).toBe('/errors/agora-stt/404/');
    expect(groups.find((g) => g.code === '20')?.entries).toHaveLength(1);
    expect(groups).toHaveLength(5);
  });

  it('groups an identifier that is not URL-safe under its slug, with every error it names', () => {
    const a = entry('scriptix/code/bad-request--invalid-audio', { code: 'Bad Request' });
    const b = entry('scriptix/code/bad-request--unsupported-data', { code: 'Bad Request' });
    const status = entry('scriptix/http/400');
    const groups = aliasGroups([status, b, a]);
    expect(groups.map((g) => [g.url, g.entries.map((e) => e.id)])).toEqual([
      ['/errors/scriptix/400/', ['scriptix/http/400']],
      ['/errors/scriptix/bad-request/', [a.id, b.id]],
    ]);
    expect(a.code).toBe('Bad Request');
    expect(a.slug).toBe('bad-request--invalid-audio');
  });
});

describe('cross-vendor views', () => {
  it('finds the same category at other vendors only', () => {
    const eq = equivalents(agora404, indexEntries(all), ['agora-stt', 'scriptix']);
    expect(eq).toEqual([{ vendor: 'scriptix', entries: [scriptixNotFound] }]);
  });

  it('lists every equivalent while they fit on a page', () => {
    const view = otherVendors(agora404, indexEntries(all), ['agora-stt', 'scriptix']);
    expect(view).toEqual({ list: true, groups: [{ vendor: 'scriptix', entries: [scriptixNotFound] }], more: 0 });
  });

  it('names a bounded number of vendors with counts once the equivalents outgrow a page', () => {
    // One more vendor than a page names, each with enough entries that together they exceed a page's list.
    const vendorCount = OTHER_VENDORS_LIMIT + 1;
    const perVendor = Math.ceil((LIST_LIMIT + 1) / vendorCount);
    const slugs = Array.from({ length: vendorCount }, (_, v) => `synth-${String(v + 1).padStart(3, '0')}`);
    // Vendors beyond the five declared ones exist only in generated catalogs: re-label an entry rather than parse one.
    const many = slugs.flatMap((slug) =>
      Array.from({ length: perVendor }, (_, i) => ({
        ...entry(`scriptix/code/E${i}`, { category: 'not-found' }),
        id: `${slug}/code/E${i}`,
        vendor: slug as Entry['vendor'],
      })),
    );
    const view = otherVendors(agora404, indexEntries([agora404, ...many]), ['agora-stt', ...slugs]);
    expect(view.list).toBe(false);
    expect(view.groups.map((g) => g.vendor)).toEqual(slugs.slice(0, OTHER_VENDORS_LIMIT));
    expect(view.groups.every((g) => g.entries.length === perVendor)).toBe(true);
    expect(view.more).toBe(1);
  });

  it('builds one comparison row per category with an empty cell where a vendor has nothing', () => {
    const rows = compareMatrix(indexEntries(all), ['agora-stt', 'scriptix']);
    expect(rows).toHaveLength(categories.length);
    const notFound = rows.find((r) => r.category.id === 'not-found')!;
    expect(notFound.cells.map((c) => c.entries.length)).toEqual([3, 1]);
    const quota = rows.find((r) => r.category.id === 'quota-exhausted')!;
    expect(quota.cells.every((c) => c.entries.length === 0)).toBe(true);
  });

  it('groups entries by vendor, category and cell in one pass, each list in display order', () => {
    const index = indexEntries(all);
    expect(index.byVendor.get('agora-stt')?.map((e) => e.id)).toEqual(
      sortEntries(all.filter((e) => e.vendor === 'agora-stt')).map((e) => e.id),
    );
    expect(index.byCategory.get('not-found')?.map((e) => e.id)).toEqual([
      'agora-stt/code/404',
      'agora-stt/http/404',
      'agora-stt/message/task-not-found',
      'scriptix/code/DOCUMENT_NOT_FOUND',
    ]);
    const cells = [...index.byCell.values()];
    expect(cells.reduce((n, c) => n + c.length, 0)).toBe(all.length);
  });

  it('splits a long list into pages of a fixed size and keeps one empty page for an empty list', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    expect(paginate(items, 100).map((p) => p.length)).toEqual([100, 100, 50]);
    expect(paginate(items, 100).flat()).toEqual(items);
    expect(paginate([], 100)).toEqual([[]]);
  });

  it('resolves related ids and names the file when one is missing', () => {
    const byId = new Map(all.map((e) => [e.id, e]));
    expect(relatedEntries(message, byId)).toEqual([agora404]);
    const broken = entry('agora-stt/code/2', { related: ['agora-stt/code/999'] });
    expect(() => relatedEntries(broken, byId)).toThrow(
      'content/errors/agora-stt/code/2.yaml: related: "agora-stt/code/999"',
    );
  });
});

describe('page copy', () => {
  it('shows HTTP statuses and message-only entries the way readers know them', () => {
    expect(displayCode(agoraHttp404)).toBe('HTTP 404');
    expect(displayCode(message)).toBe('The task is not found');
    expect(displayCode(agora20)).toBe('20');
  });

  it('names vendor, code and the short explanation in the title and description', () => {
    expect(pageTitle(agora20, 'Agora Real-Time STT')).toBe('20: Title of 20 (Agora Real-Time STT)');
    const d = pageDescription(agora20, 'Agora Real-Time STT');
    expect(d).toContain('Agora Real-Time STT 20: The cause of 20');
    expect(d).toContain('Fix: The fix for 20');
    expect(d.length).toBeLessThanOrEqual(200);
  });
});
