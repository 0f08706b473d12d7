import { describe, expect, it } from 'vitest';
import { buildLookupIndex, lookup } from '../../src/lib/lookup/index';
import { vendorEvidence, leadingVendor } from '../../src/lib/lookup/evidence';
import { extract } from '../../src/lib/lookup/extract';
import { evidenceSchema } from '../../src/lib/schema';
import { entry } from '../support/fixtures';

/** Vendor evidence is data: each vendor's content file declares it, the lookup only knows how to test it. */

const evidence = (raw: unknown) => evidenceSchema.parse(raw);
const vendors = [
  {
    slug: 'scriptix',
    name: 'Alpha API',
    aliases: [],
    evidence: evidence({
      hosts: ['api.alpha.example'],
      headers: ['x-alpha-id'],
      envelopes: [
        { keys: ['error_code'], why: 'an error_code field' },
        { keys: ['shared'], why: 'a shared field' },
      ],
    }),
  },
  {
    slug: 'agora-stt',
    name: 'Beta API',
    aliases: [],
    evidence: evidence({
      envelopes: [
        { keys: ['type', 'error_code', 'error'], values: { type: '^Error$' }, why: 'an Error frame' },
        { keys: ['shared'], why: 'the same shared field' },
      ],
      patterns: [{ pattern: '\\bBETA-\\d{4}\\b', why: 'a BETA- id' }],
    }),
  },
];
const index = buildLookupIndex([entry('scriptix/code/E1'), entry('agora-stt/code/E1')], vendors);
const scores = (text: string) => Object.fromEntries(vendorEvidence(extract(text), index.vendors).scores);

describe('vendor evidence declared in content', () => {
  it('reads hosts, headers, body signatures and text patterns as their vendor', () => {
    expect(scores('POST https://api.alpha.example/v1 failed')).toEqual({ scriptix: 6 });
    expect(scores('X-Alpha-Id: 12\n\n{"x": 1}')).toEqual({ scriptix: 4 });
    expect(scores('{"error_code": "E1"}')).toEqual({ scriptix: 4 });
    expect(scores('closed with BETA-0001')).toEqual({ 'agora-stt': 2 });
  });

  it('counts a signature that several vendors declare for none of them', () => {
    expect(index.vendors.flatMap((v) => v.signatures.map((s) => s.why))).not.toContain('a shared field');
    expect(scores('{"shared": 1}')).toEqual({});
  });

  it('lets the more specific body signature win over one whose keys it contains', () => {
    const ev = vendorEvidence(extract('{"type": "Error", "error_code": "E1", "error": "x"}'), index.vendors);
    expect(Object.fromEntries(ev.scores)).toEqual({ 'agora-stt': 4 });
    expect(leadingVendor(ev)).toBe('agora-stt');
    expect(lookup(index, '{"type": "Error", "error_code": "E1", "error": "x"}').results[0]).toMatchObject({
      id: 'agora-stt/code/E1',
      match: 'exact',
    });
  });

  it('requires value patterns to match', () => {
    expect(scores('{"type": "Warning", "error_code": "E1", "error": "x"}')).toEqual({ scriptix: 4 });
  });

  it('rejects a pattern that does not compile, naming the field', () => {
    const bad = evidenceSchema.safeParse({ patterns: [{ pattern: '(', why: 'broken pattern' }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['patterns', 0, 'pattern']);
  });
});

describe('SDK enum values', () => {
  it('answer a bare value per SDK language, never exact, naming the language that gives each meaning', () => {
    const sdk = (code: string, sdks: unknown) =>
      entry(`scriptix/sdk/${code}`, { sdks, category: 'service-unavailable' });
    const index = buildLookupIndex(
      [
        sdk('ConnectionFailure', [
          { language: 'dotnet', value: '5' },
          { language: 'python', value: '5' },
          { language: 'javascript', value: '4' },
        ]),
        sdk('ServiceTimeout', [
          { language: 'dotnet', value: '6' },
          { language: 'javascript', value: '5' },
        ]),
      ],
      [{ slug: 'scriptix', name: 'Vendor', aliases: [] }],
    );
    const results = lookup(index, 'ErrorCode: 5').results;
    expect(results.map((r) => [r.id, r.match])).toEqual([
      ['scriptix/sdk/ConnectionFailure', 'likely'],
      ['scriptix/sdk/ServiceTimeout', 'likely'],
    ]);
    expect(results[0]!.reason).toContain('5 is ConnectionFailure in the .NET (C#), Python SDK');
    expect(results[1]!.reason).toContain('5 is ServiceTimeout in the JavaScript SDK');
    expect(lookup(index, 'CANCELED: Reason=Error ErrorCode=ConnectionFailure').results[0]).toMatchObject({
      id: 'scriptix/sdk/ConnectionFailure',
      match: 'exact',
    });
  });
});
