import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../scripts/content';
import { vendorSlugs } from '../../src/lib/vocabulary';

// The whole committed catalog, checked the way rustc's tidy checks its error index.
const report = loadCatalog();
const expected = load(readFileSync(new URL('./expected.yaml', import.meta.url), 'utf8')) as Record<
  string,
  Record<string, (string | number)[]>
>;

describe('the committed catalog', () => {
  it('has no integrity problems (each names the file and field to fix)', () => {
    expect(report.problems).toEqual([]);
  });

  it('has a vendor file for every declared vendor slug', () => {
    expect(report.vendors.map((v) => v.slug).sort()).toEqual([...vendorSlugs].sort());
  });

  it('matches the hand-made list of expected identifiers exactly, per vendor and namespace', () => {
    const actual: Record<string, Record<string, string[]>> = {};
    for (const e of report.entries) ((actual[e.vendor] ??= {})[e.namespace] ??= []).push(e.code);
    const want = Object.fromEntries(
      Object.entries(expected).map(([vendor, spaces]) => [
        vendor,
        Object.fromEntries(Object.entries(spaces).map(([ns, codes]) => [ns, codes.map(String).sort()])),
      ]),
    );
    for (const spaces of Object.values(actual)) for (const ns of Object.keys(spaces)) spaces[ns]!.sort();
    expect(actual).toEqual(want);
  });

  it('names a request-id header or field only where the vendor file itself says it (nothing invented)', () => {
    const unstated: string[] = [];
    for (const v of report.vendors) {
      const { header, field } = v.data.requestId ?? {};
      const text = readFileSync(new URL(`../../content/vendors/${v.slug}.md`, import.meta.url), 'utf8').replace(
        /^requestId:.*$/m,
        '',
      );
      for (const name of [header, field]) if (name && !text.includes(name)) unstated.push(`${v.slug}: ${name}`);
    }
    expect(unstated).toEqual([]);
    expect(report.vendors.filter((v) => v.data.requestId).length).toBeGreaterThan(0);
  });

  it('keeps the expected list itself free of numbers that YAML would mangle', () => {
    const numeric = Object.values(expected)
      .flatMap((s) => Object.values(s).flat())
      .filter((c) => typeof c !== 'string');
    expect(numeric).toEqual([]);
  });
});
