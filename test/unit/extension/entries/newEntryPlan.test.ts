import * as assert from 'node:assert/strict';
import { parseIsoDate, type LocalDate } from '../../../../src/core/calendar/localDate';
import { personStep, planNewEntry } from '../../../../src/extension/entries/newEntryPlan';

const today = parseIsoDate('2026-03-12') as LocalDate;

describe('New Entry… decisions (newEntryPlan.ts)', () => {
  it('asks for the kind, for today, when called with nothing', () => {
    assert.deepEqual(planNewEntry(undefined, today), { outcome: 'go', kind: 'ask', date: today });
    assert.deepEqual(planNewEntry({}, today), { outcome: 'go', kind: 'ask', date: today });
  });

  it('takes the kind, date and title it is given, asking nothing', () => {
    assert.deepEqual(planNewEntry({ kind: 'decision', date: '2026-02-28', title: 'Hiring freeze' }, today),
      { outcome: 'go', kind: 'decision', date: parseIsoDate('2026-02-28'), title: 'Hiring freeze' });
  });

  it('stops on a kind that is not one, before asking anything', () => {
    assert.deepEqual(planNewEntry({ kind: 'diary', date: 'not a date' }, today), { outcome: 'unknown-kind', kind: 'diary' });
  });

  it('stops on a date that is not YYYY-MM-DD, even with no kind given (so nothing is asked in vain)', () => {
    assert.deepEqual(planNewEntry({ date: '12.03.2026' }, today), { outcome: 'bad-date', date: '12.03.2026' });
    assert.deepEqual(planNewEntry({ kind: 'daily', date: '2026-02-30' }, today), { outcome: 'bad-date', date: '2026-02-30' });
  });

  it('leaves out an empty title', () => {
    assert.deepEqual(planNewEntry({ kind: 'daily', title: '' }, today), { outcome: 'go', kind: 'daily', date: today });
  });

  it('asks who the entry is about only for a kind about a person, and only when no name is given', () => {
    assert.deepEqual(personStep(false, 'Ana'), { person: 'none' });
    assert.deepEqual(personStep(true, undefined), { person: 'ask' });
    assert.deepEqual(personStep(true, '   '), { person: 'ask' });
    assert.deepEqual(personStep(true, '  Ana Lima '), { person: 'given', name: 'Ana Lima' });
  });
});
