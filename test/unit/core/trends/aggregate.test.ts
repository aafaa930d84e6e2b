import * as assert from 'node:assert/strict';
import type { WeekStart } from '../../../../src/core/calendar/isoWeek';
import { addDays, formatIsoDate } from '../../../../src/core/calendar/localDate';
import { aggregate, type Bucket } from '../../../../src/core/trends/aggregate';
import { MAX_PERIODS } from '../../../../src/core/trends/periods';
import { day, entry, numbersIn, tagged } from './fixtures';

function keys(buckets: readonly Bucket[]): string[] {
  return buckets.map((bucket) => bucket.key);
}

function spans(buckets: readonly Bucket[]): string[] {
  return buckets.map((bucket) => `${bucket.key} ${bucket.start}..${bucket.end}`);
}

describe('trends: aggregate', () => {
  describe('weeks', () => {
    it('labels Monday weeks with their ISO week across New Year, week 53 included', () => {
      const buckets = aggregate([], { granularity: 'week', weekStart: 1, from: day('2020-12-21'), to: day('2021-01-17') });
      assert.deepEqual(spans(buckets), [
        '2020-W52 2020-12-21..2020-12-27',
        '2020-W53 2020-12-28..2021-01-03',
        '2021-W01 2021-01-04..2021-01-10',
        '2021-W02 2021-01-11..2021-01-17',
      ]);
      const w53 = aggregate([entry('2026-12-31'), entry('2027-01-03'), entry('2027-01-04')], { granularity: 'week', weekStart: 1 });
      assert.deepEqual(w53.map((bucket) => [bucket.key, bucket.entries]), [['2026-W53', 2], ['2027-W01', 1]]);
    });

    it('labels Sunday and Saturday weeks by the ISO week of their fourth day', () => {
      // Sunday 2026-11-22 is in ISO week 47 on its own, but its Sunday-to-Saturday week is mostly W48.
      const sunday = aggregate([entry('2026-11-22'), entry('2026-11-28'), entry('2026-11-29')], { granularity: 'week', weekStart: 0 });
      assert.deepEqual(sunday.map((bucket) => [bucket.key, bucket.start, bucket.end, bucket.entries]), [
        ['2026-W48', '2026-11-22', '2026-11-28', 2],
        ['2026-W49', '2026-11-29', '2026-11-29', 1],
      ]);
      const newYear = aggregate([], { granularity: 'week', weekStart: 0, from: day('2026-12-27'), to: day('2027-01-09') });
      assert.deepEqual(spans(newYear), ['2026-W53 2026-12-27..2027-01-02', '2027-W01 2027-01-03..2027-01-09']);
      const saturday = aggregate([], { granularity: 'week', weekStart: 6, from: day('2026-11-21'), to: day('2026-11-27') });
      assert.deepEqual(spans(saturday), ['2026-W48 2026-11-21..2026-11-27']);
    });

    it('cuts the first and last week at the range and never repeats a label', () => {
      const cut = aggregate([], { granularity: 'week', weekStart: 1, from: day('2026-11-25'), to: day('2026-12-03') });
      assert.deepEqual(spans(cut), ['2026-W48 2026-11-25..2026-11-29', '2026-W49 2026-11-30..2026-12-03']);
      for (const weekStart of [0, 1, 2, 3, 4, 5, 6] as WeekStart[]) {
        const labels = keys(aggregate([], { granularity: 'week', weekStart, from: day('2019-06-01'), to: day('2032-06-01') }));
        assert.equal(new Set(labels).size, labels.length, `weekStart ${weekStart}`);
        assert.deepEqual([...labels].sort(), labels, `weekStart ${weekStart} in order`);
      }
    });
  });

  describe('months and days', () => {
    it('covers whole calendar months, February of leap years included', () => {
      const buckets = aggregate([], { granularity: 'month', weekStart: 1, from: day('2027-11-15'), to: day('2028-03-02') });
      assert.deepEqual(spans(buckets), [
        '2027-11 2027-11-15..2027-11-30',
        '2027-12 2027-12-01..2027-12-31',
        '2028-01 2028-01-01..2028-01-31',
        '2028-02 2028-02-01..2028-02-29',
        '2028-03 2028-03-01..2028-03-02',
      ]);
    });

    it('puts every day of thirty years in its own month', () => {
      const entries = [];
      for (let date = day('2000-01-01'); date.year < 2030; date = addDays(date, 1)) {
        entries.push(entry(formatIsoDate(date)));
      }
      const buckets = aggregate(entries, { granularity: 'month', weekStart: 1 });
      assert.equal(buckets.length, 360);
      for (const bucket of buckets) {
        assert.equal(bucket.entries, Number(bucket.end.slice(8)), bucket.key);
        assert.equal(bucket.start, `${bucket.key}-01`);
      }
    });

    it('makes one bucket per day', () => {
      const buckets = aggregate([entry('2026-02-27'), entry('2026-03-01'), entry('2026-03-01')], { granularity: 'day', weekStart: 1 });
      assert.deepEqual(buckets.map((bucket) => [bucket.key, bucket.start, bucket.end, bucket.entries]), [
        ['2026-02-27', '2026-02-27', '2026-02-27', 1],
        ['2026-02-28', '2026-02-28', '2026-02-28', 0],
        ['2026-03-01', '2026-03-01', '2026-03-01', 2],
      ]);
    });
  });

  describe('ranges', () => {
    it('returns no buckets for an empty range', () => {
      assert.deepEqual(aggregate([], { granularity: 'week', weekStart: 1 }), []);
      assert.deepEqual(aggregate([entry('2026-11-23')], { granularity: 'day', weekStart: 1, from: day('2026-11-24'), to: day('2026-11-23') }), []);
      assert.deepEqual(aggregate([], { granularity: 'month', weekStart: 1, from: day('2026-11-24') }), []);
    });

    it('defaults the range to the earliest and latest entries, and counts only entries in range', () => {
      const entries = [entry('2026-03-05'), entry('2026-01-20'), entry('2026-02-10')];
      assert.deepEqual(keys(aggregate(entries, { granularity: 'month', weekStart: 1 })), ['2026-01', '2026-02', '2026-03']);
      const cut = aggregate(entries, { granularity: 'month', weekStart: 1, from: day('2026-01-21'), to: day('2026-03-05') });
      assert.deepEqual(cut.map((bucket) => bucket.entries), [0, 1, 1]);
      assert.deepEqual(keys(aggregate(entries, { granularity: 'month', weekStart: 1, to: day('2026-02-01') })), ['2026-01', '2026-02']);
    });

    it('leaves out entries with malformed dates', () => {
      const entries = [entry('2026-01-20'), entry('2026-02-30'), entry(' 2026-01-21'), entry('someday')];
      const buckets = aggregate(entries, { granularity: 'day', weekStart: 1 });
      assert.deepEqual(buckets.map((bucket) => [bucket.key, bucket.entries]), [['2026-01-20', 1]]);
    });

    it('refuses a range of more periods than MAX_PERIODS', () => {
      const to = addDays(day('2000-01-01'), MAX_PERIODS);
      assert.throws(() => aggregate([], { granularity: 'day', weekStart: 1, from: day('2000-01-01'), to }), RangeError);
      assert.equal(aggregate([], { granularity: 'week', weekStart: 1, from: day('2000-01-01'), to }).length, 2858);
    });
  });

  describe('bucket contents', () => {
    it('includes empty buckets between entries, with zero counts and null shares', () => {
      const buckets = aggregate([tagged('2026-01-10', 0.8), tagged('2026-04-02', 0.5)], { granularity: 'month', weekStart: 1 });
      assert.deepEqual(keys(buckets), ['2026-01', '2026-02', '2026-03', '2026-04']);
      const empty = buckets[1];
      assert.deepEqual(empty, {
        key: '2026-02', start: '2026-02-01', end: '2026-02-28', entries: 0, words: 0, tagged: 0,
        labels: { why: 0, how: 0, balanced: 0, unclear: 0 }, whyShare: null, howShare: null, balancedShare: null,
        functions: { direction: 0, alignment: 0, motivation: 0, planning: 0, organising: 0, controlling: 0 },
        traps: { 'micromanaging-leader': 0, 'visionless-manager': 0, 'nice-leader-no-follow-through': 0, 'taskmaster-manager': 0 },
        styles: { directing: 0, coaching: 0, supporting: 0, delegating: 0 },
        people: [],
      });
    });

    it('has null shares, never NaN, when no entry is tagged', () => {
      const [bucket] = aggregate([entry('2026-11-23'), entry('2026-11-24')], { granularity: 'week', weekStart: 1 });
      assert.ok(bucket);
      assert.equal(bucket.entries, 2);
      assert.equal(bucket.tagged, 0);
      assert.equal(bucket.whyShare, null);
      assert.equal(bucket.howShare, null);
      assert.equal(bucket.balancedShare, null);
      assert.ok(numbersIn(bucket).every(Number.isFinite));
    });

    it('averages shares over tagged entries only, each entry weighing the same', () => {
      const entries = [
        tagged('2026-11-23', 0.9, { words: 1000 }),
        tagged('2026-11-24', 0.3, { words: 10 }),
        tagged('2026-11-25', 0.5, { words: 10 }),
        entry('2026-11-26', { words: 500 }),
      ];
      const [bucket] = aggregate(entries, { granularity: 'week', weekStart: 1 });
      assert.ok(bucket);
      assert.equal(bucket.entries, 4);
      assert.equal(bucket.words, 1520);
      assert.equal(bucket.tagged, 3);
      assert.deepEqual(bucket.labels, { why: 1, how: 1, balanced: 1, unclear: 1 }, 'unclear is its own band');
      assert.ok(Math.abs((bucket.whyShare ?? Number.NaN) - 1.7 / 3) < 1e-12);
      assert.ok(Math.abs((bucket.howShare ?? Number.NaN) - 1.3 / 3) < 1e-12);
      assert.equal(bucket.balancedShare, 1 / 3);
    });

    it('counts functions, traps, styles and people', () => {
      const entries = [
        entry('2026-11-23', { functions: ['direction', 'planning'], traps: ['taskmaster-manager'], style: 'coaching', people: ['Bo', 'Ana'] }),
        entry('2026-11-24', { functions: ['direction'], style: 'coaching', people: ['Ana'] }),
        entry('2026-11-25', { traps: ['taskmaster-manager', 'visionless-manager'], style: 'delegating', people: ['Cy'] }),
      ];
      const [bucket] = aggregate(entries, { granularity: 'month', weekStart: 1 });
      assert.ok(bucket);
      assert.deepEqual(bucket.functions, { direction: 2, alignment: 0, motivation: 0, planning: 1, organising: 0, controlling: 0 });
      assert.deepEqual(bucket.traps, { 'micromanaging-leader': 0, 'visionless-manager': 1, 'nice-leader-no-follow-through': 0, 'taskmaster-manager': 2 });
      assert.deepEqual(bucket.styles, { directing: 0, coaching: 2, supporting: 0, delegating: 1 });
      assert.deepEqual(bucket.people, [{ name: 'Ana', count: 2 }, { name: 'Bo', count: 1 }, { name: 'Cy', count: 1 }]);
    });

    it('treats a person called __proto__ as a name like any other', () => {
      const [bucket] = aggregate([entry('2026-11-23', { people: ['__proto__', 'constructor'] })], { granularity: 'day', weekStart: 1 });
      assert.deepEqual(bucket?.people, [{ name: '__proto__', count: 1 }, { name: 'constructor', count: 1 }]);
      assert.deepEqual(JSON.parse(JSON.stringify(bucket)), bucket);
    });
  });
});
