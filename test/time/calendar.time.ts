// Linear time of the calendar reader (src/core/timeAudit) on adversarial and ordinary iCalendar text,
// and a 50 MB export read whole. See test/support/linearTime.ts for the rule and the sizes.
import * as assert from 'node:assert/strict';
import { readCalendars } from '../../src/core/timeAudit/readCalendars';
import { GENERATED_OWNER, generateCalendar } from '../support/calendarGenerator';
import { assertLinear, repeatTo } from '../support/linearTime';

const read = (text: string): unknown => readCalendars([{ name: 'time.ics', text }], {
  from: { year: 2016, month: 1, day: 1 }, to: { year: 2025, month: 12, day: 31 }, me: [GENERATED_OWNER], timeZone: 'Europe/Berlin',
});

const HEADER = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n';

describe('time audit: reading calendars in linear time', function () {
  this.timeout(120_000);

  const UNITS: Record<string, string> = {
    'markers with nothing between': 'BEGIN:VEVENT\r\nEND:VEVENT\r\n',
    'BEGIN lines never closed': 'BEGIN:VEVENT\r\n',
    'END lines never opened': 'END:VEVENT\r\n',
    'one folded line': ' x',
    'lines that are not properties': 'not a property\r\n',
    'events with no end': 'BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20200101T090000Z\r\nEND:VEVENT\r\n',
    'attendees': 'ATTENDEE;CN="A, B";PARTSTAT=DECLINED:mailto:a@b.example\r\n',
  };
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`grows linearly on ${name}`, async () => {
      await assertLinear((size) => HEADER + repeatTo(unit, size), read, { small: 128_000 });
    });
  }

  // One long line, as an export with a pasted document in a description or a huge invitation has:
  // dropped unread (folded or not), read (a title), or with a parameter list that long.
  const event = (line: string): string => `${HEADER}BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20200101T090000Z\r\n${line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
  const folded = (line: string): string => line.replace(/(.{74})(?=.)/g, '$1\r\n ');
  // Whole units, so a line never ends in half a parameter (which ical.js would read instead).
  const units = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length));
  const LONG_LINES: Record<string, (size: number) => string> = {
    'one description line, folded': (size) => event(folded(`DESCRIPTION:${units('Agenda\\, notes\\n BEGIN:VEVENT ', size)}`)),
    'one description line, unfolded': (size) => event(`DESCRIPTION;LANGUAGE=en-US:${units('Agenda; notes: ', size)}`),
    'one title line, folded': (size) => event(folded(`SUMMARY:${units('Weekly sync\\, planning ', size)}`)),
    'one line of quoted parameters': (size) => event(`X-ALT-DESC${units(';X-A="a;b:c"', size)}:x`),
    'one attendee with a long list of parameters': (size) => event(`ATTENDEE${units(';CN="Lopez, Ana";X-B=1', size)}:mailto:a@b.example`),
  };
  for (const [name, make] of Object.entries(LONG_LINES)) {
    it(`grows linearly on ${name} (a megabyte and more)`, async () => {
      await assertLinear(make, read, { small: 256_000 });
    });
  }

  it('grows linearly with the years of a busy calendar', async () => {
    await assertLinear((years) => generateCalendar({ years, oneOffsPerDay: 4 }).text, read, { small: 1, runs: 3 });
  });

  it('grows linearly up to a 50 MB export (4 years to 32)', async () => {
    const sizes: number[] = [];
    await assertLinear((years) => {
      const { text } = generateCalendar({ years });
      sizes.push(text.length);
      return text;
    }, read, { small: 4, runs: 2 });
    assert.ok((sizes[1] ?? 0) > 50e6, `${((sizes[1] ?? 0) / 1e6).toFixed(1)} MB`);
  });

  it('reads a 50 MB export whole, counting every event', () => {
    const { text, occurrences } = generateCalendar({ firstYear: 1996, years: 30 });
    assert.ok(text.length > 50e6, `${(text.length / 1e6).toFixed(1)} MB`);
    const started = performance.now();
    const reading = readCalendars([{ name: 'big.ics', text }], {
      from: { year: 1996, month: 1, day: 1 }, to: { year: 2025, month: 12, day: 31 }, me: [GENERATED_OWNER], timeZone: 'Europe/Berlin',
    });
    console.log(`      ${(text.length / 1e6).toFixed(1)} MB, ${reading.occurrences.length.toLocaleString('en')} occurrences in ${(performance.now() - started).toFixed(0)} ms`);
    assert.deepEqual(reading.problems, []);
    assert.equal(reading.occurrences.length + reading.counts.declined + reading.counts.cancelled, occurrences);
  });
});
