import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../scripts/generate-catalog';
import { loadCatalog } from '../../scripts/content';

/** The synthetic catalog of the scale benchmark must be a valid catalog shaped like the real one. */

const out = join(mkdtempSync(join(tmpdir(), 'speech-gen-')), 'catalog');
const saved = process.env.CATALOG_CONTENT;
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  if (saved === undefined) delete process.env.CATALOG_CONTENT;
  else process.env.CATALOG_CONTENT = saved;
});

describe('the synthetic catalog generator', () => {
  it('writes a catalog that passes every check, with the variety of the real one', () => {
    expect(generateCatalog({ codes: 600, vendors: 6, seed: 7, out })).toEqual({ entries: 600, vendors: 6 });
    process.env.CATALOG_CONTENT = out;
    const report = loadCatalog(out);
    expect(report.problems).toEqual([]);
    expect(report.entries).toHaveLength(600);
    const messages = report.entries.flatMap((e) => e.data.messages);
    expect(new Set(report.entries.map((e) => e.namespace))).toEqual(new Set(['code', 'http', 'message']));
    const zh = messages.filter((m) => m.lang === 'zh').length / messages.length;
    expect(zh).toBeGreaterThan(0.05);
    expect(zh).toBeLessThan(0.2);
    expect(messages.some((m) => m.placeholders.length > 0)).toBe(true);
    const texts = messages.map((m) => m.text);
    expect(new Set(texts).size).toBeLessThan(texts.length);
    expect(report.entries.some((e) => e.data.related.length > 0)).toBe(true);
    expect(report.entries.some((e) => e.data.retired)).toBe(true);
    expect(report.entries.some((e) => e.data.aliases.length > 0)).toBe(true);
  });

  it('writes the same files for the same seed', () => {
    const again = join(out, '..', 'again');
    generateCatalog({ codes: 50, vendors: 2, seed: 3, out: again });
    process.env.CATALOG_CONTENT = again;
    const a = loadCatalog(again).entries.map((e) => [e.id, e.data.title]);
    generateCatalog({ codes: 50, vendors: 2, seed: 3, out: again });
    expect(loadCatalog(again).entries.map((e) => [e.id, e.data.title])).toEqual(a);
  });
});
