// The catalogue's reconciliation property (reconcileProperty.ts), briefly: 150 cases in the unit tier;
// the property tier runs it at length (test/property/catalogue.property.ts).
import fc from 'fast-check';
import { reconcileProperty } from './reconcileProperty';

describe('journal catalogue reconciliation (property)', () => {
  it('any file operations, any delivery of their events, then reconcile: the same catalogue as a fresh build', async () => {
    await fc.assert(reconcileProperty(), { numRuns: 150 });
  });
});
