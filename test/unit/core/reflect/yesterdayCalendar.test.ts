import * as assert from 'node:assert/strict';
import { oneOnOnesWithPeople } from '../../../../src/core/people/calendarOneOnOnes';
import { dailyReminderText, withDailyReminders } from '../../../../src/core/reflect/dailyReminders';
import { createPeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';
import { heldOneOnOneNames, yesterdayCalendarLines, type YesterdayCalendar } from '../../../../src/core/reflect/yesterdayCalendar';
import { auditCalendars } from '../../../../src/core/timeAudit/calendarAudit';
import { DEFAULT_CATEGORY_RULES } from '../../../../src/core/timeAudit/categoryRules';
import { calendar, fixture, OWNER, ZONE } from '../timeAudit/calendarFixtures';

const directory = createPeopleDirectory(parsePeopleFile('Ana María López: [ana.lopez]\nBen Okafor: [ben]\n').people);

/** Yesterday's calendar as the extension drafts it: the audit over one day, its 1:1s matched to people.yml. */
function yesterday(texts: Parameters<typeof auditCalendars>[0]['texts'], day: { year: number; month: number; day: number }): YesterdayCalendar {
  const audit = auditCalendars({ texts, rules: DEFAULT_CATEGORY_RULES, me: [OWNER], from: day, to: day, weekStart: 1, timeZone: ZONE, oneOnOnesUntil: Number.MAX_SAFE_INTEGER });
  return { categories: audit.time.categories, time: audit.time.totals, oneOnOnes: oneOnOnesWithPeople(audit.oneOnOnes ?? [], directory) };
}

const busyDay = calendar(
  ['UID:1', 'SUMMARY:Ana / Sam 1:1', 'DTSTART;TZID=Europe/Berlin:20260105T100000', 'DTEND;TZID=Europe/Berlin:20260105T103000',
    `ORGANIZER;CN=Sam Rivera:mailto:${OWNER}`, 'ATTENDEE;CN=Ana Lopez:mailto:ana.lopez@northwind.example'],
  ['UID:2', 'SUMMARY:Catch-up', 'DTSTART;TZID=Europe/Berlin:20260105T110000', 'DTEND;TZID=Europe/Berlin:20260105T113000',
    `ORGANIZER:mailto:${OWNER}`, 'ATTENDEE:mailto:ben@northwind.example'],
  ['UID:3', 'SUMMARY:Jo / Sam 1:1', 'DTSTART;TZID=Europe/Berlin:20260105T120000', 'DTEND;TZID=Europe/Berlin:20260105T123000',
    `ORGANIZER:mailto:${OWNER}`, 'ATTENDEE;CN=Jo Doe:mailto:jo@elsewhere.example'],
  ['UID:4', 'SUMMARY:Sprint planning', 'DTSTART;TZID=Europe/Berlin:20260105T140000', 'DTEND;TZID=Europe/Berlin:20260105T160000',
    `ORGANIZER:mailto:${OWNER}`, 'ATTENDEE:mailto:ana.lopez@northwind.example', 'ATTENDEE:mailto:ben@northwind.example'],
  ['UID:5', 'SUMMARY:Focus time', 'DTSTART;TZID=Europe/Berlin:20260105T080000', 'DTEND;TZID=Europe/Berlin:20260105T093000'],
  ['UID:6', 'SUMMARY:Sprint planning', 'DTSTART;TZID=Europe/Berlin:20260106T140000', 'DTEND;TZID=Europe/Berlin:20260106T160000',
    `ORGANIZER:mailto:${OWNER}`, 'ATTENDEE:mailto:ana.lopez@northwind.example', 'ATTENDEE:mailto:ben@northwind.example'],
);
const MONDAY = { year: 2026, month: 1, day: 5 };

describe('daily entry: yesterday in my calendar', () => {
  it('sums up the day: meetings, a line per category with its hours, and the 1:1s by their people.yml names', () => {
    assert.deepEqual(yesterdayCalendarLines(yesterday([{ name: 'work.ics', text: busyDay }], MONDAY), 'en'), [
      'Yesterday in my calendar: 3.5 h in meetings (4 meetings).',
      '',
      '- Planning, review and status: 2 h',
      '- 1:1: 1.5 h',
      '- Focus time: 1.5 h',
      '',
      '3 1:1s held: Ana María López and Ben Okafor; 1 with someone not in people.yml.',
    ]);
  });

  it('writes German for a German journal', () => {
    assert.deepEqual(yesterdayCalendarLines(yesterday([{ name: 'work.ics', text: busyDay }], MONDAY), 'de-DE'), [
      'Gestern laut Kalender: 3,5 Std. in Besprechungen (4 Besprechungen).',
      '',
      '- Planung, Review und Status: 2 Std.',
      '- Einzelgespräch (1:1): 1,5 Std.',
      '- Fokuszeit: 1,5 Std.',
      '',
      '3 1:1-Gespräche: Ana María López und Ben Okafor; 1 mit jemandem außerhalb von people.yml.',
    ]);
  });

  it('never writes a title, an address or a calendar\'s own spelling of a name', () => {
    const text = yesterdayCalendarLines(yesterday([{ name: 'work.ics', text: busyDay }], MONDAY), 'en').join('\n');
    for (const secret of ['Sprint', 'Catch', 'Jo /', '@', 'Jo Doe', 'Ana Lopez', 'northwind']) {
      assert.ok(!text.includes(secret), `the block holds "${secret}"`);
    }
  });

  it('reads a real export: the moved occurrence of a weekly 1:1 counts on the day it was moved to', () => {
    const google = [fixture('google-export')];
    assert.deepEqual(yesterdayCalendarLines(yesterday(google, { year: 2026, month: 1, day: 12 }), 'en'), [
      'Yesterday in my calendar: 0.3 h in meetings (1 meeting).',
      '',
      '- Planning, review and status: 0.3 h',
    ], 'Monday\'s 1:1 was moved to Tuesday');
    const tuesday = yesterdayCalendarLines(yesterday(google, { year: 2026, month: 1, day: 13 }), 'en');
    assert.equal(tuesday.at(-1), '1:1 held: Ana María López.', 'Ana is found by her address\'s local part');
  });

  it('says nothing for a day with nothing in the calendar', () => {
    assert.deepEqual(yesterdayCalendarLines(yesterday([{ name: 'work.ics', text: busyDay }], { year: 2026, month: 1, day: 4 }), 'en'), []);
  });

  it('opens the daily entry\'s drafted block, before the 1:1 nudges and what is still open', () => {
    const calendarDay = yesterday([{ name: 'work.ics', text: busyDay }], MONDAY);
    const nudge = { key: 'ana maria lopez', name: 'Ana María López', state: 'never' as const, daysOverdue: 0, cadence: { unit: 'days' as const, count: 14 } };
    const text = dailyReminderText({ path: '2026/01/2026-01-06.md', stillOpen: [], onThisDay: [], calendar: calendarDay, oneOnOnes: [nudge] });
    assert.match(text, /^Yesterday in my calendar: [^\n]+\n\n- Planning[^]*people\.yml\.\n\n- 1:1 with Ana María López: none yet/);
    const entry = withDailyReminders('# Tuesday\n', { path: '2026/01/2026-01-06.md', stillOpen: [], onThisDay: [], calendar: calendarDay });
    assert.match(entry, /^# Tuesday\n\n<!-- leadership-journal:drafted -->\nYesterday in my calendar:[^]*\n<!-- \/leadership-journal:drafted -->\n$/);
  });
});

describe('daily entry: the names of yesterday\'s 1:1s, linked to their pages', () => {
  const names = ['Ana María López', 'Ana', 'Ben Okafor', 'Sam Lee'];

  it('finds people.yml\'s names on the 1:1s line of a drafted block, in English and German', () => {
    const text = '# Tuesday\n\nI met Ana María López.\n\n<!-- leadership-journal:drafted -->\nYesterday in my calendar: 1 h in meetings (2 meetings).\n\n2 1:1s held: Ana María López and Ben Okafor; 1 with someone not in people.yml.\n<!-- /leadership-journal:drafted -->\n';
    const found = heldOneOnOneNames(text, names);
    assert.deepEqual(found.map(({ start, end, name }) => [text.slice(start, end), name]), [['Ana María López', 'Ana María López'], ['Ben Okafor', 'Ben Okafor']],
      'the user\'s own sentence is not linked, and "Ana" inside the full name is not a second link');
    const german = '<!-- leadership-journal:drafted -->\r\n1:1-Gespräch: Sam Lee.\r\n<!-- /leadership-journal:drafted -->\r\n';
    assert.deepEqual(heldOneOnOneNames(german, names).map(({ start, end }) => german.slice(start, end)), ['Sam Lee']);
  });

  it('links nothing outside a complete drafted block', () => {
    assert.deepEqual(heldOneOnOneNames('1:1 held: Ana María López.\n', names), []);
    assert.deepEqual(heldOneOnOneNames('<!-- leadership-journal:drafted -->\n1:1 held: Ana María López.\n', names), []);
  });
});
