import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { PROBLEMS_SHOWN_PER_KIND } from '../../../../src/core/timeAudit/calendarProblems';
import { calendar, fixture, lines, read } from './calendarFixtures';

const event = (uid: string, ...more: string[]): string[] => [`UID:${uid}`, 'DTSTART:20260105T090000Z', 'DTEND:20260105T100000Z', `SUMMARY:${uid}`, ...more];

describe('time audit: bad input', () => {
  it('names a file that is not iCalendar, and still reads the others', () => {
    const reading = read([
      { name: 'notes.txt', text: 'Meeting notes\nnothing here' },
      { name: 'page.ics', text: '<!DOCTYPE html><html><body>Sign in</body></html>' },
      { name: 'empty.ics', text: '' },
      fixture('apple-export'),
    ]);
    assert.deepEqual(reading.problems.map((problem) => [problem.kind, problem.file]), [
      ['not-icalendar', 'notes.txt'], ['not-icalendar', 'page.ics'], ['not-icalendar', 'empty.ics'],
    ]);
    assert.match(reading.problems[1]?.message ?? '', /page\.ics: is not an iCalendar \(\.ics\) file: it has no BEGIN:VCALENDAR line \(it starts "<!DOCTYPE html>/);
    assert.match(reading.problems[2]?.message ?? '', /is empty/);
    assert.equal(reading.occurrences.length, 6);
  });

  it('counts the events of a truncated file before the cut, and says where it was cut', () => {
    const whole = fixture('google-export').text;
    const cut = whole.slice(0, whole.indexOf('SUMMARY:Architecture guild'));
    const reading = read([{ name: 'cut.ics', text: cut }]);
    assert.equal(reading.problems.length, 1);
    const [problem] = reading.problems;
    assert.equal(problem?.kind, 'truncated');
    assert.match(problem?.message ?? '', /cut\.ics:\d+: the file ends inside the VEVENT that begins here: it looks cut short/);
    assert.ok(lines(reading).includes('2026-01-07T13:00Z 60m Quarterly planning'));
  });

  it('leaves out an event with a malformed line, naming its line, and keeps the rest of the batch', () => {
    const text = calendar(event('one'), ['UID:two', 'DTSTART:20260106T090000Z', 'this line is not a property', 'SUMMARY:two'], event('three').map((line) => line.replace('20260105', '20260107')));
    const reading = read([{ name: 'bad.ics', text }]);
    assert.deepEqual(reading.occurrences.map((occurrence) => occurrence.event.title), ['one', 'three']);
    assert.equal(reading.problems.length, 1);
    assert.equal(reading.problems[0]?.kind, 'unreadable');
    assert.equal(reading.problems[0]?.line, 10); // the BEGIN:VEVENT line; ical.js's message quotes the bad line
    assert.match(reading.problems[0]?.message ?? '', /bad\.ics:10: this VEVENT cannot be read \(invalid line/);
  });

  it('reads a VEVENT with no END as broken where the next one begins', () => {
    const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', ...event('open'), 'BEGIN:VEVENT', ...event('closed'), 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    const reading = read([{ name: 'a.ics', text }]);
    assert.deepEqual(reading.occurrences.map((occurrence) => occurrence.event.title), ['closed']);
    assert.deepEqual(reading.problems.map((problem) => [problem.kind, problem.line]), [['unreadable', 2]]);
  });

  it('places an event in an unknown time zone in local time, naming the zone once and noting it on the event', () => {
    const text = calendar(
      ['UID:z1', 'DTSTART;TZID=Customized Time Zone:20260105T090000', 'DTEND;TZID=Customized Time Zone:20260105T100000', 'SUMMARY:Odd zone'],
      ['UID:z2', 'DTSTART;TZID=Customized Time Zone:20260106T090000', 'DTEND;TZID=Customized Time Zone:20260106T100000', 'SUMMARY:Odd zone again'],
    );
    const reading = read([{ name: 'zones.ics', text }]);
    assert.deepEqual(lines(reading), ['2026-01-05T08:00Z 60m Odd zone', '2026-01-06T08:00Z 60m Odd zone again']);
    assert.equal(reading.problems.length, 1);
    assert.equal(reading.problems[0]?.kind, 'unknown-zone');
    assert.match(reading.problems[0]?.message ?? '', /"Customized Time Zone" is not defined in the file and is not a known IANA or Windows time zone; its events are placed in local time \(Europe\/Berlin\)/);
    assert.deepEqual(reading.occurrences[0]?.event.notes, ['time zone "Customized Time Zone" is unknown: read as local time (Europe/Berlin)']);
  });

  it('reads an event with no end as 0 minutes, and leaves out one that ends before it starts, each with a message', () => {
    const text = calendar(
      ['UID:no-end', 'DTSTART:20260105T090000Z', 'SUMMARY:Reminder'],
      ['UID:backwards', 'DTSTART:20260105T090000Z', 'DTEND:20260105T080000Z', 'SUMMARY:Backwards'],
      ['UID:negative', 'DTSTART:20260105T090000Z', 'DURATION:-PT30M', 'SUMMARY:Negative'],
      ['UID:all-day', 'DTSTART;VALUE=DATE:20260105', 'SUMMARY:All day, no end'],
    );
    const reading = read([{ name: 'ends.ics', text }]);
    assert.deepEqual(lines(reading), ['2026-01-04T23:00Z 1440m All day, no end', '2026-01-05T09:00Z 0m Reminder']);
    assert.deepEqual(reading.problems.map((problem) => problem.kind), ['no-end', 'negative-duration', 'negative-duration']);
    assert.match(reading.problems[0]?.message ?? '', /"Reminder" has no end \(no DTEND or DURATION\): counted as 0 minutes/);
    assert.match(reading.problems[1]?.message ?? '', /"Backwards" ends before it starts; it is left out/);
  });

  it('counts an event that appears twice once (in one file or two), the copy with the highest SEQUENCE', () => {
    const first = calendar(event('dup', 'SEQUENCE:0'));
    const second = calendar(event('dup', 'SEQUENCE:2').map((line) => line.replace('T100000Z', 'T103000Z')));
    const reading = read([{ name: 'work.ics', text: first }, { name: 'shared.ics', text: second }]);
    assert.deepEqual(lines(reading), ['2026-01-05T09:00Z 90m dup']);
    assert.equal(reading.problems.length, 1);
    assert.equal(reading.problems[0]?.kind, 'duplicate-uid');
    assert.match(reading.problems[0]?.message ?? '', /"dup" appears 2 times \(work\.ics:\d+, shared\.ics:\d+\); it is counted once, as at shared\.ics:\d+/);
    const same = read([{ name: 'a.ics', text: calendar(event('twin'), event('twin')) }]);
    assert.equal(same.occurrences.length, 1);
  });

  it('reports values that are not dates, and a start that is missing, leaving out only those events', () => {
    const text = calendar(
      ['UID:bad-start', 'DTSTART:2026xx05T090000Z', 'SUMMARY:Bad start'],
      ['UID:no-start', 'SUMMARY:No start'],
      ['UID:bad-exdate', 'DTSTART:20260105T090000Z', 'DTEND:20260105T100000Z', 'RRULE:FREQ=DAILY;COUNT=2', 'EXDATE:20261399T000000Z', 'SUMMARY:Bad exdate'],
      ['UID:bad-end', 'DTSTART:20260108T090000Z', 'DTEND:20260132T100000Z', 'SUMMARY:Bad end'],
    );
    const reading = read([{ name: 'values.ics', text }]);
    assert.deepEqual(lines(reading), ['2026-01-05T09:00Z 60m Bad exdate', '2026-01-06T09:00Z 60m Bad exdate', '2026-01-08T09:00Z 0m Bad end']);
    assert.deepEqual(reading.problems.map((problem) => problem.kind), ['bad-value', 'no-start', 'bad-value', 'bad-value', 'no-end']);
  });

  it('stops a rule that repeats too often, and reads a rule ical.js refuses as its first occurrence', () => {
    const text = calendar(
      ['UID:minutely', 'DTSTART:20250101T000000Z', 'DURATION:PT1M', 'RRULE:FREQ=MINUTELY', 'SUMMARY:Every minute'],
      ['UID:broken-rule', 'DTSTART:20260105T090000Z', 'DTEND:20260105T100000Z', 'RRULE:FREQ=WEEKLY;BYMONTHDAY=1', 'SUMMARY:Broken rule'],
    );
    const reading = read([{ name: 'rules.ics', text }], '2026-01-01', '2026-01-31', 2_000);
    assert.deepEqual(reading.problems.map((problem) => problem.kind).sort(), ['bad-rule', 'too-many-occurrences']);
    assert.match(reading.problems.find((problem) => problem.kind === 'too-many-occurrences')?.message ?? '', /"Every minute" repeats more than 2,000 times before the end of the range; only those are counted/);
    assert.ok(lines(reading).includes('2026-01-05T09:00Z 60m Broken rule'));
  });

  it('shows the first problems of a kind and sums up the rest', () => {
    const many = Array.from({ length: PROBLEMS_SHOWN_PER_KIND + 5 }, (_, index) => [`UID:n${index}`, `DTSTART:202601${String(5 + (index % 20)).padStart(2, '0')}T090000Z`, `SUMMARY:n${index}`]);
    const reading = read([{ name: 'many.ics', text: calendar(...many) }]);
    assert.equal(reading.occurrences.length, PROBLEMS_SHOWN_PER_KIND + 5);
    assert.equal(reading.problems.length, PROBLEMS_SHOWN_PER_KIND + 1);
    assert.match(reading.problems.at(-1)?.message ?? '', /many\.ics: 5 more problems like these \(no-end, 25 in all\)/);
  });

  it('never throws, whatever is cut from, doubled in or swapped within a real export (property)', () => {
    const source = fixture('outlook-export').text.split('\r\n');
    const edit = fc.array(fc.record({ at: fc.nat({ max: source.length - 1 }), kind: fc.constantFrom('drop', 'double', 'garble', 'cut') }), { maxLength: 6 });
    fc.assert(fc.property(edit, (edits) => {
      let text = [...source];
      for (const { at, kind } of edits) {
        if (kind === 'drop') text.splice(at, 1);
        else if (kind === 'double') text.splice(at, 0, text[at] ?? '');
        else if (kind === 'garble') text[at] = (text[at] ?? '').split('').reverse().join('');
        else text = text.slice(0, at);
      }
      const reading = read([{ name: 'edited.ics', text: text.join('\r\n') }]);
      assert.ok(Array.isArray(reading.occurrences));
      for (const occurrence of reading.occurrences) {
        assert.ok(Number.isFinite(occurrence.start) && occurrence.end >= occurrence.start);
      }
    }), { numRuns: 150 });
  });
});
