import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { LocalDate } from '../../../../src/core/calendar/localDate';
import { DRAFTED_END, DRAFTED_START } from '../../../../src/core/entries/drafted';
import { cadenceStatuses, type OneOnOneSource } from '../../../../src/core/people/oneOnOneCadence';
import { NUDGE_LINES, nudgeLines, oneOnOneNudges } from '../../../../src/core/people/oneOnOneNudge';
import { withDailyReminders } from '../../../../src/core/reflect/dailyReminders';
import { createPeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';

const TODAY: LocalDate = { year: 2026, month: 3, day: 20 };
const DAILY = '2026/03/2026-03-20.md';

function oneOnOne(date: string, person: string): OneOnOneSource {
  return { date, path: `${date.slice(0, 4)}/${date.slice(5, 7)}/${date}-1on1-${person.toLowerCase().split(' ')[0] ?? ''}.md`, kind: 'one-on-one', people: [person] };
}

function nudgesFor(peopleYml: string, records: readonly OneOnOneSource[], today = TODAY) {
  const people = parsePeopleFile(peopleYml).people;
  return oneOnOneNudges(cadenceStatuses(people, records, createPeopleDirectory(people), today));
}

const PEOPLE_YML = [
  'Ana María López: {aliases: [ana], cadence: 2w}',
  'Sam Lee: {cadence: weekly}',
  'Priya Raman: {cadence: monthly}',
  'Bo Kim: [bo]',
].join('\n');

describe('people: the 1:1 nudge', () => {
  it('lists the most overdue first, then due today, then never met, leaving out those not due or without a cadence', () => {
    const records = [oneOnOne('2026-03-02', 'ana'), oneOnOne('2026-03-13', 'Sam Lee'), oneOnOne('2026-01-01', 'Bo Kim')];
    const nudges = nudgesFor(PEOPLE_YML, records);
    assert.deepEqual(nudges.map((nudge) => [nudge.name, nudge.state, nudge.daysOverdue]), [
      ['Ana María López', 'overdue', 4],
      ['Sam Lee', 'due', 0],
      ['Priya Raman', 'never', 0],
    ]);
    assert.deepEqual(nudgeLines(nudges, DAILY), [
      '- 1:1 with Ana María López: overdue by 4 days (last [2026-03-02](2026-03-02-1on1-ana.md), every 2 weeks)',
      '- 1:1 with Sam Lee: due today (last [2026-03-13](2026-03-13-1on1-sam.md), every week)',
      '- 1:1 with Priya Raman: none yet (every month)',
    ]);
  });

  it('says nothing when no one has a cadence, or no one is due', () => {
    assert.deepEqual(nudgesFor('Ana: [ani]\nSam Lee: [sam]\n', []), []);
    assert.deepEqual(nudgesFor('Ana: {cadence: 2w}\n', [oneOnOne('2026-03-19', 'Ana')]), []);
    assert.deepEqual(nudgesFor('Ana: {cadence: 2w}\n', [oneOnOne('2026-01-19', 'Ana'), oneOnOne('2026-03-23', 'Ana')]), [], 'one is already prepared');
    assert.deepEqual(nudgeLines([], DAILY), []);
  });

  it('writes German for a German entry', () => {
    const nudges = nudgesFor(PEOPLE_YML, [oneOnOne('2026-03-19', 'ana'), oneOnOne('2026-03-06', 'Sam Lee')]);
    assert.deepEqual(nudgeLines(nudges, DAILY, 'de-AT'), [
      '- 1:1 mit Sam Lee: seit 7 Tagen überfällig (zuletzt [2026-03-06](2026-03-06-1on1-sam.md), jede Woche)',
      '- 1:1 mit Priya Raman: noch keines (jeden Monat)',
    ]);
  });

  it('never takes more than three lines: two people, then the rest named on one line', () => {
    const yml = ['A: {cadence: 1w}', 'B: {cadence: 1w}', 'C: {cadence: 1w}', 'D: {cadence: 1w}', 'E: {cadence: 1w}', 'F: {cadence: 1w}'].join('\n');
    const nudges = nudgesFor(yml, []);
    assert.deepEqual(nudgeLines(nudges.slice(0, 4), DAILY).slice(2), ['- Also due: C and D']);
    assert.deepEqual(nudgeLines(nudges, DAILY).slice(2), ['- Also due: C, D, E and 1 more']);
    assert.deepEqual(nudgeLines(nudges, DAILY, 'de').slice(2), ['- Ebenfalls fällig: C, D, E und 1 weitere']);
    fc.assert(fc.property(fc.nat(12), (count) => {
      const lines = nudgeLines(nudgesFor(Array.from({ length: count }, (_, i) => `P${i}: {cadence: 2w}`).join('\n'), []), DAILY);
      assert.equal(lines.length, Math.min(count, NUDGE_LINES));
    }));
  });

  it('escapes names, so a name is shown as written', () => {
    const nudges = nudgesFor('"Ana *the* [boss]": {cadence: 2w}\n', []);
    assert.deepEqual(nudgeLines(nudges, DAILY), ['- 1:1 with Ana \\*the\\* \\[boss\\]: none yet (every 2 weeks)']);
  });

  it('goes first in the daily entry’s drafted block, before the open commitments', () => {
    const nudges = nudgesFor(PEOPLE_YML, [oneOnOne('2026-03-02', 'ana'), oneOnOne('2026-03-19', 'Sam Lee'), oneOnOne('2026-03-01', 'Priya Raman')]);
    const text = withDailyReminders('# Friday\n\n- One commitment for tomorrow: \n', {
      path: DAILY,
      stillOpen: [{ key: 'call ana', text: 'call Ana', firstSeen: { date: '2026-03-18', path: '2026/03/2026-03-18.md', line: 7 }, lastSeen: { date: '2026-03-18', path: '2026/03/2026-03-18.md', line: 7 }, ageDays: 2 }],
      onThisDay: [],
      oneOnOnes: nudges,
    });
    assert.equal(text, [
      '# Friday',
      '',
      '- One commitment for tomorrow: ',
      '',
      DRAFTED_START,
      '- 1:1 with Ana María López: overdue by 4 days (last [2026-03-02](2026-03-02-1on1-ana.md), every 2 weeks)',
      '',
      'Still open:',
      '',
      '- [ ] call Ana',
      '  - open 2 days: [2026-03-18](2026-03-18.md)',
      DRAFTED_END,
      '',
    ].join('\n'));
  });
});
