import * as assert from 'node:assert/strict';
import { generateReview } from '../../../../src/core/reflect/review';
import { createPeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';
import { monthPeriod, weekPeriod, type ReviewPeriod } from '../../../../src/core/reflect/reviewPeriod';
import type { FeedbackNote } from '../../../../src/core/feedback/feedbackLog';

const DIRECTORY = createPeopleDirectory(parsePeopleFile('Ana María López: [ana]\nSam Lee: [sam]\n').people);
const NOTES: FeedbackNote[] = [
  { date: '2026-03-03', path: 'a.md', people: ['ana'], types: ['recognition'] },
  { date: '2026-03-10', path: 'b.md', people: ['Ana María López'], types: ['growth', 'recognition'] },
  { date: '2026-03-11', path: 'c.md', people: ['sam'], types: ['growth'] },
  { date: '2026-03-12', path: 'd.md', people: ['Sam Lee'], types: [] },
  { date: '2026-02-27', path: 'e.md', people: ['ana'], types: ['growth'] },
];

function review(period: ReviewPeriod, extra: Partial<Parameters<typeof generateReview>[0]>): string {
  return generateReview({ period, path: '2026/03/review.md', date: period.end, entries: [], openCommitments: [], people: DIRECTORY, ...extra }).text;
}

/** The lines of one `## ` section, heading included, or undefined when the review has none. */
function section(text: string, heading: string): string[] | undefined {
  const lines = text.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) {
    return undefined;
  }
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  return lines.slice(start, end < 0 ? undefined : end).filter((line) => line !== '' && !line.startsWith('<!--'));
}

describe('reviews: feedback given and decisions', () => {
  const month = monthPeriod({ year: 2026, month: 3, day: 31 });
  // Written in (label not null): an untouched entry is in no count, and a period without one drafts nothing.
  const entry = { path: '2026/03/2026-03-10.md', date: '2026-03-10', kind: 'daily', people: [], label: 'how' as const, why: 0, how: 0, functions: [], style: null, traps: [], words: 10, title: 'Tuesday', mentions: [] };

  it('counts recognition against growth per person in the period, and asks about recognition where there was only growth', () => {
    const text = review(month, { entries: [entry], feedback: NOTES });
    assert.deepEqual(section(text, 'Feedback given'), [
      '## Feedback given',
      '| Person | Recognition | Growth | Not yet said |',
      '| --- | ---: | ---: | ---: |',
      '| Ana María López | 2 | 1 | 0 |',
      '| Sam Lee | 0 | 1 | 1 |',
      'Only growth feedback this month for Sam Lee: is there something to recognise too?',
    ]);
    const week = review(weekPeriod({ year: 2026, month: 3, day: 4 }), { entries: [{ ...entry, date: '2026-03-04' }], feedback: NOTES });
    assert.deepEqual(section(week, 'Feedback given')?.slice(3), ['| Ana María López | 1 | 0 | 0 |']);
  });

  it('counts a month’s decisions made, revisited and as expected, in monthly reviews only', () => {
    const decisions = { month: '2026-03', made: 2, revisited: 3, asExpected: 1, partly: 1, notAsExpected: 0, unanswered: 1 };
    assert.deepEqual(section(review(month, { entries: [entry], decisions }), 'Decisions'), [
      '## Decisions',
      '2 decisions logged, 3 decisions revisited this month.',
      'Of the revisits: 1 turned out as expected, 1 partly, 0 not as expected, 1 not yet answered.',
    ]);
    assert.equal(section(review(weekPeriod({ year: 2026, month: 3, day: 4 }), { entries: [entry], decisions }), 'Decisions'), undefined);
  });

  it('leaves both sections out when the period has neither, so the review reads as before', () => {
    const none = { month: '2026-03', made: 0, revisited: 0, asExpected: 0, partly: 0, notAsExpected: 0, unanswered: 0 };
    const text = review(month, { entries: [entry], feedback: NOTES.slice(4), decisions: none });
    assert.equal(text, review(month, { entries: [entry] }));
  });
});
