// Worker-thread entry that can run TypeScript: Node does not apply `--import tsx` to worker threads, so the
// thread registers tsx's loader itself and then imports the module named in workerData.entry.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(/* @vite-ignore */ workerData.entry);
