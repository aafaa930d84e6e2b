import * as assert from 'node:assert/strict';
import { parseCalendar, readCalendars, type CalendarText } from '../../../../src/core/timeAudit/readCalendars';
import { GENERATED_OWNER, generateCalendar } from '../../../support/calendarGenerator';
import { calendar, fixture, OWNER, ZONE } from './calendarFixtures';
import { assertReadAsIcal, veventBlocks } from './eventPropertiesCheck';

/** The same reading, problems and all, whether events are read by eventProperties.ts or by ical.js whole. */
function assertSameReading(text: CalendarText, from = { year: 2026, month: 1, day: 1 }, to = { year: 2026, month: 3, day: 31 }, me = OWNER): void {
  const fast = parseCalendar(text);
  const whole = parseCalendar(text, { wholeByIcal: true });
  assert.deepEqual(fast, whole);
  const options = { from, to, me: [me], timeZone: ZONE };
  assert.deepEqual(readCalendars([fast], options), readCalendars([whole], options));
  assert.deepEqual(readCalendars([text], options), readCalendars([whole], options));
}

const block = (...lines: string[]): string => ['BEGIN:VEVENT', ...lines, 'END:VEVENT', ''].join('\r\n');
const BASE = ['UID:u1', 'DTSTART:20260105T090000Z', 'DTEND:20260105T100000Z', 'SUMMARY:Sync'];

