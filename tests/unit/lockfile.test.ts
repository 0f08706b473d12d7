import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` (CI, Cloudflare Pages, the README) installs package-lock.json as committed and refuses one that is out of
 * step with package.json. Checked here so a dependency changed without its lockfile fails `npm test`, not a deploy.
 */
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const root = lock.packages?.[''] ?? {};

describe('package-lock.json', () => {
  it('declares exactly the dependencies of package.json, with the same ranges', () => {
    for (const kind of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
      expect(root[kind] ?? {}, `${kind}: run npm install and commit package-lock.json`).toEqual(manifest[kind] ?? {});
    }
    expect([root.name, root.version]).toEqual([manifest.name, manifest.version]);
  });

  it('resolves every direct dependency', () => {
    const direct = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
    expect(direct.filter((name) => !lock.packages[`node_modules/${name}`])).toEqual([]);
  });

  it('lists other platforms’ optional native builds, so npm ci works on any host', () => {
    for (const name of [
      '@pagefind/darwin-arm64',
      '@pagefind/windows-x64',
      '@tailwindcss/oxide-darwin-arm64',
      '@astrojs/compiler-binding-win32-x64-msvc',
    ])
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
  });
});
