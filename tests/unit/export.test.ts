import { describe, expect, it } from 'vitest';
import { catalogDocument, publishedEntry, vendorDocument } from '../../src/lib/export';
import { catalogDocumentSchema, publishedEntrySchema, vendorDocumentSchema, vendorSchema } from '../../src/lib/schema';
import { entryMarkdown, escapeMarkdown, vendorMarkdown } from '../../src/lib/markdown';
import { llmsTxt } from '../../src/lib/llms';
import { techArticle } from '../../src/lib/jsonld';
import type { Vendor } from '../../src/lib/catalog';
import { entry, modelOf, rawVendor } from '../support/fixtures';

const site = 'https://site.example/';
const vendor: Vendor = { slug: 'agora-stt', data: vendorSchema.parse(rawVendor('Agora STT')) };
const other: Vendor = { slug: 'scriptix', data: vendorSchema.parse(rawVendor('Scriptix')) };
const edited = entry('agora-stt/code/20', { updated: '2026-12-01', related: ['agora-stt/http/504'] });
const plain = entry('agora-stt/http/504', { httpStatus: 504, source: 'https://vendor.example/504' });
const retired = entry('scriptix/code/OLD', {
  retired: true,
  retiredSince: '2026-02-01',
  replacedBy: 'scriptix/code/NEW',
});
const successor = entry('scriptix/code/NEW');

describe('published JSON', () => {
  it('gives an entry its canonical URL, sibling URLs, source and last-modified date', () => {
    const e = publishedEntry(plain, vendor, site);
    expect(e.url).toBe('https://site.example/errors/agora-stt/http/504/');
    expect(e.json).toBe('https://site.example/errors/agora-stt/http/504.json');
    expect(e.markdown).toBe('https://site.example/errors/agora-stt/http/504.md');
    expect(e.sourceUrl).toBe('https://vendor.example/504');
    expect(e.dateModified).toBe(vendor.data.retrieved);
    expect(publishedEntry(edited, vendor, site).dateModified).toBe('2026-12-01');
    expect(publishedEntrySchema.parse(e)).toEqual(e);
  });

  it('keeps retired entries with their flag, date and successor', () => {
    const e = publishedEntry(retired, other, site);
    expect([e.retired, e.retiredSince, e.replacedBy]).toEqual([true, '2026-02-01', 'scriptix/code/NEW']);
  });

  it('builds a catalog document that its own schema accepts, counting entries per vendor', () => {
    const doc = catalogDocument([edited, plain, retired, successor], [vendor, other], site);
    expect(catalogDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.count).toBe(4);
    expect(doc.vendors.map((v) => [v.slug, v.count])).toEqual([
      ['agora-stt', 2],
      ['scriptix', 2],
    ]);
    expect(doc.dateModified).toBe('2026-12-01');
    expect(doc.$schema).toBe('https://site.example/catalog.schema.json');
  });

  it('states the data licence and that the quoted vendor identifiers are not covered by it', () => {
    const doc = catalogDocument([edited], [vendor], site);
    expect(doc.license.data).toBe('CC-BY-4.0');
    expect(doc.license.identifiers).toMatch(/quoted verbatim .* not covered by this licence/);
  });

  it('refuses an entry whose vendor has no vendor file, naming the file', () => {
    expect(() => catalogDocument([retired], [vendor], site)).toThrow('content/errors/scriptix/code/OLD.yaml');
  });

  it('lists a vendor’s entries with links to their JSON', () => {
    const doc = vendorDocument(vendor, [edited, plain], site);
    expect(vendorDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.entries.map((e) => e.json)).toEqual([
      'https://site.example/errors/agora-stt/code/20.json',
      'https://site.example/errors/agora-stt/http/504.json',
    ]);
  });
});

describe('Markdown', () => {
  it('renders the page sections with absolute links and the canonical URL', () => {
    const md = entryMarkdown(modelOf(edited, [plain], { 'agora-stt': 'Agora STT' }), site);
    for (const heading of [
      '## Message',
      '## What happened',
      '## How to fix it',
      '## Retry',
      '## Facts',
      '## Related entries',
      '## Source',
    ]) {
      expect(md).toContain(`\n${heading}\n`);
    }
    expect(md.startsWith('# `20`: Title of 20 (Agora STT)\n')).toBe(true);
    expect(md).toContain('[HTTP 504](https://site.example/errors/agora-stt/http/504.md)');
    expect(md).toContain('Canonical page: <https://site.example/errors/agora-stt/code/20/> (last modified 2026-12-01)');
  });

  it('shows a retired entry’s date and successor', () => {
    const md = entryMarkdown(modelOf(retired, [successor], { scriptix: 'Scriptix' }), site);
    expect(md).toContain(
      '> **Retired since 2026-02-01:** Scriptix no longer documents this error. Replaced by [NEW](https://site.example/errors/scriptix/code/NEW/).',
    );
  });

  it('escapes emphasis underscores but leaves identifiers like retry_after readable', () => {
    expect(escapeMarkdown('read retry_after, not _this_')).toBe('read retry_after, not \\_this\\_');
  });

  it('lists a vendor’s entries by namespace, linking their Markdown', () => {
    const md = vendorMarkdown(vendor, [edited, plain], site);
    expect(md).toContain('## Error codes\n\n- [20](https://site.example/errors/agora-stt/code/20.md): Title of 20');
    expect(md).toContain('## HTTP statuses\n\n- [HTTP 504](https://site.example/errors/agora-stt/http/504.md)');
  });

  it('writes an llms.txt that links each vendor’s Markdown and the catalog', () => {
    const text = llmsTxt(
      [
        { vendor, count: 2 },
        { vendor: other, count: 2 },
      ],
      site,
    );
    expect(text.startsWith('# Speech Error Catalog\n\n> ')).toBe(true);
    expect(text).toContain('[Agora STT](https://site.example/vendors/agora-stt.md)');
    expect(text).toContain('4 entries from 2 vendors');
    expect(text).toContain('(https://site.example/catalog.json)');
  });
});

describe('structured data', () => {
  it('describes a code page as a TechArticle modified when the entry was edited or its source retrieved', () => {
    const ld = techArticle(modelOf(edited, [plain]), site);
    expect(ld['@type']).toBe('TechArticle');
    expect(ld['dateModified']).toBe('2026-12-01');
    expect(ld['url']).toBe('https://site.example/errors/agora-stt/code/20/');
    expect(ld['image']).toBe('https://site.example/errors/agora-stt/code/20.png');
    expect(techArticle(modelOf(plain, [edited]), site)['isBasedOn']).toBe('https://vendor.example/504');
  });
});
