import { parentPort, workerData } from 'node:worker_threads';
import { renderItems, type RenderItem } from './cache';

// A card-rendering thread: renders the items it is given into their files and reports the bytes written.
parentPort!.postMessage(renderItems((workerData as { input: RenderItem[] }).input));
