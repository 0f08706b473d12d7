import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes the build thread's files one after another with synchronous calls, creating each folder once. Writes land
 * in the page cache, so a synchronous write costs the syscalls alone: 30,000 files of 8 KB took 0.1 s user + 1.2 s
 * sys this way against 1.0 s user + 2.0 s sys through `fs/promises` with 16 in flight (file handles, the thread
 * pool and promise hops). The build is CPU-bound on two cores, so the cheaper path is also the faster one: a CPU
 * profile of a 50,000-code build showed the promise path's open, write and close costing the thread 34 s.
 */
export class FileWriter {
  private dirs = new Set<string>();

  write(file: string, body: string | Uint8Array): void {
    const dir = dirname(file);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    writeFileSync(file, body);
  }
}
