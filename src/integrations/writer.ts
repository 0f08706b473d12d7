import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes files with up to `limit` writes in flight. On this kind of virtual disk a write waits on the device far
 * longer than it takes to prepare, so one file at a time left the build's second thread idle: with 16 in flight
 * the thread keeps rendering cards while earlier files are written.
 */
export class FileWriter {
  private inFlight = new Set<Promise<void>>();
  private dirs = new Map<string, Promise<unknown>>();
  private failure: Error | undefined;
  files = 0;
  bytes = 0;

  constructor(private readonly limit = 16) {}

  /** Queues a write; resolves once there is room for another (not when this one is on disk: see `flush`). */
  async write(file: string, body: string | Uint8Array): Promise<void> {
    while (this.inFlight.size >= this.limit) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
    const dir = dirname(file);
    let made = this.dirs.get(dir);
    if (!made) this.dirs.set(dir, (made = mkdir(dir, { recursive: true })));
    const job: Promise<void> = made
      .then(() => writeFile(file, body))
      .catch((e: Error) => {
        this.failure ??= e;
      })
      .finally(() => this.inFlight.delete(job));
    this.inFlight.add(job);
    this.files++;
    this.bytes += typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  }

  /** Resolves when every queued write is on disk; rejects with the first that failed. */
  async flush(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
  }
}
