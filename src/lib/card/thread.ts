import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// Paths are joined by hand: Vite rewrites `new URL('./x', import.meta.url)` into an asset import.
const bootstrap = join(dirname(fileURLToPath(import.meta.url)), 'bootstrap.mjs');

/** Starts a TypeScript module (an absolute path) in a worker thread; it reads its input from `workerData.input`. */
export function startThread(entry: string, input?: unknown): Worker {
  return new Worker(bootstrap, { workerData: { entry: pathToFileURL(entry).href, input } });
}
