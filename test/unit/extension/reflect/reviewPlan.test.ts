import * as assert from 'node:assert/strict';
import { draftedAsOf, openReview, periodOf, reviewPlan } from '../../../../src/extension/reflect/reviewPlan';

const day = (iso: string): { year: number; month: number; day: number } => {
  const [year, month, date] = iso.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: date ?? 0 };
};
const today = day('2026-11-25'); // A Wednesday.

describe('Start Weekly / Monthly Review and Refresh Drafted Section decisions (reviewPlan.ts)', () => {
  it("creates today's week's review where New Entry files a weekly review, from the user's week start", () => {
    const monday = reviewPlan('weekly-review', today, undefined, { weekStart: 1 });
    assert.ok(monday.ok);
    assert.deepEqual([monday.day, monday.period.start, monday.period.end], [today, day('2026-11-23'), day('2026-11-29')]);
    assert.equal(monday.path, '2026/11/2026-W48-review.md');
    const sunday = reviewPlan('weekly-review', today, undefined, { weekStart: 0 });
    assert.ok(sunday.ok);
    assert.deepEqual([sunday.period.start, sunday.period.end], [day('2026-11-22'), day('2026-11-28')]);
  });

  it("files the month's review under its month, and a weekly review by the user's pattern", () => {
    const month = reviewPlan('monthly-review', today, undefined, { weekStart: 1, weeklyPattern: 'reviews/{yyyy}-{mm}-{dd}.md' });
    assert.ok(month.ok);
    assert.equal(month.path, '2026/11/2026-11-review.md', 'the weekly pattern is for weekly reviews only');
    assert.deepEqual([month.period.start, month.period.end], [day('2026-11-01'), day('2026-11-30')]);
    const weekly = reviewPlan('weekly-review', today, undefined, { weekStart: 1, weeklyPattern: 'reviews/{yyyy}-{mm}-{dd}.md' });
    assert.ok(weekly.ok);
    assert.equal(weekly.path, 'reviews/2026-11-26.md', 'filed under the Thursday, the day that names its ISO week');
  });

  it('reviews the period holding a date given, and refuses one that is not a date or a pattern that cannot file it', () => {
    const given = reviewPlan('monthly-review', today, '2026-02-14', { weekStart: 1 });
    assert.ok(given.ok);
    assert.equal(given.path, '2026/02/2026-02-review.md');
    assert.deepEqual(reviewPlan('weekly-review', today, '14.02.2026', { weekStart: 1 }), { ok: false, reason: 'not-a-date', date: '14.02.2026' });
    assert.deepEqual(reviewPlan('weekly-review', today, '2026-02-30', { weekStart: 1 }), { ok: false, reason: 'not-a-date', date: '2026-02-30' });
    const unfileable = reviewPlan('weekly-review', today, undefined, { weekStart: 1, weeklyPattern: '{week}-{person}.md' });
    assert.equal(unfileable.ok, false);
    assert.equal(!unfileable.ok && unfileable.reason, 'unfileable');
  });

  it('refreshes only a weekly or monthly review with its date', () => {
    assert.deepEqual(openReview({ kind: 'weekly-review', date: '2026-11-23' }), { kind: 'weekly-review', filed: day('2026-11-23') });
    assert.deepEqual(openReview({ kind: 'monthly-review', date: '2026-11-01' }), { kind: 'monthly-review', filed: day('2026-11-01') });
    assert.equal(openReview({ kind: 'daily', date: '2026-11-23' }), undefined, 'not a review');
    assert.equal(openReview({ kind: 'weekly-review' }), undefined, 'no date');
    assert.equal(openReview({ kind: 'weekly-review', date: 'last week' }), undefined, 'a date it cannot read');
    assert.equal(openReview(undefined), undefined, 'no front matter');
  });

  it('drafts a refresh as of today inside the period, its last day after it, and the day filed under before it', () => {
    const period = periodOf('weekly-review', day('2026-11-23'), 1);
    assert.deepEqual(draftedAsOf(today, period, day('2026-11-23')), today);
    assert.deepEqual(draftedAsOf(day('2026-12-10'), period, day('2026-11-23')), day('2026-11-29'));
    assert.deepEqual(draftedAsOf(day('2026-11-20'), period, day('2026-11-23')), day('2026-11-23'));
  });
});
