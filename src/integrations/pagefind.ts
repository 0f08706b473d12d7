import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs the Pagefind CLI over the built site's code pages, the only pages that carry `data-pagefind-body` (list,
 * alias and other pages are not read at all). The build starts it as soon as Astro has written the pages, so it
 * indexes while the file thread finishes its cards: Pagefind needs the code pages only.
 */
export const pagefindGlob = 'errors/*/*/*/index.html';

export function indexSite(root: string, outDir: string, log: (line: string) => void): Promise<void> {
  // The package's own launcher picks the platform binary; run with this Node so PATH does not matter.
  const cli = join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const child = spawn(process.execPath, [cli, '--site', outDir, '--glob', pagefindGlob], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const lines = (chunk: Buffer) => {
    output += chunk;
    const parts = output.split('\n');
    output = parts.pop()!;
    for (const l of parts) if (l.trim()) log(l.trimEnd());
  };
  child.stdout.on('data', lines);
  child.stderr.on('data', lines);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (output.trim()) log(output.trimEnd());
      if (code === 0) resolve();
      else reject(new Error(`Pagefind failed (exit code ${code}); its output is above`));
    });
  });
}
