import * as assert from 'node:assert/strict';
import { auditCalendars, explainEvents, type AuditInput } from '../../../../src/core/timeAudit/calendarAudit';
import { calendarMetricsCsv, calendarMetricsJson } from '../../../../src/core/timeAudit/calendarMetrics';
import { DEFAULT_CATEGORY_RULES } from '../../../../src/core/timeAudit/categoryRules';
import { readRulesFile } from '../../../../src/core/timeAudit/calendarFiles';
import { parseCalendar } from '../../../../src/core/timeAudit/readCalendars';
import { fixture, OWNER, ZONE } from './calendarFixtures';

// The Google export's first two weeks, read as its owner in Berlin (2026-W02 and 2026-W03).
const input: AuditInput = {
  texts: [fixture('google-export')], rules: DEFAULT_CATEGORY_RULES, me: [OWNER],
  from: { year: 2026, month: 1, day: 5 }, to: { year: 2026, month: 1, day: 18 }, weekStart: 1, timeZone: ZONE,
};

describe('calendar audit (what the extension and the CLI show)', () => {
  it('gives the hours per category, the meeting load and the why share per week', () => {
    const audit = auditCalendars(input);
    assert.deepEqual(audit.time.weeks.map((week) => week.key), ['2026-W02', '2026-W03']);
    const [first] = audit.time.weeks;
    assert.equal(first?.hours['one-on-one'], 0.5);
    assert.equal(first?.hours['all-hands'], 1);
    assert.equal(first?.hours.planning, 2.25);
    assert.equal(first?.meetings, 8);
    assert.equal(first?.meetingHours, 3.75);
    assert.equal(first?.whyShare, 0.4);
    assert.equal(audit.counts.declined, 1, 'the event the owner declined is left out');
    assert.equal(audit.counts.cancelled, 1);
    assert.deepEqual(audit.problems, []);
  });

  it('applies the user\'s rules: a side changed in rules.yml moves the why share', () => {
    const rules = readRulesFile('categories:\n  one-on-one: { side: how }\n');
    assert.deepEqual(rules.problems, []);
    const audit = auditCalendars({ ...input, rules: rules.rules });
    assert.equal(audit.time.weeks[0]?.sides.why, 1, 'only the all-hands is left on the why side');
    assert.equal(audit.time.weeks[0]?.sides.how, 2.75);
  });

  it('explains the recent events, latest first, each with the rule that placed it and why', () => {
    const { events } = explainEvents(input, 50);
    const standUp = events[0];
    assert.equal(standUp?.title, 'Team stand-up', 'the latest event comes first, once, however often it repeats');
    assert.equal(events.filter((event) => event.title === 'Team stand-up').length, 1);
    assert.equal(standUp?.categoryId, 'planning');
    assert.deepEqual(standUp?.rule, { number: 7, name: 'Planning, reviews and status' });
    assert.deepEqual(standUp?.facts, [{ kind: 'title', word: 'stand up' }]);
    const oneOnOne = events.find((event) => event.title === 'Ana <> Sam');
    assert.deepEqual(oneOnOne?.rule, { number: 9, name: 'Two people' });
    assert.deepEqual(oneOnOne?.reasons, ['2 people, you included']);
    const holiday = events.find((event) => event.title.startsWith('Epiphany'));
    assert.equal(holiday?.categoryId, 'other');
    assert.equal(holiday?.rule, undefined, 'an event no rule places is "other", never guessed');
  });

  it('stops at the limit of events asked for', () => {
    assert.equal(explainEvents(input, 2).events.length, 2);
  });

  it('exports category hours and meeting counts per week, and never a title or an address', () => {
    const { time } = auditCalendars(input);
    const csv = calendarMetricsCsv(time);
    const [header, first] = csv.split('\r\n');
    assert.equal(header, 'week,start,end,hours:one-on-one,hours:team,hours:all-hands,hours:external,hours:hiring,hours:planning,hours:coaching,hours:focus,hours:other,why_hours,how_hours,neither_hours,why_share,meeting_hours,meetings');
    assert.equal(first, '2026-W02,2026-01-05,2026-01-11,0.5,0,1,0,0,2.25,0,0,0,1.5,2.25,0,0.4,3.75,8');
    const json = calendarMetricsJson(time);
    assert.equal((JSON.parse(json) as unknown[]).length, 2);
    for (const text of [csv, json]) {
      for (const secret of ['Ana', 'stand-up', 'planning @', 'northwind', '@', 'Epiphany']) {
        assert.ok(!text.includes(secret), `the export holds "${secret}"`);
      }
    }
  });

  it('counts a broken file as a problem and the other calendars still', () => {
    const audit = auditCalendars({ ...input, texts: [{ name: 'notes.ics', text: '<html>not a calendar</html>' }, fixture('google-export')] });
    assert.equal(audit.time.weeks[0]?.hours.planning, 2.25);
    assert.equal(audit.problems.length, 1);
    assert.match(audit.problems[0]?.message ?? '', /^notes\.ics: is not an iCalendar/);
  });
});

describe('calendar audit over a calendar parsed once', () => {
  it('gives the same numbers and the same problems, reading after reading, as from the text', () => {
    const broken = { name: 'broken.ics', text: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Zoned\r\nDTSTART;TZID=Mars/Olympus:20260106T100000\r\nDTEND;TZID=Mars/Olympus:20260106T110000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:y\r\nSUMMARY:Cut short\r\n' };
    const parsed = [parseCalendar(fixture('google-export')), parseCalendar(broken)];
    const fromText = auditCalendars({ ...input, texts: [fixture('google-export'), broken] });
    for (const week of [input, { ...input, to: { year: 2026, month: 1, day: 11 } }, input]) {
      const again = auditCalendars({ ...week, texts: parsed });
      const expected = week === input ? fromText : auditCalendars({ ...week, texts: [fixture('google-export'), broken] });
      assert.deepEqual(again.time, expected.time);
      assert.deepEqual(again.problems.map((problem) => problem.message), expected.problems.map((problem) => problem.message));
    }
    assert.ok(fromText.problems.some((problem) => problem.kind === 'unknown-zone'), 'the unknown zone is named every time, not only the first');
    assert.ok(fromText.problems.some((problem) => problem.kind === 'truncated'));
  });
});
