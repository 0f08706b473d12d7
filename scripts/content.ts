import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import {
  checkCatalog,
  checkVendorBody,
  checkYamlSource,
  type CatalogInput,
  type CatalogReport,
} from '../src/lib/integrity';

/**
 * Reads a content folder from disk the way Astro's loaders see it and runs the catalog checks on it. Used by the
 * integrity test, the end-to-end tests (for their expectations) and `npm run validate`.
 */

/** The content root: `CATALOG_CONTENT` when set (generated catalogs for benchmarks), else `content/`. */
export const contentRoot = (): string => process.env.CATALOG_CONTENT ?? join(process.cwd(), 'content');

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Parses YAML front matter (between `---` lines) of a Markdown file. */
export function frontMatter(text: string, file: string): unknown {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) throw new Error(`${file}: no front matter (--- block) at the top`);
  return parseYaml(m[1]!);
}

export function readCatalog(root = contentRoot()): CatalogInput & { parseErrors: string[] } {
  const base = relative(process.cwd(), root) || '.';
  const rel = (p: string) => relative(process.cwd(), p).split('\\').join('/');
  const parseErrors: string[] = [];
  const load = (p: string, parse: (t: string) => unknown) => {
    try {
      return { file: rel(p), data: parse(readFileSync(p, 'utf8')) };
    } catch (e) {
      parseErrors.push(`${rel(p)}: cannot be parsed: ${(e as Error).message.split('\n')[0]}`);
      return undefined;
    }
  };
  const errorFiles = walk(join(root, 'errors')).filter((p) => !p.endsWith('README.md'));
  const isEntry = (p: string) => p.endsWith('.yaml') && relative(join(root, 'errors'), p).split(/[\\/]/).length === 3;
  const errors = errorFiles.filter(isEntry).flatMap(
    (p) =>
      load(p, (t) => {
        parseErrors.push(...checkYamlSource(rel(p), t));
        return parseYaml(t);
      }) ?? [],
  );
  const vendors = walk(join(root, 'vendors'))
    .filter((p) => /\.mdx?$/.test(p) && !p.endsWith('README.md'))
    .flatMap(
      (p) =>
        load(p, (t) => {
          parseErrors.push(...checkVendorBody(rel(p), t));
          return frontMatter(t, rel(p));
        }) ?? [],
    );
  return {
    errors,
    vendors,
    strays: errorFiles.filter((p) => !isEntry(p)).map(rel),
    root: base.split('\\').join('/'),
    parseErrors,
  };
}

export function loadCatalog(root = contentRoot()): CatalogReport {
  const input = readCatalog(root);
  const report = checkCatalog(input);
  return { ...report, problems: [...input.parseErrors, ...report.problems] };
}
