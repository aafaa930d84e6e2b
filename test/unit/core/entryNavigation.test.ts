import * as assert from 'node:assert/strict';
import { formatIsoDate } from '../../../src/core/calendar/localDate';
import { entryDateFromPath, isoWeekThursday, neighbourEntry } from '../../../src/core/journal/entryNavigation';

const PATHS = [
  '2026/11/2026-11-20.md',
  '2026/11/2026-11-23-1on1-ana.md',
  '2026/11/2026-11-23.md',
  '2026/11/2026-W48-review.md', // Thursday 2026-11-26
  '2026/12/2026-12-01.md',
  'notes/readme.md',
  '2026/11/2026-11-21.txt',
];

describe('entry navigation', () => {
  it('reads the day from a file name, and the Thursday for a week', () => {
    assert.equal(formatIsoDate(entryDateFromPath('2026/11/2026-11-23-1on1-ana.md')!), '2026-11-23');
    assert.equal(formatIsoDate(entryDateFromPath('x/2026-W48-review.md')!), '2026-11-26');
    assert.equal(formatIsoDate(entryDateFromPath('2020-W53-review.md')!), '2020-12-31');
    assert.equal(entryDateFromPath('2021-W53-review.md'), undefined); // 2021 has 52 ISO weeks
    assert.equal(entryDateFromPath('notes/readme.md'), undefined);
    assert.equal(entryDateFromPath('2026-02-30.md'), undefined);
    assert.equal(formatIsoDate(isoWeekThursday(2025, 1)!), '2025-01-02');
  });

  it('steps from the open entry through same-day entries in path order', () => {
    assert.equal(neighbourEntry(PATHS, { date: { year: 2026, month: 11, day: 23 }, path: '2026/11/2026-11-23-1on1-ana.md' }, 1), '2026/11/2026-11-23.md');
    assert.equal(neighbourEntry(PATHS, { date: { year: 2026, month: 11, day: 23 }, path: '2026/11/2026-11-23.md' }, 1), '2026/11/2026-W48-review.md');
    assert.equal(neighbourEntry(PATHS, { date: { year: 2026, month: 11, day: 23 }, path: '2026/11/2026-11-23-1on1-ana.md' }, -1), '2026/11/2026-11-20.md');
  });

  it('steps from a day with no open entry to the nearest other day, skipping gaps', () => {
    assert.equal(neighbourEntry(PATHS, { date: { year: 2026, month: 11, day: 22 } }, -1), '2026/11/2026-11-20.md');
    assert.equal(neighbourEntry(PATHS, { date: { year: 2026, month: 11, day: 22 } }, 1), '2026/11/2026-11-23-1on1-ana.md');
    assert.equal(neighbourEntry(PATHS, { date: { year: 2026, month: 11, day: 27 } }, 1), '2026/12/2026-12-01.md');
  });

  it('returns nothing past either end', () => {
    assert.equal(neighbourEntry(PATHS, { date: { year: 2026, month: 11, day: 20 }, path: '2026/11/2026-11-20.md' }, -1), undefined);
    assert.equal(neighbourEntry(PATHS, { date: { year: 2026, month: 12, day: 1 }, path: '2026/12/2026-12-01.md' }, 1), undefined);
    assert.equal(neighbourEntry([], { date: { year: 2026, month: 12, day: 1 } }, 1), undefined);
  });
});
