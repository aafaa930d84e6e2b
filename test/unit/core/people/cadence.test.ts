import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { addMonths } from '../../../../src/core/calendar/localDate';
import { formatCadence, parseCadence, type Cadence } from '../../../../src/core/people/cadence';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';

function cadence(value: unknown): Cadence {
  const result = parseCadence(value);
  assert.ok(result.ok, `${String(value)}: ${result.ok ? '' : result.message}`);
  return result.cadence;
}

function refusal(value: unknown): string {
  const result = parseCadence(value);
  assert.ok(!result.ok, `${String(value)} should be refused`);
  return result.message;
}

describe('people: cadence', () => {
  it('reads days, weeks and months in the short and long forms', () => {
    const days = (count: number): Cadence => ({ unit: 'days', count });
    const months = (count: number): Cadence => ({ unit: 'months', count });
    const cases: [string, Cadence][] = [
      ['14d', days(14)], ['14 d', days(14)], ['14 days', days(14)], ['1 day', days(1)], ['14D', days(14)],
      ['2w', days(14)], ['2 weeks', days(14)], ['1 week', days(7)], ['3wks', days(21)],
      ['1m', months(1)], ['3 months', months(3)], ['2mo', months(2)],
      ['every 3 weeks', days(21)], ['every week', days(7)], ['Every  month', months(1)], ['each 10 days', days(10)],
      ['P2W', days(14)], ['p10d', days(10)], ['P1M', months(1)],
      ['weekly', days(7)], ['biweekly', days(14)], ['Bi-Weekly', days(14)], ['fortnightly', days(14)], ['every other week', days(14)],
      ['monthly', months(1)], ['quarterly', months(3)], ['daily', days(1)],
      ['14 Tage', days(14)], ['2 Wochen', days(14)], ['alle 2 Wochen', days(14)], ['jede Woche', days(7)], ['1 Monat', months(1)],
      ['alle 3 Monate', months(3)], ['wöchentlich', days(7)], ['zweiwöchentlich', days(14)], ['14-tägig', days(14)], ['Monatlich', months(1)],
      ['  2w  ', days(14)],
    ];
    for (const [text, expected] of cases) {
      assert.deepEqual(cadence(text), expected, text);
    }
  });

  it('refuses what is not a duration, saying what to write', () => {
    assert.match(refusal('often'), /"often" is not a duration\. Write how often you meet: 14d, 2w/);
    assert.match(refusal(14), /^14 what\? Write 14d for days or 14w for weeks\.$/);
    assert.match(refusal(''), /empty/);
    assert.match(refusal(null), /empty/);
    assert.match(refusal(['2w']), /one duration, not a list/);
    assert.match(refusal('0d'), /0 never comes round/);
    assert.match(refusal('1.5w'), /not a whole number/);
    assert.match(refusal('bimonthly'), /twice a month or every two months/);
    assert.match(refusal('2 fortnights'), /is not a duration/);
    assert.match(refusal('every'), /is not a duration/);
    assert.match(refusal('400d'), /at most a year/);
    assert.match(refusal('13m'), /at most a year/);
    assert.match(refusal(-3), /is not a duration/);
    assert.match(refusal(true), /one duration/);
  });

  it('writes a cadence back in its shortest form', () => {
    assert.equal(formatCadence(cadence('14 days')), '2w');
    assert.equal(formatCadence(cadence('10d')), '10d');
    assert.equal(formatCadence(cadence('quarterly')), '3m');
  });

  it('reads what it writes, and never throws (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constantFrom('w', 'd', 'm', 'every', ' ', 'Wochen', '1', '0')), (text) => {
      const result = parseCadence(text);
      if (result.ok) {
        assert.deepEqual(parseCadence(formatCadence(result.cadence)), result);
        assert.ok(result.cadence.count >= 1);
      } else {
        assert.ok(result.message.length > 0);
      }
    }), { numRuns: 500 });
  });

  it('adds calendar months, clamped to the end of a short month', () => {
    assert.deepEqual(addMonths({ year: 2026, month: 1, day: 31 }, 1), { year: 2026, month: 2, day: 28 });
    assert.deepEqual(addMonths({ year: 2028, month: 1, day: 31 }, 1), { year: 2028, month: 2, day: 29 });
    assert.deepEqual(addMonths({ year: 2026, month: 11, day: 30 }, 3), { year: 2027, month: 2, day: 28 });
    assert.deepEqual(addMonths({ year: 2026, month: 3, day: 15 }, -3), { year: 2025, month: 12, day: 15 });
  });
});

describe('people.yml: cadence', () => {
  it('reads the long form with aliases and a cadence, beside the short form', () => {
    const file = parsePeopleFile([
      'Ana María López: [ana, ani]',
      'Priya Raman:',
      '  aliases: [priya, pr]',
      '  cadence: 2w',
      'Sam Lee: {cadence: monthly}',
      'Bo Kim:',
      '  aliases: bo',
    ].join('\n'));
    assert.deepEqual(file.problems, []);
    assert.deepEqual(file.people, [
      { name: 'Ana María López', aliases: ['ana', 'ani'] },
      { name: 'Priya Raman', aliases: ['priya', 'pr'], cadence: { unit: 'days', count: 14 } },
      { name: 'Sam Lee', aliases: [], cadence: { unit: 'months', count: 1 } },
      { name: 'Bo Kim', aliases: ['bo'] },
    ]);
  });

  it('gives a cadence that is not a duration as a problem on its line, and keeps the person', () => {
    const file = parsePeopleFile('Ana: [ani]\nPriya Raman:\n  aliases: [priya]\n  cadence: often\nSam Lee:\n  cadence: 14\n');
    assert.deepEqual(file.people, [
      { name: 'Ana', aliases: ['ani'] },
      { name: 'Priya Raman', aliases: ['priya'] },
      { name: 'Sam Lee', aliases: [] },
    ]);
    assert.deepEqual(file.problems, [
      { line: 4, message: 'The cadence of Priya Raman: "often" is not a duration. Write how often you meet: 14d, 2w, 1m, weekly, biweekly, monthly or "every 3 weeks".' },
      { line: 6, message: 'The cadence of Sam Lee: 14 what? Write 14d for days or 14w for weeks.' },
    ]);
  });

  it('names unknown and repeated settings, and still uses the rest', () => {
    const file = parsePeopleFile('Priya Raman:\n  cadense: 2w\n  cadence: 3w\n  cadence: 1w\n  aliases: [priya]\n');
    assert.deepEqual(file.people, [{ name: 'Priya Raman', aliases: ['priya'], cadence: { unit: 'days', count: 21 } }]);
    assert.deepEqual(file.problems.map((problem) => problem.line), [2, 4]);
    assert.match(file.problems[0]?.message ?? '', /"cadense", which people\.yml does not know; a person takes aliases and cadence/);
    assert.match(file.problems[1]?.message ?? '', /cadence twice; the first is used/);
  });

  it('still refuses an alias claimed twice in the long form', () => {
    const file = parsePeopleFile('Sam Lee:\n  aliases: [sam]\nSam Ortiz:\n  aliases: [sam, so]\n  cadence: 2w\n');
    assert.deepEqual(file.people.map((person) => [person.name, person.aliases]), [['Sam Lee', ['sam']], ['Sam Ortiz', ['so']]]);
    assert.equal(file.problems.length, 1);
    assert.equal(file.problems[0]?.line, 4);
  });
});
