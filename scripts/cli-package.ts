import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
import type { Entry, Vendor } from '../src/lib/catalog';
import { packData } from '../packages/explain/src/pack';

/**
 * Builds the `speech-errors` package from a catalog: the lookup and the command bundled for Node 20+ (one shared
 * chunk, so the library and the command carry the code once), the catalog as one JSON module, declarations from
 * the package's own types, then `npm pack`. Returns the tarball's path. Used by `npm run pack:cli`, the package
 * tests and `npm run bench:cli`.
 */

const pkgDir = resolve('packages/explain');

/** Declarations of one module on its own (it must be written so that it needs no inference across files). */
function declarations(file: string): string {
  const out = ts.transpileDeclaration(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: { declaration: true, isolatedDeclarations: true, strict: true },
    reportDiagnostics: true,
  });
  const problems = out.diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')) ?? [];
  if (problems.length) throw new Error(`${file}: cannot emit declarations: ${problems.join('; ')}`);
  // Consumers resolve with Node's rules (NodeNext), which need the extension the emitted file has.
  return out.outputText.replace(/(from '\.\/[^'.]+)'/g, "$1.js'");
}

/**
 * Each Node to run the installed command with: the one running now (the dev-time Node 24) and the first other `node`
 * on PATH outside node_modules with another version (the system's, often older), so Node 20 support is exercised.
 */
export function nodesOnThisMachine(): string[] {
  const found = [process.execPath];
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    const candidate = join(dir, 'node');
    if (dir.includes('node_modules') || !existsSync(candidate) || found.includes(candidate)) continue;
    const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (version && version !== process.version) found.push(candidate);
    break;
  }
  return found;
}

export interface PackOptions {
  entries: readonly Entry[];
  vendors: readonly Vendor[];
  site: string;
  /** Folder for the package tree and the tarball (emptied first). */
  out: string;
}

export async function buildPackage(o: PackOptions): Promise<string> {
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const tree = join(o.out, 'package');
  rmSync(o.out, { recursive: true, force: true });
  mkdirSync(join(tree, 'dist'), { recursive: true });
  const data = packData(o.entries, o.vendors, o.site);
  const info = { version: manifest.version, ...data.info };
  // A string literal for JSON.parse: V8 parses it several times faster than the same data as an object literal.
  writeFileSync(
    join(tree, 'dist', 'catalog.js'),
    `export const data = JSON.parse(${JSON.stringify(JSON.stringify(data))});\nexport const info = ${JSON.stringify(info)};\n`,
  );
  writeFileSync(
    join(tree, 'dist', 'catalog.d.ts'),
    "import type { CatalogInfo } from './types.js';\nexport declare const data: unknown;\nexport declare const info: CatalogInfo;\n",
  );
  await build({
    entryPoints: [join(pkgDir, 'src', 'index.ts'), join(pkgDir, 'src', 'bin.ts')],
    outdir: join(tree, 'dist'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['./catalog.js'],
    chunkNames: 'lookup-[hash]',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const name of ['index', 'types'])
    writeFileSync(join(tree, 'dist', `${name}.d.ts`), declarations(join(pkgDir, 'src', `${name}.ts`)));
  copyFileSync(join(pkgDir, 'package.json'), join(tree, 'package.json'));
  copyFileSync(join(pkgDir, 'README.md'), join(tree, 'README.md'));
  // The code is MIT; the catalog it carries is CC BY 4.0 (content/LICENSE.md).
  copyFileSync('LICENSE', join(tree, 'LICENSE'));
  copyFileSync(join('content', 'LICENSE.md'), join(tree, 'LICENSE-DATA.md'));
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', resolve(o.out)], {
    cwd: tree,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [{ filename }] = JSON.parse(packed) as [{ filename: string }];
  return resolve(o.out, filename);
}
