import * as assert from 'node:assert/strict';
import type { IndexedEntry } from '../../../../src/core/records/entryRecord';
import { auditCalendars } from '../../../../src/core/timeAudit/calendarAudit';
import { DEFAULT_CATEGORY_RULES } from '../../../../src/core/timeAudit/categoryRules';
import { calendarTrends } from '../../../../src/core/trends/calendarTrends';
import { calendar, OWNER, ZONE } from '../timeAudit/calendarFixtures';

const ana = 'ana@northwind.example';
const ben = 'ben@northwind.example';
const attendees = (...people: string[]): string[] => people.map((person) => `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${person}`);

// Two weeks in Berlin. 2026-W11: a half-hour 1:1 on Tuesday, three hours of planning with two others
// on Wednesday morning, focus time on Thursday, a day off on Friday. 2026-W12: an all-hands on Monday.
const ICS = calendar(
  ['UID:1', 'SUMMARY:Ana / Sam', 'DTSTART;TZID=Europe/Berlin:20260310T100000', 'DTEND;TZID=Europe/Berlin:20260310T103000', `ORGANIZER:mailto:${OWNER}`, ...attendees(ana)],
  ['UID:2', 'SUMMARY:Q2 planning', 'DTSTART;TZID=Europe/Berlin:20260311T090000', 'DTEND;TZID=Europe/Berlin:20260311T120000', `ORGANIZER:mailto:${OWNER}`, ...attendees(ana, ben)],
  ['UID:3', 'SUMMARY:Focus time', 'DTSTART;TZID=Europe/Berlin:20260312T130000', 'DTEND;TZID=Europe/Berlin:20260312T150000'],
  ['UID:4', 'SUMMARY:Day off', 'DTSTART;VALUE=DATE:20260313', 'DTEND;VALUE=DATE:20260314'],
  ['UID:5', 'SUMMARY:All hands', 'DTSTART;TZID=Europe/Berlin:20260316T090000', 'DTEND;TZID=Europe/Berlin:20260316T100000', `ORGANIZER:mailto:${OWNER}`, ...attendees(ana, ben)],
);

function entry(date: string, why: number): IndexedEntry {
  return {
    path: `2026/03/${date}.md`, date, kind: 'daily', people: [], label: why >= 0.6 ? 'why' : why <= 0.4 ? 'how' : 'balanced',
    why, how: 1 - why, functions: [], style: null, traps: [], words: 100, title: date,
  };
}

const audit = auditCalendars({
  texts: [{ name: 'work.ics', text: ICS }], rules: DEFAULT_CATEGORY_RULES, me: [OWNER],
  from: { year: 2026, month: 3, day: 9 }, to: { year: 2026, month: 3, day: 22 }, weekStart: 1, timeZone: ZONE, fragmentation: true,
});
const writing = [entry('2026-03-10', 0.9), entry('2026-03-11', 0.7), entry('2026-03-17', 0.2)];

describe('calendar trends (what the Trends view shows of the calendar)', () => {
  it('gives hours per category per week, only for categories with time, most hours first', () => {
    const trends = calendarTrends(audit.time, audit.fragmentation, writing, 'en');
    assert.deepEqual(trends.categories.map((category) => [category.id, category.name, category.side]), [
      ['planning', 'Planning, review and status', 'how'], ['focus', 'Focus time', 'neither'],
      ['all-hands', 'All-hands', 'why'], ['one-on-one', '1:1', 'why'],
    ]);
    assert.deepEqual(trends.weeks.map((week) => [week.key, week.hours]), [['2026-W11', [3, 2, 0, 0.5]], ['2026-W12', [0, 0, 1, 0]]]);
  });

  it('gives the meeting load and the mean longest free block of the working days not away', () => {
    const [first, second] = calendarTrends(audit.time, audit.fragmentation, writing, 'en').weeks;
    assert.deepEqual([first?.meetingHours, first?.meetings], [3.5, 2]);
    // 9:00–17:00. Mon 8 h free; Tue 10:30–17:00 = 6.5 h; Wed 12:00–17:00 = 5 h; Thu 8 h (focus time is
    // free time); Fri away. Mean of 480, 390, 300, 480 minutes.
    assert.deepEqual([first?.freeMinutes, first?.workingDays], [413, 4]);
    // Mon 10:00–17:00 = 7 h, then four whole days.
    assert.deepEqual([second?.freeMinutes, second?.workingDays], [Math.round((420 + 4 * 480) / 5), 5]);
  });

  it('sets the calendar\'s why share beside the writing\'s per week, with the sentence in English and German', () => {
    const trends = calendarTrends(audit.time, audit.fragmentation, writing, 'en');
    assert.deepEqual(trends.weeks.map((week) => [week.calendarWhy, week.writingWhy]), [[0.5 / 3.5, 0.8], [1, 0.2]]);
    assert.equal(trends.compared, 2);
    assert.equal(trends.sentence, 'You wrote about the why (50 %), but 67 % of your calendar time went to the how, the most (67 %) to planning, reviews and status. The gap was widest in 2026-W12: 20 % why in your writing, 100 % in your calendar.');
    assert.match(calendarTrends(audit.time, audit.fragmentation, writing, 'de').sentence, /^Du hast über das Warum geschrieben \(50 %\), aber 67 % deiner Kalenderzeit gingen ans Wie/);
    assert.equal(calendarTrends(audit.time, audit.fragmentation, writing, 'de').categories[0]?.name, 'Planung, Review und Status');
  });

  it('carries category ids, names and numbers only: no title, address or day', () => {
    const text = JSON.stringify(calendarTrends(audit.time, audit.fragmentation, writing, 'en'));
    for (const secret of ['Ana / Sam', 'Q2 planning', 'Day off', 'northwind', '2026-03-10']) {
      assert.ok(!text.includes(secret), `the trends carry "${secret}"`);
    }
  });

  it('has no free block without fragmentation measured, and nothing to compare without writing', () => {
    const trends = calendarTrends(audit.time, undefined, [], 'en');
    assert.deepEqual(trends.weeks.map((week) => week.freeMinutes), [null, null]);
    assert.equal(trends.compared, 0);
    assert.match(trends.sentence, /^Nothing to compare yet/);
  });
});
