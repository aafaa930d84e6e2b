// Imported first by the CLI bundle (main.ts), so it runs before any other module allocates: for
// `report`, no thread's young generation grows and old generations grow slowly (src/node/smallHeaps.ts).
// A 50,000-entry report with one worker peaked at 190–200 MB, about 30 MB of it each isolate's grown
// young generation; kept at its first size the peak was ~145 MB with a worker and ~110 MB on one
// thread, for a few percent more CPU on one thread (none measured with a worker). The report's
// workers are told to keep them so as they start (main.ts): Node sets the V8 flags again while it
// starts one.
import { isMainThread } from 'node:worker_threads';
import { keepHeapsSmall } from '../node/smallHeaps';

if (isMainThread && process.argv[2] === 'report') {
  keepHeapsSmall();
}
