import * as assert from 'node:assert/strict';
import { formatIsoDate, parseIsoDate, type LocalDate } from '../../../../src/core/calendar/localDate';
import { entryKind } from '../../../../src/core/entries/kinds';
import { planEntry } from '../../../../src/core/entries/entryPlan';
import { choosePractice, leanOf } from '../../../../src/core/reflect/practices';
import { escapeInline, markdownLink, relativeLink } from '../../../../src/core/reflect/relativeLink';
import { comparisonRange, monthPeriod, previousPeriod, reviewPath, weekPeriod } from '../../../../src/core/reflect/reviewPeriod';

function day(iso: string): LocalDate {
  const date = parseIsoDate(iso);
  assert.ok(date);
  return date;
}

const span = (range: { start: LocalDate; end: LocalDate }): string => `${formatIsoDate(range.start)}..${formatIsoDate(range.end)}`;

describe('reflect: review periods and paths', () => {
  it('covers the user’s week, labelled and filed like the weekly-review entry', () => {
    const week = weekPeriod(day('2026-11-26'));
    assert.equal(week.label, '2026-W48');
    assert.equal(span(week), '2026-11-23..2026-11-29');
    for (const [date, weekStart] of [['2026-11-23', 1], ['2026-11-29', 1], ['2026-11-28', 0], ['2027-01-01', 1], ['2026-12-31', 6]] as const) {
      const plan = planEntry({ kind: entryKind('weekly-review'), date: day(date), weekStart, prompt: 'x' });
      assert.ok(plan.ok);
      assert.deepEqual(reviewPath(weekPeriod(day(date), weekStart)), { ok: true, path: plan.path }, `${date}, week starting ${weekStart}`);
    }
    assert.equal(span(weekPeriod(day('2026-11-26'), 0)), '2026-11-22..2026-11-28');
  });

  it('follows the user’s weekly file pattern, and refuses a bad one', () => {
    assert.deepEqual(reviewPath(weekPeriod(day('2026-11-26')), 'reviews/{week}.md'), { ok: true, path: 'reviews/2026-W48.md' });
    assert.equal(reviewPath(weekPeriod(day('2026-11-26')), '../{week}.md').ok, false);
  });

  it('files a monthly review by its month', () => {
    const month = monthPeriod(day('2024-02-10'));
    assert.equal(month.label, '2024-02');
    assert.equal(span(month), '2024-02-01..2024-02-29');
    assert.deepEqual(reviewPath(month), { ok: true, path: '2024/02/2024-02-review.md' });
  });

  it('compares with the four weeks or three months before, across year ends', () => {
    assert.equal(span(comparisonRange(weekPeriod(day('2026-01-01')))), '2025-12-01..2025-12-28');
    assert.equal(span(comparisonRange(monthPeriod(day('2026-02-14')))), '2025-11-01..2026-01-31');
    assert.equal(span(comparisonRange(monthPeriod(day('2026-03-01')))), '2025-12-01..2026-02-28');
    assert.equal(previousPeriod(weekPeriod(day('2026-01-01'))).label, '2025-W52');
    assert.equal(previousPeriod(monthPeriod(day('2026-01-31'))).label, '2025-12');
  });
});

describe('reflect: links from a review to its entries', () => {
  it('makes relative links from the review’s folder', () => {
    assert.equal(relativeLink('2026/03/2026-W11-review.md', '2026/03/2026-03-12.md'), '2026-03-12.md');
    assert.equal(relativeLink('2026/03/2026-W11-review.md', '2026/02/2026-02-23.md'), '../02/2026-02-23.md');
    assert.equal(relativeLink('2026/01/2026-W01-review.md', '2025/12/2025-12-31.md'), '../../2025/12/2025-12-31.md');
    assert.equal(relativeLink('review.md', 'a/b.md'), 'a/b.md');
    assert.equal(relativeLink('reviews/w.md', 'x.md'), '../x.md');
    assert.equal(relativeLink('a/b.md', 'a/my notes (1).md'), 'my%20notes%20%281%29.md');
  });

  it('shows titles literally', () => {
    assert.equal(escapeInline('A *b* [c](d) <img> | e\\'), 'A \\*b\\* \\[c\\](d) \\<img\\> \\| e\\\\');
    assert.equal(markdownLink('Decision:  [x]', 'a/r.md', 'a/d.md'), '[Decision: \\[x\\]](d.md)');
  });
});

describe('reflect: choosing a balancing practice', () => {
  it('answers the imbalance first: mostly how → a why practice, mostly why → a how practice', () => {
    assert.equal(choosePractice(0.2, [{ id: 'micromanaging-leader', count: 3 }]).practice.id, 'vision-with-empathy');
    assert.equal(choosePractice(0.8, []).practice.id, 'vision-into-steps');
    assert.deepEqual(choosePractice(0.8, []).reason, { kind: 'lean', lean: 'why' });
  });

  it('answers the trap flagged most when balanced, and keeps steady otherwise', () => {
    assert.equal(choosePractice(0.5, [{ id: 'micromanaging-leader', count: 2 }, { id: 'taskmaster-manager', count: 1 }]).practice.id, 'know-when-to-delegate');
    assert.equal(choosePractice(0.5, [{ id: 'visionless-manager', count: 1 }]).practice.id, 'stay-curious');
    assert.equal(choosePractice(0.5, [{ id: 'nice-leader-no-follow-through', count: 1 }]).practice.id, 'vision-into-steps');
    assert.equal(choosePractice(0.5, [{ id: 'taskmaster-manager', count: 1 }]).practice.id, 'vision-with-empathy');
    assert.deepEqual(choosePractice(null, []).reason, { kind: 'steady' });
  });

  it('draws the lean at 40% and 60% why', () => {
    assert.deepEqual([0.39, 0.4, 0.6, 0.61].map(leanOf), ['how', 'balanced', 'balanced', 'why']);
  });
});
