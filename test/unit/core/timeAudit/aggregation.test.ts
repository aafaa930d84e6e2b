import * as assert from 'node:assert/strict';
import type { CalendarEvent, CalendarOccurrence } from '../../../../src/core/timeAudit/calendarEvent';
import { createCategorizer } from '../../../../src/core/timeAudit/categorize';
import { DEFAULT_CATEGORY_RULES } from '../../../../src/core/timeAudit/categoryRules';
import { fragmentation } from '../../../../src/core/timeAudit/fragmentation';
import { saidVsDid } from '../../../../src/core/timeAudit/saidVsDid';
import { saidVsDidSentence } from '../../../../src/core/timeAudit/saidVsDidText';
import { weeklyTime } from '../../../../src/core/timeAudit/weeklyTime';
import { OWNER, ZONE } from './calendarFixtures';

const ana = 'ana.lopez@northwind.example';
const ben = 'ben.okafor@northwind.example';
const categorizer = createCategorizer(DEFAULT_CATEGORY_RULES, { me: [OWNER] });

/** Hours are kept to the minute (1/60 h): compare to that. */
function near(actual: number | undefined, expected: number): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);
}

function event(title: string, people: readonly string[], more: Partial<CalendarEvent> = {}): CalendarEvent {
  return { uid: title, title, people, allDay: false, transparent: false, recurring: false, source: { file: 't.ics', line: 1 }, notes: [], ...more };
}

/** An occurrence at Berlin wall-clock times in January 2026 (UTC+1). */
function at(e: CalendarEvent, day: number, from: string, to: string): CalendarOccurrence {
  const instant = (time: string): number => Date.parse(`2026-01-${String(day).padStart(2, '0')}T${time}:00+01:00`);
  return { event: e, start: instant(from), end: instant(to) };
}

const oneOnOne = event('Ana / Sam 1:1', [OWNER, ana]);
const planning = event('Sprint planning', [OWNER, ana, ben]);
const status = event('Weekly status', [OWNER, ana, ben]);
const focus = event('Focus time', []);
const dentist = event('Dentist', []);
const dayOff = event('Day off', [], { allDay: true });
const birthday = event('Ana\'s birthday', [], { allDay: true, transparent: true });

// Week 2026-W02 (Mon 01-05 … Sun 01-11) and 2026-W03 (Mon 01-12 …).
const occurrences: CalendarOccurrence[] = [
  at(oneOnOne, 5, '10:00', '10:30'),
  at(planning, 5, '10:15', '11:45'), // overlaps the 1:1 by a quarter of an hour
  at(focus, 5, '13:00', '15:00'),
  at(dentist, 6, '08:00', '09:00'),
  at(status, 6, '09:00', '10:00'),
  at(status, 7, '16:30', '17:30'), // runs past the working day
  { event: dayOff, start: Date.parse('2026-01-08T00:00:00+01:00'), end: Date.parse('2026-01-09T00:00:00+01:00') },
  { event: birthday, start: Date.parse('2026-01-09T00:00:00+01:00'), end: Date.parse('2026-01-10T00:00:00+01:00') },
  at(oneOnOne, 11, '23:30', '23:59'), // Sunday night, still W02
  at(planning, 12, '09:00', '12:00'),
  at(oneOnOne, 13, '09:00', '10:00'),
];
const range = { from: { year: 2026, month: 1, day: 5 }, to: { year: 2026, month: 1, day: 18 }, weekStart: 1 as const, timeZone: ZONE };

