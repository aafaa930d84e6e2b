import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { recurrenceIterator, type WallIterator } from '../../../../src/core/timeAudit/icalLibrary';
import { ruleIterator, simpleIterator } from '../../../../src/core/timeAudit/recurrence';

const CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function take(iterator: WallIterator, limit: number): number[] {
  const walls: number[] = [];
  for (let wall = iterator.next(); wall !== undefined && walls.length < limit; wall = iterator.next()) {
    walls.push(wall);
  }
  return walls;
}

describe('time audit: recurrence', () => {
  it('expands daily and weekly rules exactly as ical.js does (property, random rules of those shapes)', () => {
    const rule = fc.record({
      freq: fc.constantFrom('DAILY', 'WEEKLY'),
      interval: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      count: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }),
      wkst: fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }),
      untilDays: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    }, { requiredKeys: ['freq', 'days'] });
    const start = fc.record({ day: fc.integer({ min: 19_000, max: 21_000 }), minute: fc.integer({ min: 0, max: 1439 }), isDate: fc.boolean() });
    fc.assert(fc.property(rule, start, (r, s) => {
      const startWall = s.day * 86_400_000 + (s.isDate ? 0 : s.minute * 60_000);
      const startWeekday = (((s.day + 4) % 7) + 7) % 7;
      // The fast path only takes starts that are one of the rule's days; keep those.
      const days = r.days.length > 0 && !r.days.includes(startWeekday) ? [...r.days, startWeekday] : r.days;
      const data: Record<string, unknown> = { freq: r.freq };
      if (r.interval !== undefined) data.interval = r.interval;
      if (r.count !== undefined) data.count = r.count;
      if (days.length > 0) data.byday = days.map((day) => CODES[day]);
      if (r.wkst !== undefined) data.wkst = r.wkst;
      const until = r.untilDays === undefined ? undefined : startWall + r.untilDays * 86_400_000 + (s.isDate ? 0 : 3_600_000);
      const fast = simpleIterator(data, startWall, until);
      assert.ok(fast, `the fast path takes ${JSON.stringify(data)}`);
      const expected = take(recurrenceIterator(data, startWall, s.isDate, until), 60);
      assert.deepEqual(take(fast, 60), expected, JSON.stringify({ data, startWall, until }));
    }), { numRuns: 300 });
  });

  it('leaves every other shape to ical.js', () => {
    const start = Date.UTC(2026, 0, 5, 9);
    assert.equal(simpleIterator({ freq: 'MONTHLY', byday: ['1MO'] }, start, undefined), undefined);
    assert.equal(simpleIterator({ freq: 'WEEKLY', byday: ['TU'] }, start, undefined), undefined, 'a Monday start with Tuesdays only');
    assert.equal(simpleIterator({ freq: 'WEEKLY', bysetpos: [1] }, start, undefined), undefined);
    assert.equal(simpleIterator({ freq: 'DAILY', byday: ['-1FR'] }, start, undefined), undefined);
    const monthly = take(ruleIterator({ freq: 'MONTHLY', byday: ['-1FR'], count: 3 }, Date.UTC(2026, 0, 30, 9), false, undefined), 10);
    assert.deepEqual(monthly.map((wall) => new Date(wall).toISOString().slice(0, 10)), ['2026-01-30', '2026-02-27', '2026-03-27']);
  });
});
