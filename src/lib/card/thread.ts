import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// Paths are joined by hand: Vite rewrites `new URL('./x', import.meta.url)` into an asset import.
const bootstrap = join(dirname(fileURLToPath(import.meta.url)), 'bootstrap.mjs');

/** Starts a TypeScript module (an absolute path) in a worker thread; it reads its input from `workerData.input`. */
export function startThread(entry: string, input?: unknown): Worker {
  return new Worker(bootstrap, { workerData: { entry: pathToFileURL(entry).href, input } });
}

/** Runs a TypeScript module in a worker thread (see `startThread`) and resolves with the first message it posts. */
export function runThread<T>(entry: string, input?: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = startThread(entry, input);
    worker.once('message', (m: T) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`${entry}: worker exited with code ${code}`)));
  });
}
