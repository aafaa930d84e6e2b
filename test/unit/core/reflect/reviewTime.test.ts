import * as assert from 'node:assert/strict';
import { parseIsoDate, type LocalDate } from '../../../../src/core/calendar/localDate';
import { generateReview, type ReviewInput } from '../../../../src/core/reflect/review';
import { hoursText } from '../../../../src/core/reflect/reviewTime';
import { weekPeriod } from '../../../../src/core/reflect/reviewPeriod';
import { auditCalendars } from '../../../../src/core/timeAudit/calendarAudit';
import { readRulesFile } from '../../../../src/core/timeAudit/calendarFiles';
import { DEFAULT_CATEGORY_RULES, type CategoryRules } from '../../../../src/core/timeAudit/categoryRules';
import type { WeeklyTime } from '../../../../src/core/timeAudit/weeklyTime';
import { RECORDS } from '../../../fixtures/reflect/journal';
import { calendar, OWNER, ZONE } from '../timeAudit/calendarFixtures';

function day(iso: string): LocalDate {
  const date = parseIsoDate(iso);
  assert.ok(date);
  return date;
}

const ana = 'ana@northwind.example';
const ben = 'ben@northwind.example';
const attendees = (...people: string[]): string[] => people.map((person) => `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${person}`);

// Week 2026-W11 (Mon 03-09 … Sun 03-15), in Berlin: a half-hour 1:1, three hours of planning with
// two others, two hours of focus time, a day off; and one event the week before, which must not count.
const ICS = calendar(
  ['UID:1', 'SUMMARY:Ana / Sam', 'DTSTART;TZID=Europe/Berlin:20260310T100000', 'DTEND;TZID=Europe/Berlin:20260310T103000', `ORGANIZER:mailto:${OWNER}`, ...attendees(ana)],
  ['UID:2', 'SUMMARY:Q2 planning | budget', 'DTSTART;TZID=Europe/Berlin:20260311T090000', 'DTEND;TZID=Europe/Berlin:20260311T120000', `ORGANIZER:mailto:${OWNER}`, ...attendees(ana, ben)],
  ['UID:3', 'SUMMARY:Focus time', 'DTSTART;TZID=Europe/Berlin:20260312T130000', 'DTEND;TZID=Europe/Berlin:20260312T150000'],
  ['UID:4', 'SUMMARY:Day off', 'DTSTART;VALUE=DATE:20260313', 'DTEND;VALUE=DATE:20260314'],
  ['UID:5', 'SUMMARY:All hands', 'DTSTART;TZID=Europe/Berlin:20260305T090000', 'DTEND;TZID=Europe/Berlin:20260305T100000'],
);

function timeOf(rules: CategoryRules = DEFAULT_CATEGORY_RULES): WeeklyTime {
  return auditCalendars({ texts: [{ name: 'work.ics', text: ICS }], rules, me: [OWNER], from: day('2026-03-09'), to: day('2026-03-15'), weekStart: 1, timeZone: ZONE }).time;
}

function review(more: Partial<ReviewInput>): string {
  const period = weekPeriod(day('2026-03-15'));
  return generateReview({ period, path: '2026/03/2026-W11-review.md', date: day('2026-03-15'), entries: RECORDS, openCommitments: [], ...more }).text;
}

/** The Time section: from its heading to the next heading. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `no "${heading}" in\n${text}`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start + 1, end === -1 ? undefined : end);
}

describe('reflect: the review\'s Time section, from an imported calendar', () => {
  it('is there only when a calendar is imported', () => {
    assert.doesNotMatch(review({}), /## Time/);
  });

  it('gives the hours per category, the meeting load, the why share and the said-vs-did sentence, in English', () => {
    const time = section(review({ calendar: { time: timeOf(), language: 'en' } }), '## Time');
    assert.equal(time, [
      '## Time',
      '',
      'From my calendar: 5.5 h in events, 3.5 h of it in meetings (2 meetings), 1 all-day event.',
      '',
      '| Category | Side | Hours |',
      '| --- | --- | ---: |',
      '| Planning, review and status | how | 3 |',
      '| Focus time | neither | 2 |',
      '| 1:1 | why | 0.5 |',
      '',
      'Calendar time on the why side: 14% (why 0.5 h, how 3 h; 2 h on neither side).',
      '',
      // The fixture's writing in week 11 is 37 % why (review.test.ts).
      'You wrote about the why (37 %), but 86 % of your calendar time went to the how, the most (86 %) to planning, reviews and status. The gap was widest in 2026-W11: 37 % why in your writing, 14 % in your calendar.',
      '',
    ].join('\n'));
  });

  it('is written in German for a German journal', () => {
    const time = section(review({ calendar: { time: timeOf(), language: 'de' } }), '## Zeit');
    assert.match(time, /^Aus meinem Kalender: 5,5 Std\. in Terminen, davon 3,5 Std\. in Besprechungen \(2 Besprechungen\), 1 ganztägiger Termin\.$/m);
    assert.match(time, /^\| Kategorie \| Seite \| Stunden \|$/m);
    assert.match(time, /^\| Planung, Review und Status \| Wie \| 3 \|$/m);
    assert.match(time, /^\| Einzelgespräch \(1:1\) \| Warum \| 0,5 \|$/m);
    assert.match(time, /^Kalenderzeit auf der Warum-Seite: 14 % \(Warum 0,5 Std\., Wie 3 Std\.; 2 Std\. auf keiner Seite\)\.$/m);
    assert.match(time, /^Du hast über das Warum geschrieben \(37 %\), aber 86 % deiner Kalenderzeit gingen ans Wie/m);
  });

  it('names a user\'s own category by its label, escaped, and never an event\'s title', () => {
    const rules = readRulesFile([
      'categories:',
      '  budget: { label: "Budget | money*", side: how, meeting: always }',
      'rules:',
      '  - { name: Money, category: budget, title: [budget] }',
      '  - { name: Pairs, category: one-on-one, people: 2 }',
    ].join('\n'));
    assert.deepEqual(rules.problems, []);
    const text = review({ calendar: { time: timeOf(rules.rules), language: 'en' } });
    assert.match(section(text, '## Time'), /^\| Budget \\\| money\\\* \| how \| 3 \|$/m);
    for (const title of ['Q2 planning', 'Ana / Sam', 'Day off', 'ana@']) {
      assert.ok(!text.includes(title), `the review shows "${title}"`);
    }
  });

  it('still has a Time section in a week without entries, and says when the calendar is empty', () => {
    const empty = generateReview({
      period: weekPeriod(day('2026-03-22')), path: '2026/03/2026-W12-review.md', date: day('2026-03-22'), entries: [], openCommitments: [],
      calendar: { time: auditCalendars({ texts: [{ name: 'work.ics', text: ICS }], rules: DEFAULT_CATEGORY_RULES, me: [OWNER], from: day('2026-03-16'), to: day('2026-03-22'), weekStart: 1, timeZone: ZONE }).time, language: 'en' },
    }).text;
    assert.match(empty, /## Time\n\nMy calendar has no events in this period\./);
  });

  it('writes hours with at most one decimal', () => {
    assert.deepEqual([hoursText(12, 'en'), hoursText(1.25, 'en'), hoursText(0.3333, 'de')], ['12 h', '1.3 h', '0,3 Std.']);
  });
});