describe('time audit: reading only the properties used (eventProperties.ts)', () => {
  for (const name of ['outlook-export', 'google-export', 'apple-export'] as const) {
    it(`reads the ${name} fixture as ical.js does, event for event, nearly every event without it`, () => {
      const text = fixture(name);
      assertSameReading(text);
      const paths = veventBlocks(text.text).map(assertReadAsIcal);
      assert.ok(paths.length >= 5);
      // Outlook's quoted CN and TZID, Google's and Apple's shapes: all read here.
      assert.deepEqual(paths.filter((path) => path === 'whole'), []);
    });
  }

  it('reads a generated busy calendar (a year) as ical.js does', () => {
    const { text } = generateCalendar({ seed: 7, years: 1, oneOffsPerDay: 2 });
    assertSameReading({ name: 'busy.ics', text }, { year: 2016, month: 1, day: 1 }, { year: 2016, month: 12, day: 31 }, GENERATED_OWNER);
  });

  it('drops descriptions, timestamps, locations, attachments and alarms, and keeps the rest as ical.js gives it', () => {
    const text = block(
      ...BASE,
      'DESCRIPTION;LANGUAGE=en-US:Agenda\\, notes\\nand more',
      'X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Agenda</p></body></html>',
      'CREATED:20251201T101500Z', 'LAST-MODIFIED:20251201T101500Z', 'DTSTAMP:20260401T080000Z',
      'LOCATION:Room 4.12 (Berlin)', 'ATTACH;FMTTYPE=application/pdf;FILENAME="a; b: c.pdf":https://files.example/a.pdf',
      'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-PT15M', 'DESCRIPTION:Reminder', 'END:VALARM',
      'ATTENDEE;CN="Lopez, Ana: PM";PARTSTAT=DECLINED;CUTYPE=INDIVIDUAL:mailto:ana@northwind.example',
      'ORGANIZER;CN=Sam Rivera;SENT-BY="mailto:pa@northwind.example":mailto:sam@northwind.example',
      'RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10', 'EXDATE;TZID=Europe/Berlin:20260107T100000,20260112T100000',
      'SEQUENCE:3', 'STATUS:CONFIRMED', 'TRANSP:TRANSPARENT', 'SUMMARY;LANGUAGE=en-us:Sync\\; review\\, planning\\\\notes\\Nend',
    );
    assert.equal(assertReadAsIcal(text), 'fast');
  });

  it('reads folded lines as ical.js unfolds them: in a name, a parameter, a quoted value and a value; with a space or a tab', () => {
    const text = block(
      'UID:u1', 'DTST', ' ART;TZ', '\tID="W. Europe', '  Standard Time":2026010', ' 5T090000', 'DTEND:20260105T100000Z',
      'SUMMARY:A long title that an exporter folded at seventy-five octets, as RFC 5545 as', ' ks it to',
      'DESCRIPTION:Folded description', ' BEGIN:VEVENT', ' END:VEVENT', '\tmore',
    );
    assert.equal(assertReadAsIcal(text), 'fast');
    assertSameReading({ name: 'folded.ics', text: `BEGIN:VCALENDAR\r\n${text}END:VCALENDAR\r\n` });
  });

  it('keeps an event whose description holds BEGIN:VEVENT text, folded or escaped, as one event', () => {
    const text = calendar(
      [...BASE, 'DESCRIPTION:Forwarded invite:\\nBEGIN:VEVENT\\nUID:fake\\nDTSTART:20260106T090000Z\\nEND:VEVENT\\n'],
      ['UID:u2', 'DTSTART:20260106T090000Z', 'DTEND:20260106T100000Z', 'SUMMARY:Second', 'DESCRIPTION:Text with', ' BEGIN:VEVENT', ' UID:fake2', ' END:VEVENT'],
    );
    assertSameReading({ name: 'inner.ics', text });
    const reading = readCalendars([{ name: 'inner.ics', text }], { from: { year: 2026, month: 1, day: 1 }, to: { year: 2026, month: 1, day: 31 }, me: [OWNER], timeZone: ZONE });
    assert.deepEqual(reading.occurrences.map((occurrence) => occurrence.event.uid), ['u1', 'u2']);
    assert.deepEqual(reading.problems, []);
  });

  it('reads LF-only files, blank lines and a last line with no newline as ical.js does', () => {
    const lf = block(...BASE, '', 'DESCRIPTION:x', '', ' continued: after a blank line', 'SEQUENCE:2').replace(/\r\n/g, '\n');
    assert.equal(assertReadAsIcal(lf), 'fast');
    assert.equal(assertReadAsIcal(block(...BASE).trimEnd()), 'fast');
    assertSameReading({ name: 'lf.ics', text: `BEGIN:VCALENDAR\n${lf}END:VCALENDAR` });
  });

  it('reads dates, date-times and their VALUE parameter as ical.js converts them, unchecked', () => {
    for (const start of ['DTSTART;VALUE=DATE:20260105', 'DTSTART;VALUE=date:2026010', 'DTSTART:2026-01-05', 'DTSTART:20260105T0900', 'DTSTART;VALUE=DATE-TIME:20260105T090000Z', 'DTSTART:']) {
      assert.equal(assertReadAsIcal(block('UID:u', start, 'DURATION:PT30M', 'SEQUENCE:x1')), 'fast', start);
    }
    // Types not copied here go to ical.js's line parser, and still come out the same.
    assert.equal(assertReadAsIcal(block('UID:u', 'DTSTART;VALUE=PERIOD:20260105T090000Z/PT1H', 'SUMMARY;VALUE=URI:x')), 'fast');
  });

  it('hands ical.js the parameters it would unescape or split, and reads them as it does', () => {
    for (const attendee of [
      'ATTENDEE;CN=Ana^\'s laptop:mailto:a@b.example', 'ATTENDEE;CN="Ana \\"A\\"":mailto:a@b.example',
      'ATTENDEE;DELEGATED-FROM="mailto:x@b.example","mailto:y@b.example":mailto:a@b.example',
      'ATTENDEE;MEMBER="mailto:team@b.example":mailto:a@b.example', 'ATTENDEE;CN="Ana"x;ROLE=CHAIR:mailto:a@b.example',
      'ATTENDEE;X-A=1;X-A=2;cn=ana:mailto:a@b.example',
    ]) {
      assert.equal(assertReadAsIcal(block(...BASE, attendee)), 'fast', attendee);
    }
  });

  it('gives ical.js the whole block where it would refuse it, so the message is its own', () => {
    for (const bad of [
      ['DESCRIPTION;ALTREP="cid:part1:Agenda'], // no closing quote, in a line the audit never reads
      ['X-ALT-DESC;=x:y'], ['not a property'], ['LOCATION;FMTTYPE'], ['BEGIN:VALARM', 'TRIGGER:-PT15M'],
      ['FREEBUSY:20260105T090000Z'], ['ATTENDEE;CN="unclosed:mailto:a@b.example'],
    ]) {
      const text = block(...BASE, ...bad);
      assert.equal(assertReadAsIcal(text), 'whole', bad.join(' | '));
      assertSameReading({ name: 'bad.ics', text: calendar(BASE, [...BASE.map((line) => line.replace('u1', 'u2')), ...bad]) });
    }
    // Lines ical.js reads strangely (an END too many, a line after it): its reading of the event alone
    // stands. (In a batch, after another event, ical.js files a line after a stray END under that
    // other event and reads this one without error; so the old batched reading depended on the
    // neighbours, and every event is now read alone.)
    for (const odd of [['END:VALARM'], ['END:VALARM', 'SUMMARY:after'], ['BEGIN;X=1:VALARM'], ['END:VEVENT', 'BEGIN:VEVENT']]) {
      assertSameReading({ name: 'odd.ics', text: calendar([...BASE, ...odd]) });
    }
  });

  it('reads a truncated export the same way: every complete event, the same message', () => {
    const whole = fixture('outlook-export').text;
    for (const fraction of [0.3, 0.55, 0.8]) {
      assertSameReading({ name: 'cut.ics', text: whole.slice(0, Math.floor(whole.length * fraction)) });
    }
  });
});
