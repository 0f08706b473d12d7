import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Runs a TypeScript module (an absolute path) in a worker thread and resolves with the first message it posts. The module reads its
 * input from `workerData.input`.
 */
// Paths are joined by hand: Vite rewrites `new URL('./x', import.meta.url)` into an asset import.
const bootstrap = join(dirname(fileURLToPath(import.meta.url)), 'bootstrap.mjs');

export function runThread<T>(entry: string, input?: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { workerData: { entry: pathToFileURL(entry).href, input } });
    worker.once('message', (m: T) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`${entry}: worker exited with code ${code}`)));
  });
}
