import * as assert from 'node:assert/strict';
import type { CadenceStatus } from '../../../../src/core/people/oneOnOneCadence';
import { nameGiven, oneOnOneCandidates, oneOnOneStart } from '../../../../src/extension/people/oneOnOnePlan';

const weekly = { unit: 'days', count: 7 } as const;
const last = { date: '2026-03-01', path: '2026/03/2026-03-01-1on1.md' };
const overdue: CadenceStatus = { state: 'overdue', cadence: weekly, last, daysSince: 11, dueDate: '2026-03-08', daysOverdue: 4 };
const due: CadenceStatus = { state: 'due', cadence: weekly, last, daysSince: 7, dueDate: '2026-03-08' };
const never: CadenceStatus = { state: 'never', cadence: weekly };
const upcoming: CadenceStatus = { state: 'upcoming', cadence: weekly, last, daysSince: 2, dueDate: '2026-03-08', daysUntilDue: 5 };
const person = (key: string, name = key): { key: string; name: string; ambiguousWith: string[] } => ({ key, name, ambiguousWith: [] });

describe('New 1:1 with Person… decisions (oneOnOnePlan.ts)', () => {
  it('goes straight to New Entry with a name given, trimmed; a blank name counts as none', () => {
    assert.equal(nameGiven('  Ana '), 'Ana');
    assert.equal(nameGiven('   '), undefined);
    assert.equal(nameGiven(undefined), undefined);
  });

  it('offers the most pressing 1:1s first: overdue, due today, never held, upcoming, then everyone else', () => {
    const statuses = new Map<string, CadenceStatus>([['ben', upcoming], ['cy', never], ['dee', due], ['eve', overdue]]);
    const offered = oneOnOneCandidates([person('ana', 'Ana'), person('ben', 'Ben'), person('cy', 'Cy')], [{ key: 'dee', name: 'Dee' }, { key: 'eve', name: 'Eve' }], statuses);
    assert.deepEqual(offered.map((candidate) => candidate.name), ['Eve', 'Dee', 'Cy', 'Ben', 'Ana']);
    assert.equal(offered[0]?.status, overdue);
    assert.equal(offered[4]?.status, undefined);
  });

  it('offers each person once, as the journal names them, and leaves out a name that could be two people', () => {
    const offered = oneOnOneCandidates(
      [person('ana', 'Ana Lima'), { key: 'al', name: 'Al', ambiguousWith: ['alex', 'alina'] }, person('ben', 'Ben')],
      [{ key: 'ana', name: 'Ana' }, { key: 'zoe', name: 'Zoe' }],
      new Map(),
    );
    assert.deepEqual(offered.map((candidate) => candidate.name), ['Ana Lima', 'Ben', 'Zoe']);
  });

  it('lets New Entry ask for a name when there is no one to offer, and offers a choice otherwise', () => {
    assert.equal(oneOnOneStart([]), 'ask-name');
    assert.equal(oneOnOneStart([{ name: 'Ana', status: undefined }]), 'choose');
  });
});
