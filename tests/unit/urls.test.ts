import { describe, expect, it } from 'vitest';
import {
  aliasUrl,
  cellUrl,
  compareUrl,
  errorUrl,
  vendorListUrl,
  messageAnchor,
  messageAnchors,
  parseEntryId,
  searchUrl,
  MAX_URL_QUERY,
} from '../../src/lib/urls';

describe('entry ids', () => {
  it('splits an id into vendor, namespace and slug, keeping the slug as written', () => {
    expect(parseEntryId('scriptix/code/QUOTA_EXCEEDED')).toEqual({
      vendor: 'scriptix',
      namespace: 'code',
      slug: 'QUOTA_EXCEEDED',
    });
    expect(parseEntryId('alibaba-nls/code/40000009').slug).toBe('40000009');
  });

  it('rejects an unknown vendor and names it', () => {
    expect(() => parseEntryId('acme/code/1')).toThrow(/vendor "acme"/);
  });

  it('rejects an unknown namespace and lists the known ones', () => {
    expect(() => parseEntryId('scriptix/codes/X')).toThrow(
      /namespace "codes" is not one of code, http, message, close, event, sdk, job, grpc/,
    );
  });

  it('rejects codes with characters that cannot appear in a URL as written', () => {
    for (const code of ['a#b', 'a?b', 'Gateway:IDLE', 'a b', 'ü']) {
      expect(() => parseEntryId(`scriptix/code/${code}`), code).toThrow(/may only contain/);
    }
  });

  it('rejects ids with the wrong number of segments', () => {
    expect(() => parseEntryId('scriptix/QUOTA_EXCEEDED')).toThrow(/<vendor>\/<namespace>\/<slug>/);
  });
});

describe('URLs', () => {
  it('builds the permanent entry URL with a trailing slash', () => {
    expect(errorUrl({ vendor: 'agora-stt', namespace: 'http', slug: '404' })).toBe('/errors/agora-stt/http/404/');
  });

  it('numbers list pages from 2, page 1 being the list itself', () => {
    expect(cellUrl('not-found', 'agora-stt')).toBe('/categories/not-found/agora-stt/');
    expect(cellUrl('not-found', 'agora-stt', 3)).toBe('/categories/not-found/agora-stt/3/');
    expect(vendorListUrl('scriptix', 'code', 1)).toBe('/vendors/scriptix/#code');
    expect(vendorListUrl('scriptix', 'code', 2)).toBe('/vendors/scriptix/code/2/');
    expect(compareUrl(1)).toBe('/compare/');
    expect(compareUrl(4)).toBe('/compare/4/');
  });

  it('accepts a synthetic vendor only while a generated catalog is built', () => {
    const saved = process.env.CATALOG_CONTENT;
    try {
      delete process.env.CATALOG_CONTENT;
      expect(() => parseEntryId('synth-001/code/1')).toThrow(/vendor "synth-001"/);
      process.env.CATALOG_CONTENT = '/tmp/generated';
      expect(parseEntryId('synth-001/code/1').vendor).toBe('synth-001');
      expect(() => parseEntryId('synth-1/code/1'), 'only the exact synthetic shape').toThrow(/vendor "synth-1"/);
      expect(() => parseEntryId('scriptx/code/1'), 'a typo still fails').toThrow(/vendor "scriptx"/);
    } finally {
      if (saved === undefined) delete process.env.CATALOG_CONTENT;
      else process.env.CATALOG_CONTENT = saved;
    }
  });

  it('builds the short alias without the namespace', () => {
    expect(aliasUrl('agora-stt', '404')).toBe('/errors/agora-stt/404/');
  });

  it('encodes search queries', () => {
    expect(searchUrl('a&b c')).toBe('/search/?q=a%26b%20c');
    expect(searchUrl()).toBe('/search/');
  });
});

describe('message anchors', () => {
  it('derives the anchor from the message words so reordering keeps links working', () => {
    expect(messageAnchor('Invalid wav header!', 3)).toBe('msg-invalid-wav-header');
    expect(messageAnchor("The token 'xxx' has expired", 0)).toBe('msg-the-token-xxx-has-expired');
  });

  it('falls back to the position for text without ASCII words', () => {
    expect(messageAnchor('默认的客户端错误码', 0)).toBe('msg-1');
  });

  it('caps the anchor length without a trailing dash', () => {
    const a = messageAnchor('An unexpected error occurred while processing the audio. Please check', 0);
    expect(a.length).toBeLessThanOrEqual(52);
    expect(a.endsWith('-')).toBe(false);
  });

  it('keeps anchors unique within an entry', () => {
    expect(messageAnchors(['Forbidden', 'forbidden!', 'Other'])).toEqual([
      'msg-forbidden',
      'msg-forbidden-2',
      'msg-other',
    ]);
  });
});

describe('the 404 page helper', () => {
  it('knows every namespace, so a near miss in any of them is resolved', async () => {
    const { readFileSync } = await import('node:fs');
    const { namespaces } = await import('../../src/lib/vocabulary');
    const script = readFileSync(new URL('../../public/not-found.js', import.meta.url), 'utf8');
    const listed = /const namespaces = \[([^\]]*)\]/
      .exec(script)?.[1]
      ?.match(/'([^']+)'/g)
      ?.map((s) => s.slice(1, -1));
    expect(listed).toEqual([...namespaces]);
  });
});

describe('code slugs', () => {
  it('keeps URL-safe codes as written and turns others into lower-case words joined by "-"', async () => {
    const { codeSlug } = await import('../../src/lib/urls');
    expect(codeSlug('INVALID_AUTH')).toBe('INVALID_AUTH');
    expect(codeSlug('40000009')).toBe('40000009');
    expect(codeSlug('Bad Request')).toBe('bad-request');
    expect(codeSlug('Payload Too Large')).toBe('payload-too-large');
    expect(codeSlug('Gateway:IDLE_TIMEOUT')).toBe('gateway-idle-timeout');
    expect(codeSlug('静音')).toBe('');
  });
});

describe('search URLs', () => {
  it('carry a query with a lone surrogate (a log cut mid-emoji) without throwing', () => {
    const cut = 'quota exceeded \uD83D';
    expect(() => searchUrl(cut)).not.toThrow();
    expect(decodeURIComponent(searchUrl(cut).slice('/search/?q='.length))).toBe('quota exceeded \uFFFD');
    expect(decodeURIComponent(searchUrl('ok \uD83D\uDE00').slice('/search/?q='.length))).toBe('ok \uD83D\uDE00');
  });

  it('cut a long paste so the request line stays far below the 8 KB servers accept', () => {
    const url = searchUrl(`${'x'.repeat(MAX_URL_QUERY - 1)}\uD83D\uDE00 and more`);
    expect(url.length).toBeLessThan(8 * 1024);
    expect(() => decodeURIComponent(url)).not.toThrow();
  });
});
