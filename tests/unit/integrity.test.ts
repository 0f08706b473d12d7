import { describe, expect, it } from 'vitest';
import { checkCatalog, checkVendorBody, checkYamlSource, type RawFile } from '../../src/lib/integrity';
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
    expect(
      problems([
        errorFile('scriptix/code/A', { related: ['scriptix/http/500'] }),
        errorFile('scriptix/http/500', { related: ['scriptix/code/A'] }),
      ]),
    ).toEqual([]);
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

  it('requires the file name to be the code, or its slug when the code is not URL-safe', () => {
    expect(problems([errorFile('scriptix/code/A', { code: 'B' })])).toEqual([
      'content/errors/scriptix/code/A.yaml: code: the file name "A" must be the code itself, or "B--<qualifier>" (lower-case words joined by "-") when several errors share the code',
    ]);
    expect(problems([errorFile('scriptix/code/bad-request', { code: 'Bad Request' })])).toEqual([]);
    expect(problems([errorFile('scriptix/code/Bad-Request', { code: 'Bad Request' })])[0]).toMatch(
      /Bad-Request\.yaml: code: the file name "Bad-Request" must be the code's slug "bad-request"/,
    );
    expect(problems([errorFile('scriptix/message/a-b', { code: 'a-c' })])).toEqual([
      'content/errors/scriptix/message/a-b.yaml: code: "a-c" must equal the file name "a-b"',
    ]);
  });

  it('lets several errors share one identifier through --<qualifier> file names', () => {
    const shared = [
      errorFile('scriptix/code/bad-request--invalid-audio', { code: 'Bad Request' }),
      errorFile('scriptix/code/bad-request--unsupported-data', { code: 'Bad Request' }),
      errorFile('scriptix/close/3006--invalid-json', { code: '3006' }),
    ];
    expect(problems(shared)).toEqual([]);
    expect(problems([errorFile('scriptix/close/3006--Invalid', { code: '3006' })])[0]).toMatch(
      /3006--Invalid\.yaml: code: /,
    );
  });

  it('rejects a code without ASCII letters or digits outside the message namespace', () => {
    expect(problems([errorFile('scriptix/code/x', { code: '静音' })])[0]).toMatch(
      /x\.yaml: code: "静音" has no ASCII letters/,
    );
  });

  it('checks each namespace for what its identifiers must be', () => {
    expect(problems([errorFile('scriptix/http/600')])[0]).toMatch(/http\/600\.yaml: code: must be an HTTP status/);
    expect(problems([errorFile('scriptix/http/404', { httpStatus: 400 })])[0]).toMatch(
      /http\/404\.yaml: httpStatus: 400 differs from the code "404"/,
    );
    expect(problems([errorFile('scriptix/close/999')])[0]).toMatch(
      /close\/999\.yaml: code: must be a WebSocket close code/,
    );
    expect(problems([errorFile('scriptix/close/5000')])[0]).toMatch(
      /close\/5000\.yaml: code: must be a WebSocket close code/,
    );
    expect(problems([errorFile('scriptix/grpc/NOT_FOUND')])).toEqual([]);
    expect(problems([errorFile('scriptix/grpc/NOTFOUND')])[0]).toMatch(
      /grpc\/NOTFOUND\.yaml: code: must be a gRPC status name/,
    );
    expect(problems([errorFile('scriptix/event/X')])[0]).toMatch(/event\/X\.yaml: frame: /);
    expect(problems([errorFile('scriptix/event/X', { frame: 'Error' })])).toEqual([]);
    expect(problems([errorFile('scriptix/sdk/X')])[0]).toMatch(/sdk\/X\.yaml: sdks: /);
    expect(problems([errorFile('scriptix/sdk/X', { sdks: [{ language: 'javascript', value: '5' }] })])).toEqual([]);
    expect(problems([errorFile('scriptix/sdk/X', { sdks: [{ language: 'js' }] })])[0]).toMatch(
      /sdk\/X\.yaml: sdks\.0\.language: /,
    );
    expect(
      problems([
        errorFile('scriptix/sdk/X', { sdks: [{ language: 'python' }, { language: 'python', value: '1' }] }),
      ])[0],
    ).toMatch(/sdks\.1\.language: python is listed twice/);
  });

  it('requires at least one example, each saying where it comes from', () => {
    expect(problems([errorFile('scriptix/code/A', { examples: [] })])[0]).toMatch(
      /A\.yaml: examples: needs at least one example/,
    );
    expect(
      problems([errorFile('scriptix/code/A', { examples: [{ label: 'Body', source: 'memory', text: '{}' }] })])[0],
    ).toMatch(/A\.yaml: examples\.0\.source: /);
  });

  it('rejects codes that differ only in letter case, within and across namespaces', () => {
    const p = problems([errorFile('scriptix/code/TIMEOUT'), errorFile('scriptix/message/timeout')]);
    expect(p).toEqual([
      'content/errors/scriptix/message/timeout.yaml: code: "timeout" differs from content/errors/scriptix/code/TIMEOUT.yaml only in letter case',
    ]);
  });

  it('rejects a code that would shadow a namespace in the short alias', () => {
    expect(problems([errorFile('scriptix/message/http')])[0]).toMatch(/message\/http\.yaml: code: "http" is reserved/);
  });

  it('reports a related link that goes one way only, naming the file to add the link back to', () => {
    const p = problems([
      errorFile('scriptix/code/A'),
      errorFile('scriptix/http/500', { related: ['scriptix/code/A'] }),
    ]);
    expect(p).toEqual([
      'content/errors/scriptix/http/500.yaml: related.0: scriptix/code/A does not link back; add scriptix/http/500 to its related',
    ]);
  });

  it('reports a related id that does not resolve and a self reference', () => {
    const p = problems([errorFile('scriptix/code/A', { related: ['scriptix/code/B', 'scriptix/code/A'] })]);
    expect(p).toEqual([
      'content/errors/scriptix/code/A.yaml: related.0: "scriptix/code/B" does not exist (no content/errors/scriptix/code/B.yaml)',
      'content/errors/scriptix/code/A.yaml: related.1: refers to the entry itself',
    ]);
  });

  it('reports an unknown namespace folder and a code with a URL-unsafe character', () => {
    const p = problems([
      errorFile('scriptix/codes/A'),
      { file: 'content/errors/scriptix/code/A#B.yaml', data: rawRecord('A#B') },
    ]);
    expect(p[0]).toMatch(/codes\/A\.yaml: path: .*namespace "codes"/);
    expect(p[1]).toMatch(/A#B\.yaml: path: .*may only contain/);
  });

  it('reports a vendor folder without a vendor file and a vendor file without errors', () => {
    const p = problems([errorFile('agora-stt/code/1')], [vendorFile('scriptix')]);
    expect(p).toContain('content/errors/agora-stt/: has no vendor file content/vendors/agora-stt.md');
    expect(p).toContain('content/vendors/scriptix.md: has no errors in content/errors/scriptix/');
  });

  it('rejects a non-https source and reference', () => {
    const p = problems(
      [errorFile('scriptix/code/A', { source: 'http://vendor.example/errors' })],
      [{ file: 'content/vendors/scriptix.md', data: { ...rawVendor(), reference: 'http://vendor.example/' } }],
    );
    expect(p).toContain('content/vendors/scriptix.md: reference: must be an https:// URL');
    expect(p).toContain('content/errors/scriptix/code/A.yaml: source: must be an https:// URL');
  });

  it('rejects an empty message list, a blank message and a missing translation', () => {
    expect(problems([errorFile('scriptix/code/A', { messages: [] })])[0]).toMatch(
      /A\.yaml: messages: needs at least one/,
    );
    expect(problems([errorFile('scriptix/code/A', { messages: [{ text: '  ' }] })])[0]).toMatch(
      /messages\.0\.text: must not be empty/,
    );
    expect(problems([errorFile('scriptix/code/A', { messages: [{ text: '静音', lang: 'zh' }] })])[0]).toMatch(
      /messages\.0\.translation: required because lang is "zh"/,
    );
  });

  it('rejects a placeholder that does not occur in its message', () => {
    const p = problems([
      errorFile('scriptix/code/A', { messages: [{ text: 'Invalid {token}', placeholders: ['{user}'] }] }),
    ]);
    expect(p[0]).toMatch(/messages\.0\.placeholders\.0: "\{user\}" does not occur in text/);
  });

  it('accepts an SDK description only where it is not what names the entry, and never with a printed form', () => {
    const described = { text: 'Exception mapping an ABORTED error.', kind: 'description' };
    expect(
      problems([errorFile('scriptix/sdk/Aborted', { messages: [described], sdks: [{ language: 'python' }] })]),
    ).toEqual([]);
    expect(problems([errorFile('scriptix/message/aborted', { messages: [described] })])).toEqual([
      'content/errors/scriptix/message/aborted.yaml: messages.0.kind: a message entry is named by this text, so it must be printed',
    ]);
    expect(
      problems([
        errorFile('scriptix/sdk/Aborted', {
          messages: [{ ...described, printed: '409 Aborted' }],
          sdks: [{ language: 'python' }],
        }),
      ]),
    ).toEqual([
      'content/errors/scriptix/sdk/Aborted.yaml: messages.0.kind: a description is not printed, so it has no printed form or placeholders',
    ]);
    expect(
      problems([errorFile('scriptix/sdk/Aborted', { messages: [{ ...described, kind: 'docstring' }] })])[0],
    ).toMatch(/Aborted\.yaml: messages\.0\.kind: /);
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

describe('vendor body checks', () => {
  it('reports a tag-like placeholder outside code, naming file and line, and accepts it in code', () => {
    const text =
      '---\nname: x\n---\nThe message reads "Error code: <status>".\nIn code: `<status>`.\n```\n<body>\n```\n';
    expect(checkVendorBody('content/vendors/x.md', text)).toEqual([
      'content/vendors/x.md: body (line 2): <status> would be read as HTML; put it in a code span',
    ]);
  });
});