describe('time audit: hours, meeting load and fragmentation', () => {
  const time = weeklyTime(occurrences, categorizer, range);

  it('sums hours per category per week, with every category present', () => {
    assert.deepEqual(time.weeks.map((week) => week.key), ['2026-W02', '2026-W03']);
    const [first, second] = time.weeks;
    near(first?.hours['one-on-one'], 0.5 + 29 / 60);
    near(first?.hours.planning, 1.5 + 1 + 1);
    near(first?.hours.focus, 2);
    near(first?.hours.other, 1);
    near(first?.hours.hiring, 0);
    near(first?.sides.why, 0.5 + 29 / 60);
    near(first?.sides.how, 3.5);
    near(first?.sides.neither, 3);
    assert.equal(second?.hours.planning, 3);
    assert.equal(second?.hours['one-on-one'], 1);
    assert.deepEqual(Object.keys(first?.hours ?? {}).sort(), DEFAULT_CATEGORY_RULES.categories.map((category) => category.id).sort());
  });

  it('counts meeting hours as time in at least one meeting, and meetings by their start', () => {
    const [first, second] = time.weeks;
    // 10:00–11:45 (two overlapping meetings), 09:00–10:00, 16:30–17:30, 23:30–23:59; not focus or the dentist.
    near(first?.meetingHours, 1.75 + 1 + 1 + 29 / 60);
    assert.equal(first?.meetings, 5);
    assert.equal(first?.allDayEvents, 2);
    assert.equal(second?.meetings, 2);
    assert.equal(time.totals.meetings, 7);
  });

  it('gives each week\'s why share of the why and how hours', () => {
    const [first, second] = time.weeks;
    const why = 0.5 + 29 / 60;
    assert.ok(Math.abs((first?.whyShare ?? 0) - why / (why + 3.5)) < 1e-9);
    assert.equal(second?.whyShare, 1 / 4);
  });

  it('splits an event across midnight between its days (and weeks)', () => {
    const late = weeklyTime([at(planning, 11, '23:00', '23:00')].map((o) => ({ ...o, end: o.end + 2 * 3_600_000 })), categorizer, range);
    assert.deepEqual(late.weeks.map((week) => week.hours.planning), [1, 1]);
  });

  it('finds the longest free stretch of each working day, leaving out days under a busy all-day event', () => {
    const weeks = fragmentation(occurrences, categorizer, range);
    const days = weeks[0]?.days ?? [];
    assert.deepEqual(days.map((day) => [day.date, day.longestFreeMinutes, day.meetingMinutes, day.away]), [
      ['2026-01-05', 315, 105, false], // free 11:45–17:00 (focus time is free)
      ['2026-01-06', 420, 60, false], // free 10:00–17:00; the dentist is not a meeting
      ['2026-01-07', 450, 30, false], // free 09:00–16:30
      ['2026-01-08', 480, 0, true], // a day off
      ['2026-01-09', 480, 0, false], // a birthday does not take the day
    ]);
    assert.equal(weeks[0]?.medianLongestFreeMinutes, (420 + 450) / 2);
    assert.equal(weeks[0]?.workingDays, 4);
    assert.equal(weeks[0]?.daysWithFocusBlock, 4);
    const custom = fragmentation(occurrences, categorizer, { ...range, workingHours: { days: [1], start: 10 * 60, end: 12 * 60 }, focusBlockMinutes: 30 });
    assert.deepEqual(custom[0]?.days.map((day) => [day.date, day.longestFreeMinutes]), [['2026-01-05', 15]]);
    assert.equal(custom[0]?.daysWithFocusBlock, 0);
  });
});

describe('time audit: said vs did', () => {
  const time = weeklyTime(occurrences, categorizer, range);

  it('sets the calendar\'s why share beside the writing\'s, week by week, and finds the widest gap', () => {
    const result = saidVsDid(time, [{ key: '2026-W02', whyShare: 0.8 }, { key: '2026-W03', whyShare: 0.7 }, { key: '2026-W04', whyShare: 0.1 }]);
    assert.equal(result.compared, 2);
    assert.deepEqual(result.weeks.map((week) => week.key), ['2026-W02', '2026-W03']);
    assert.equal(result.widest?.key, '2026-W02'); // 80 % written against 22 %; W03 is 70 % against 25 %
    const whyHours = 0.5 + 29 / 60 + 1;
    assert.ok(Math.abs((result.calendarWhy ?? 0) - whyHours / (whyHours + 6.5)) < 1e-9);
    assert.ok(Math.abs((result.writingWhy ?? 0) - 0.75) < 1e-9);
    assert.equal(result.topHow?.category.id, 'planning');
    assert.equal(result.topWhy?.category.id, 'one-on-one');
  });

  it('names the bigger gap in English and German', () => {
    const result = saidVsDid(time, [{ key: '2026-W02', whyShare: 0.8 }, { key: '2026-W03', whyShare: 0.7 }]);
    assert.equal(saidVsDidSentence(result, 'en'),
      'You wrote mostly about the why (75 %), but 77 % of your calendar time went to the how, the most (77 %) to planning, reviews and status. The gap was widest in 2026-W02: 80 % why in your writing, 22 % in your calendar.');
    assert.equal(saidVsDidSentence(result, 'de'),
      'Du hast vor allem über das Warum geschrieben (75 %), aber 77 % deiner Kalenderzeit gingen ans Wie, am meisten (77 %) für Planung, Reviews und Status. Am weitesten auseinander lag 2026-W02: 80 % Warum im Geschriebenen, 22 % im Kalender.');
  });

  it('says when the calendar gave the why more than the writing, when they agree, and when there is nothing to compare', () => {
    const more = saidVsDid(time, [{ key: '2026-W02', whyShare: 0 }, { key: '2026-W03', whyShare: 0 }]);
    assert.match(saidVsDidSentence(more, 'en'), /^Your calendar gave the why more time \(23 %, the most \(23 %\) to 1:1s\) than your writing shows: 0 % why in your entries\./);
    const agree = saidVsDid(time, [{ key: '2026-W02', whyShare: 0.25 }, { key: '2026-W03', whyShare: 0.2 }]);
    assert.equal(saidVsDidSentence(agree, 'en'), 'What you wrote and where your time went agree: 23 % why in your writing, 23 % of your calendar time on the why side.');
    const none = saidVsDid(time, [{ key: '2025-W40', whyShare: 0.5 }]);
    assert.match(saidVsDidSentence(none, 'en'), /^Nothing to compare yet/);
    assert.match(saidVsDidSentence(none, 'de'), /^Noch nichts zu vergleichen/);
  });
});
