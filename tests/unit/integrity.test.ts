import { describe, expect, it } from 'vitest';
import { checkCatalog, checkYamlSource, type RawFile } from '../../src/lib/integrity';
import { rawRecord, rawVendor } from '../support/fixtures';

const vendorFile = (slug: string): RawFile => ({ file: `content/vendors/${slug}.md`, data: rawVendor() });
const errorFile = (id: string, overrides: Record<string, unknown> = {}): RawFile => ({
  file: `content/errors/${id}.yaml`,
  data: rawRecord(id.split('/')[2]!, overrides),
});

function problems(errors: RawFile[], vendors: RawFile[] = [vendorFile('scriptix')]): string[] {
  return checkCatalog({ errors, vendors }).problems;
}

describe('catalog integrity checks', () => {
  it('accepts a consistent catalog', () => {
    expect(problems([errorFile('scriptix/code/A'), errorFile('scriptix/http/500', { related: ['scriptix/code/A'] })])).toEqual([]);
  });

  it('names file and field of a schema problem', () => {
    const p = problems([errorFile('scriptix/code/A', { category: 'no-such-category' })]);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^content\/errors\/scriptix\/code\/A\.yaml: category: /);
  });

  it('rejects a numeric code (an unquoted YAML number)', () => {
    const p = problems([errorFile('scriptix/code/400', { code: 400 })]);
    expect(p[0]).toMatch(/scriptix\/code\/400\.yaml: code: .*string/i);
  });

  it('requires the code to equal the file name', () => {
    expect(problems([errorFile('scriptix/code/A', { code: 'B' })])).toEqual([
      'content/errors/scriptix/code/A.yaml: code: "B" must equal the file name "A"',
    ]);
  });

  it('rejects codes that differ only in letter case, within and across namespaces', () => {
    const p = problems([errorFile('scriptix/code/TIMEOUT'), errorFile('scriptix/message/timeout')]);
    expect(p).toEqual(['content/errors/scriptix/message/timeout.yaml: code: "timeout" differs from content/errors/scriptix/code/TIMEOUT.yaml only in letter case']);
  });

  it('rejects a code that would shadow a namespace in the short alias', () => {
    expect(problems([errorFile('scriptix/message/http')])[0]).toMatch(/message\/http\.yaml: code: "http" is reserved/);
  });

  it('reports a related id that does not resolve and a self reference', () => {
    const p = problems([errorFile('scriptix/code/A', { related: ['scriptix/code/B', 'scriptix/code/A'] })]);
    expect(p).toEqual([
      'content/errors/scriptix/code/A.yaml: related.0: "scriptix/code/B" does not exist (no content/errors/scriptix/code/B.yaml)',
      'content/errors/scriptix/code/A.yaml: related.1: refers to the entry itself',
    ]);
  });

  it('reports an unknown namespace folder and a code with a URL-unsafe character', () => {
    const p = problems([errorFile('scriptix/codes/A'), { file: 'content/errors/scriptix/code/A#B.yaml', data: rawRecord('A#B') }]);
    expect(p[0]).toMatch(/codes\/A\.yaml: path: .*namespace "codes"/);
    expect(p[1]).toMatch(/A#B\.yaml: path: .*may only contain/);
  });

  it('reports a vendor folder without a vendor file and a vendor file without errors', () => {
    const p = problems([errorFile('agora-stt/code/1')], [vendorFile('scriptix')]);
    expect(p).toContain('content/errors/agora-stt/: has no vendor file content/vendors/agora-stt.md');
    expect(p).toContain('content/vendors/scriptix.md: has no errors in content/errors/scriptix/');
  });

  it('rejects a non-https source and reference', () => {
    const p = problems([errorFile('scriptix/code/A', { source: 'http://vendor.example/errors' })], [
      { file: 'content/vendors/scriptix.md', data: { ...rawVendor(), reference: 'http://vendor.example/' } },
    ]);
    expect(p).toContain('content/vendors/scriptix.md: reference: must be an https:// URL');
    expect(p).toContain('content/errors/scriptix/code/A.yaml: source: must be an https:// URL');
  });

  it('rejects an empty message list, a blank message and a missing translation', () => {
    expect(problems([errorFile('scriptix/code/A', { messages: [] })])[0]).toMatch(/A\.yaml: messages: needs at least one/);
    expect(problems([errorFile('scriptix/code/A', { messages: [{ text: '  ' }] })])[0]).toMatch(/messages\.0\.text: must not be empty/);
    expect(problems([errorFile('scriptix/code/A', { messages: [{ text: '静音', lang: 'zh' }] })])[0]).toMatch(
      /messages\.0\.translation: required because lang is "zh"/,
    );
  });

  it('rejects a placeholder that does not occur in its message', () => {
    const p = problems([errorFile('scriptix/code/A', { messages: [{ text: 'Invalid {token}', placeholders: ['{user}'] }] })]);
    expect(p[0]).toMatch(/messages\.0\.placeholders\.0: "\{user\}" does not occur in text/);
  });

  it('rejects a vendor slug that is not declared', () => {
    expect(problems([], [vendorFile('acme')])).toContain(
      'content/vendors/acme.md: vendor slug "acme" is not declared in src/lib/vocabulary.ts (vendorSlugs)',
    );
  });

  it('reports files in the wrong place', () => {
    const report = checkCatalog({ errors: [], vendors: [], strays: ['content/errors/scriptix/A.yaml'] });
    expect(report.problems[0]).toMatch(/^content\/errors\/scriptix\/A\.yaml: not an entry/);
  });
});

describe('YAML source checks', () => {
  it('reports a verbatim field whose unquoted value YAML would cut at " #"', () => {
    const text = 'code: "7"\nmessages:\n  - text: Bad sample #3 in stream\n';
    expect(checkYamlSource('content/errors/scriptix/code/7.yaml', text)).toEqual([
      'content/errors/scriptix/code/7.yaml: text (line 3): unquoted value contains " #", which YAML reads as a comment and drops; quote the value',
    ]);
  });

  it('accepts quoted values followed by a comment, and comments on other fields', () => {
    const text = '- text: "Bad sample #3"   # verbatim\nhttpStatus: 400 # where the vendor says\ntitle: |\n  a #b\n';
    expect(checkYamlSource('x.yaml', text)).toEqual([]);
  });
});
