import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { addDays, formatIsoDate, localDateOf, type LocalDate } from '../../../../src/core/calendar/localDate';
import { parseCadence, type Cadence } from '../../../../src/core/people/cadence';
import { cadenceStatus, cadenceStatuses, oneOnOnesByPerson, type OneOnOneSource } from '../../../../src/core/people/oneOnOneCadence';
import { createPeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';

const day = (iso: string): LocalDate => {
  const [year, month, date] = iso.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: date ?? 0 };
};

function oneOnOne(date: string, person: string, kind = 'one-on-one'): OneOnOneSource {
  return { date, path: `${date.slice(0, 4)}/${date.slice(5, 7)}/${date}-1on1-${person.toLowerCase().replace(/\W+/g, '-')}.md`, kind, people: [person] };
}

function cadence(text: string): Cadence {
  const result = parseCadence(text);
  assert.ok(result.ok);
  return result.cadence;
}

const PEOPLE = parsePeopleFile('Ana María López:\n  aliases: [ana]\n  cadence: 14d\nSam Lee:\n  cadence: monthly\nBo Kim: [bo]\n').people;
const DIRECTORY = createPeopleDirectory(PEOPLE);

describe('people: the last 1:1 and the cadence', () => {
  it('finds each person’s last 1:1 on or before today, through their aliases, and one prepared for later', () => {
    const records = [
      oneOnOne('2026-03-02', 'ana'),
      oneOnOne('2026-02-16', 'Ana María López'),
      oneOnOne('2026-03-20', 'Ana'),
      oneOnOne('2026-03-05', 'Sam Lee'),
      { ...oneOnOne('2026-03-10', 'Sam Lee'), kind: 'daily' },
      { date: '2026-03-11', path: 'x.md', kind: 'one-on-one', people: ['Bo Kim', 'bo'] },
      { date: '2026-02-30', path: 'bad.md', kind: 'one-on-one', people: ['Bo Kim'] },
    ];
    const found = oneOnOnesByPerson(records, DIRECTORY, day('2026-03-15'));
    assert.deepEqual(found.get('ana maria lopez'), {
      last: { date: '2026-03-02', path: '2026/03/2026-03-02-1on1-ana.md' },
      next: { date: '2026-03-20', path: '2026/03/2026-03-20-1on1-ana.md' },
    });
    assert.deepEqual(found.get('sam lee'), { last: { date: '2026-03-05', path: '2026/03/2026-03-05-1on1-sam-lee.md' } });
    assert.deepEqual(found.get('bo kim'), { last: { date: '2026-03-11', path: 'x.md' } });
    assert.deepEqual([...found.keys()].sort(), ['ana maria lopez', 'bo kim', 'sam lee']);
  });

  it('does not count an @mention of someone else in a 1:1 as their 1:1', () => {
    const records = [{ ...oneOnOne('2026-03-02', 'Ana'), mentions: ['bo'] }];
    assert.equal(oneOnOnesByPerson(records, DIRECTORY, day('2026-03-15')).has('bo kim'), false);
  });

  it('counts days since, and says upcoming, due today, or overdue by N days', () => {
    const last = { last: { date: '2026-03-02', path: 'a.md' } };
    const every14 = cadence('14d');
    assert.deepEqual(cadenceStatus(every14, last, day('2026-03-10')), {
      last: last.last, daysSince: 8, state: 'upcoming', cadence: every14, dueDate: '2026-03-16', daysUntilDue: 6,
    });
    assert.equal(cadenceStatus(every14, last, day('2026-03-16')).state, 'due');
    const overdue = cadenceStatus(every14, last, day('2026-03-19'));
    assert.equal(overdue.state, 'overdue');
    assert.equal(overdue.state === 'overdue' && overdue.daysOverdue, 3);
    assert.equal(overdue.daysSince, 17);
  });

  it('says none is due without a cadence, that one is due when there has been no 1:1, and nothing when one is prepared', () => {
    assert.deepEqual(cadenceStatus(undefined, { last: { date: '2026-01-01', path: 'a.md' } }, day('2026-03-10')), {
      last: { date: '2026-01-01', path: 'a.md' }, daysSince: 68, state: 'no-cadence',
    });
    assert.deepEqual(cadenceStatus(cadence('2w'), {}, day('2026-03-10')), { state: 'never', cadence: cadence('2w') });
    const planned = cadenceStatus(cadence('2w'), { last: { date: '2026-01-01', path: 'a.md' }, next: { date: '2026-03-12', path: 'b.md' } }, day('2026-03-10'));
    assert.equal(planned.state, 'planned');
  });

  it('counts a monthly cadence in calendar months', () => {
    const monthly = cadence('monthly');
    const status = cadenceStatus(monthly, { last: { date: '2026-01-31', path: 'a.md' } }, day('2026-02-28'));
    assert.equal(status.state, 'due');
    assert.equal(status.state === 'due' && status.dueDate, '2026-02-28');
    const leap = cadenceStatus(monthly, { last: { date: '2028-01-31', path: 'a.md' } }, day('2028-03-01'));
    assert.equal(leap.state === 'overdue' && leap.daysOverdue, 1);
  });

  it('is exact across daylight-saving changes in every zone the unit tier runs in', () => {
    // Europe and the US change clocks in March, Auckland in April: whole calendar days either way.
    for (const [last, today, overdue] of [['2026-03-01', '2026-03-30', 15], ['2026-03-28', '2026-04-12', 1], ['2026-10-20', '2026-11-04', 1]] as const) {
      const status = cadenceStatus(cadence('14d'), { last: { date: last, path: 'a.md' } }, day(today));
      assert.equal(status.state === 'overdue' && status.daysOverdue, overdue, `${last} → ${today}`);
    }
  });

  it('takes today as the journal’s day: before the day-start hour it is still yesterday', () => {
    const last = { last: { date: '2026-03-01', path: 'a.md' } };
    // 00:30 local on 15 March: with a day start of 4 the journal is still on the 14th.
    const halfPastMidnight = new Date(2026, 2, 15, 0, 30);
    const early = cadenceStatus(cadence('14d'), last, localDateOf(halfPastMidnight, 4));
    assert.equal(early.state === 'upcoming' && early.daysUntilDue, 1);
    assert.equal(cadenceStatus(cadence('14d'), last, localDateOf(halfPastMidnight, 0)).state, 'due');
    // 23:30 local is still the same day in every zone (Auckland, Los Angeles, Kolkata, UTC).
    assert.equal(cadenceStatus(cadence('14d'), last, localDateOf(new Date(2026, 2, 15, 23, 30), 4)).state, 'due');
  });

  it('lists the status of everyone with a cadence, in people.yml order', () => {
    const statuses = cadenceStatuses(PEOPLE, [oneOnOne('2026-03-02', 'ana')], DIRECTORY, day('2026-03-20'));
    assert.deepEqual(statuses.map((person) => [person.name, person.status.state]), [['Ana María López', 'overdue'], ['Sam Lee', 'never']]);
  });

  it('never calls a 1:1 both due and upcoming, and due exactly one cadence after the last (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 400 }), fc.constantFrom('1d', '7d', '14d', '3w', '1m', '2m', 'quarterly'),
      (start, gap, written) => {
        const lastDay = addDays({ year: 2020, month: 1, day: 1 }, start);
        const today = addDays(lastDay, gap);
        const status = cadenceStatus(cadence(written), { last: { date: formatIsoDate(lastDay), path: 'a.md' } }, today);
        assert.equal(status.daysSince, gap);
        assert.ok(status.state === 'upcoming' || status.state === 'due' || status.state === 'overdue');
        const due = status.dueDate;
        const toDay = formatIsoDate(today);
        assert.equal(status.state === 'upcoming', toDay < due);
        assert.equal(status.state === 'due', toDay === due);
        assert.equal(status.state === 'overdue', toDay > due);
      },
    ), { numRuns: 500 });
  });
});
