import * as assert from 'node:assert/strict';
import { parseCadence, type Cadence } from '../../../../src/core/people/cadence';
import { calendarCadence, calendarOneOnOnesWith, personOfAttendee, windowStart } from '../../../../src/core/people/calendarOneOnOnes';
import type { HeldOneOnOne } from '../../../../src/core/timeAudit/oneOnOnesHeld';
import { createPeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';
import { auditCalendars } from '../../../../src/core/timeAudit/calendarAudit';
import { DEFAULT_CATEGORY_RULES } from '../../../../src/core/timeAudit/categoryRules';
import { fixture, OWNER, ZONE } from '../timeAudit/calendarFixtures';

const directory = createPeopleDirectory(parsePeopleFile([
  'Ana María López: [ani]',
  'Priya Raman: [p.raman@northwind.example]',
  'Sam Lee: [sam.lee]',
  'Sam Ortiz: [sortiz]',
].join('\n')).people);

describe('people: 1:1s found in the calendar', () => {
  it('knows a person by an address written in people.yml, by the calendar\'s name for them, or by their address', () => {
    assert.equal(personOfAttendee({ address: 'p.raman@northwind.example', name: '' }, directory)?.name, 'Priya Raman');
    assert.equal(personOfAttendee({ address: 'x123@northwind.example', name: 'Ana María López' }, directory)?.name, 'Ana María López');
    assert.equal(personOfAttendee({ address: 'ana.maria.lopez@northwind.example', name: '' }, directory)?.name, 'Ana María López');
    assert.equal(personOfAttendee({ address: 'ani@northwind.example', name: '' }, directory)?.name, 'Ana María López', 'an alias as the local part');
    assert.equal(personOfAttendee({ address: 'sam.lee@northwind.example', name: 'Sam' }, directory)?.name, 'Sam Lee', 'a shared first name is not enough, the address is');
  });

  it('names no one people.yml does not list, and never guesses between two listed people', () => {
    assert.equal(personOfAttendee({ address: 'jo@elsewhere.example', name: 'Jo Doe' }, directory), undefined);
    assert.equal(personOfAttendee({ address: 'sam@northwind.example', name: 'Sam' }, directory), undefined, '"Sam" could be Sam Lee or Sam Ortiz');
  });

  it('counts the 1:1s with one person in a real export and finds the last one, leaving out the cancelled, the excluded and the not yet held', () => {
    const people = createPeopleDirectory(parsePeopleFile('Ana López: [ana.lopez]\n').people);
    const audit = (until: number) => auditCalendars({
      texts: [fixture('google-export')], rules: DEFAULT_CATEGORY_RULES, me: [OWNER],
      from: { year: 2026, month: 1, day: 1 }, to: { year: 2026, month: 2, day: 28 }, weekStart: 1, timeZone: ZONE, oneOnOnesUntil: until,
    });
    const all = audit(Date.UTC(2026, 2, 1)).oneOnOnes ?? [];
    assert.ok(all.every((held) => held.others.every((other) => other.address !== OWNER)), 'the user is never among the others');
    // Weekly on Mondays from 5 January: the 12th moved to the 13th, the 19th taken out, the 26th cancelled.
    assert.deepEqual(all.map((held) => held.date).slice(0, 4), ['2026-01-05', '2026-01-13', '2026-02-02', '2026-02-09']);
    const ana = calendarOneOnOnesWith(all, people, 'ana lopez');
    assert.equal(ana.last, '2026-02-23');
    assert.equal(ana.count, all.length);
    const early = calendarOneOnOnesWith(audit(Date.UTC(2026, 0, 13, 14, 1)).oneOnOnes ?? [], people, 'ana lopez');
    assert.deepEqual(early, { count: 2, last: '2026-01-13' }, 'the 13th at 15:00 Berlin has begun by 14:01 UTC');
    assert.deepEqual(calendarOneOnOnesWith(all, people, 'sam lee'), { count: 0 });
  });

  it('sets the calendar\'s 1:1s over the last eight weeks beside what the cadence calls for', () => {
    const cadence = (written: string): Cadence => {
      const result = parseCadence(written);
      assert.ok(result.ok);
      return result.cadence;
    };
    const today = { year: 2026, month: 12, day: 2 };
    assert.deepEqual(windowStart(today, 8), { year: 2026, month: 10, day: 8 });
    const withAna = (date: string): HeldOneOnOne => ({ date, start: 0, end: 0, others: [{ address: 'ani@northwind.example', name: '' }] });
    const held = [withAna('2026-11-09'), withAna('2026-11-23'), { date: '2026-11-24', start: 0, end: 0, others: [{ address: 'jo@elsewhere.example', name: 'Jo' }] }];
    assert.deepEqual(calendarCadence(held, directory, 'ana maria lopez', cadence('2w'), today), { count: 2, last: '2026-11-23', weeks: 8, expected: 4 });
    assert.equal(calendarCadence(held, directory, 'ana maria lopez', cadence('weekly'), today).expected, 8);
    assert.equal(calendarCadence(held, directory, 'ana maria lopez', cadence('monthly'), today).expected, 2, '8 October and 8 November');
    assert.deepEqual(calendarCadence(held, directory, 'priya raman', undefined, today), { count: 0, weeks: 8 }, 'no cadence, nothing expected');
  });
});
