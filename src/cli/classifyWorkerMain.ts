// The entry of dist/classifyWorker.js: a classify worker thread and nothing else (classifyWorker.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { serveClassify } from './classifyWorker';
import type { ClassifyWorkerData } from './parallelClassify';

if (parentPort) {
  serveClassify(parentPort, workerData as ClassifyWorkerData);
}
