// Entry point of `dist/recordWorker.js`: a worker thread that turns entry texts into index items
// (front matter, tagging, commitments and mentions) for the journal index and the benchmarks, so a
// cold index of thousands of entries uses every core. The work is recordService.ts's; the tagger and
// markdown-it come from `tagger.js` beside this file (built once, shared with the extension).
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { createTagger as CreateTagger } from '../core/tagger/tagger';
import { serveRecords } from './recordService';
import { honourSmallHeaps } from './smallHeaps';

// The CLI report asks for small heaps (smallHeaps.ts), before the tagger loads; the extension does not.
honourSmallHeaps(workerData);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createTagger } = require(join(__dirname, 'tagger.js')) as { createTagger: typeof CreateTagger };

if (parentPort) {
  serveRecords(parentPort, createTagger);
}
