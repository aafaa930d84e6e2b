// Entry point of `dist/openingWorker.js`: a worker thread that opens entries of an encrypted journal
// (openingService.ts) for the Node hosts' age crypto (openingPool.ts), so a cold index decrypts on
// other cores while the extension host's thread reads files. node:crypto only: no age library here.
import { parentPort } from 'node:worker_threads';
import { serveOpenings } from './openingService';

if (parentPort) {
  serveOpenings(parentPort);
}
