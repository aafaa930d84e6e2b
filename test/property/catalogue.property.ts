// The journal catalogue's reconciliation property at length (issue #13): any file operations, any
// delivery of their events (delivered, dropped, or coalesced into a change of their folder), then a
// reconcile, give the same catalogue as a fresh build, and so does a build over the catalogue
// persisted before the changes (test/unit/core/catalogue/reconcileProperty.ts; the unit tier runs
// 150 cases of it).
//
// 5,000 cases by default (FC_RUNS to change), with a fresh seed each run, printed first so a failure
// can be replayed: FC_SEED=<seed> npm run test:property.
import fc from 'fast-check';
import { reconcileProperty } from '../unit/core/catalogue/reconcileProperty';

const RUNS = Number(process.env.FC_RUNS ?? 5_000);
const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;

describe('journal catalogue reconciliation (property tier)', () => {
  it(`any file operations, any delivery of their events, then reconcile: the same catalogue as a fresh build (${RUNS} cases, seed ${SEED})`, async () => {
    console.log(`      seed ${SEED} (replay: FC_SEED=${SEED} npm run test:property)`);
    await fc.assert(reconcileProperty(), { numRuns: RUNS, seed: SEED });
  });
});
