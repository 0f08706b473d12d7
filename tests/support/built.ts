import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file of the built site (dist/), with the URL path it is served at. */
export function builtPages(dir = 'dist'): { file: string; path: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return builtPages(file);
    if (!name.endsWith('.html')) return [];
    const rel = `/${relative('dist', file).split('\\').join('/')}`;
    return [{ file, path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel }];
  });
}
