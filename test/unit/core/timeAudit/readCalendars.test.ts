import * as assert from 'node:assert/strict';
import { calendar, fixture, lines, read } from './calendarFixtures';

describe('time audit: reading exported calendars', () => {
  it('reads an Outlook export: its own VTIMEZONE, Windows zone names without one, EXDATE, a moved meeting', () => {
    const reading = read([fixture('outlook-export')]);
    assert.deepEqual(reading.problems, []);
    assert.deepEqual(lines(reading), [
      '2026-01-05T08:00Z 60m Team meeting', // W. Europe Standard Time, from the file's VTIMEZONE
      '2026-01-06T15:00Z 30m Dara / Sam 1:1', // "(UTC-05:00) Eastern Time (US & Canada)": a display name
      '2026-01-08T13:00Z 120m Focus time',
      '2026-01-12T08:00Z 60m Team meeting',
      // 2026-01-19 is an EXDATE; 01-26 was moved to 01-27 at 10:00 (RECURRENCE-ID).
      '2026-01-27T09:00Z 60m Team meeting',
      '2026-02-02T08:00Z 60m Team meeting',
      '2026-02-09T08:00Z 60m Team meeting',
      '2026-02-16T08:00Z 60m Team meeting',
      '2026-02-23T08:00Z 60m Team meeting', // UNTIL=20260223T080000Z (UTC) includes it
      // "Pacific Standard Time", no VTIMEZONE: 09:00 in Los Angeles before and after US summer time.
      '2026-03-02T17:00Z 60m Contoso rollout',
      '2026-03-09T16:00Z 60m Contoso rollout',
    ]);
    assert.equal(reading.counts.declined, 1); // Vendor demo: the owner's PARTSTAT=DECLINED
    assert.equal(reading.counts.cancelled, 1); // Canceled: Budget review (STATUS:CANCELLED)
    assert.equal(reading.timeZone, 'Europe/Berlin');
  });

  it('reads a Google export: exceptions, a moved and a cancelled occurrence, a lone changed occurrence, UTC UNTIL', () => {
    const reading = read([fixture('google-export')]);
    assert.deepEqual(reading.problems, []);
    const ones = lines(reading).filter((line) => line.endsWith('Ana <> Sam'));
    assert.deepEqual(ones, [
      '2026-01-05T10:00Z 30m Ana <> Sam',
      '2026-01-13T14:00Z 30m Ana <> Sam', // moved from Monday 01-12 to Tuesday 15:00
      // 01-19 EXDATE, 01-26 cancelled through its RECURRENCE-ID
      '2026-02-02T10:00Z 30m Ana <> Sam', '2026-02-09T10:00Z 30m Ana <> Sam', '2026-02-16T10:00Z 30m Ana <> Sam',
      '2026-02-23T10:00Z 30m Ana <> Sam', '2026-03-02T10:00Z 30m Ana <> Sam', '2026-03-09T10:00Z 30m Ana <> Sam',
      '2026-03-16T10:00Z 30m Ana <> Sam', '2026-03-23T10:00Z 30m Ana <> Sam',
      '2026-03-30T09:00Z 30m Ana <> Sam', // summer time in Berlin from 03-29: still 11:00 local
    ]);
    const standUps = lines(reading).filter((line) => line.endsWith('Team stand-up'));
    // Weekdays from 01-05; UNTIL=20260116T082959Z stops before Friday 01-16 at 08:30Z.
    assert.equal(standUps.length, 9);
    assert.equal(standUps.at(-1), '2026-01-15T08:30Z 15m Team stand-up');
    assert.ok(lines(reading).includes('2026-01-07T13:00Z 60m Quarterly planning'), 'the one changed occurrence the owner was invited to');
    assert.ok(lines(reading).includes('2026-01-09T15:00Z 60m All hands (US)'), 'America/New_York with no VTIMEZONE, through Intl');
    assert.ok(lines(reading).includes('2026-01-05T23:00Z 1440m Epiphany (Heilige Drei Könige)'), 'an all-day event from local midnight');
    assert.equal(reading.counts.declined, 1);
    const standUp = reading.occurrences.find((occurrence) => occurrence.event.title === 'Team stand-up');
    assert.deepEqual(standUp?.event.people, ['ben.okafor@northwind.example', 'sam.rivera@northwind.example', 'chen.wei@northwind.example'], 'the room is not a person');
  });

  it('reads an Apple export: all-day and multi-day events, a yearly birthday over the range only, DURATION, floating time', () => {
    const reading = read([fixture('apple-export')]);
    assert.deepEqual(reading.problems, []);
    assert.deepEqual(lines(reading), [
      '2026-01-04T23:00Z 7200m Sprint review week',
      '2026-01-07T15:00Z 45m Mentoring with Rosa', // DTSTART + DURATION:PT45M
      '2026-01-08T07:00Z 60m Write the hiring plan', // no TZID: the user's own (Berlin) time
      '2026-01-08T23:00Z 1440m Ana\'s birthday', // RRULE:FREQ=YEARLY from 2020, only 2026 is in range
      '2026-01-11T23:00Z 1440m Day off',
      '2026-01-13T23:00Z 4320m Leadership conference',
    ]);
    const allDay = reading.occurrences.filter((occurrence) => occurrence.event.allDay).length;
    assert.equal(allDay, 4);
  });

  it('reads several files as one calendar, sorted by start', () => {
    const reading = read([fixture('outlook-export'), fixture('google-export'), fixture('apple-export')]);
    assert.equal(reading.counts.files, 3);
    assert.equal(reading.occurrences.length, 11 + 23 + 6);
    const starts = reading.occurrences.map((occurrence) => occurrence.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('expands a rule with no end only over the range asked', () => {
    const text = calendar(['UID:daily', 'DTSTART:20200101T090000Z', 'DURATION:PT15M', 'RRULE:FREQ=DAILY', 'SUMMARY:Check-in']);
    assert.equal(read([{ name: 'a.ics', text }], '2026-01-01', '2026-01-31').occurrences.length, 31);
    assert.equal(read([{ name: 'a.ics', text }], '2026-02-01', '2026-02-07').occurrences.length, 7);
  });

  it('keeps a meeting that started before the range and runs into it', () => {
    const text = calendar(['UID:late', 'DTSTART:20251231T223000Z', 'DTEND:20260101T003000Z', 'SUMMARY:New Year call']);
    assert.equal(read([{ name: 'a.ics', text }]).occurrences.length, 1);
  });

  it('counts a meeting the owner accepted or did not answer, and leaves out one declined for another address only if it is the owner\'s', () => {
    const text = calendar(
      ['UID:a', 'DTSTART:20260105T090000Z', 'DTEND:20260105T100000Z', 'SUMMARY:Someone else declined', 'ATTENDEE;PARTSTAT=DECLINED:mailto:ana@northwind.example', `ATTENDEE;PARTSTAT=ACCEPTED:mailto:SAM.RIVERA@northwind.example`],
      ['UID:b', 'DTSTART:20260106T090000Z', 'DTEND:20260106T100000Z', 'SUMMARY:Not answered', 'ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:sam.rivera@northwind.example'],
      ['UID:c', 'DTSTART:20260107T090000Z', 'DTEND:20260107T100000Z', 'SUMMARY:I declined', 'ATTENDEE;PARTSTAT=DECLINED:mailto:Sam.Rivera@Northwind.example'],
    );
    const reading = read([{ name: 'a.ics', text }]);
    assert.deepEqual(reading.occurrences.map((occurrence) => occurrence.event.title), ['Someone else declined', 'Not answered']);
    assert.equal(reading.counts.declined, 1);
  });

  it('leaves out one declined occurrence of an accepted series', () => {
    const text = calendar(
      ['UID:s', 'DTSTART:20260105T090000Z', 'DTEND:20260105T100000Z', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:Weekly', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:sam.rivera@northwind.example'],
      ['UID:s', 'RECURRENCE-ID:20260112T090000Z', 'DTSTART:20260112T090000Z', 'DTEND:20260112T100000Z', 'SUMMARY:Weekly', 'ATTENDEE;PARTSTAT=DECLINED:mailto:sam.rivera@northwind.example'],
    );
    assert.deepEqual(lines(read([{ name: 'a.ics', text }])), ['2026-01-05T09:00Z 60m Weekly', '2026-01-19T09:00Z 60m Weekly']);
  });

  it('handles an all-day series with a date EXDATE and a date RECURRENCE-ID', () => {
    const text = calendar(
      ['UID:d', 'DTSTART;VALUE=DATE:20260105', 'DTEND;VALUE=DATE:20260106', 'RRULE:FREQ=DAILY;COUNT=4', 'EXDATE;VALUE=DATE:20260106', 'SUMMARY:Offsite'],
      ['UID:d', 'RECURRENCE-ID;VALUE=DATE:20260107', 'DTSTART;VALUE=DATE:20260109', 'DTEND;VALUE=DATE:20260110', 'SUMMARY:Offsite'],
    );
    assert.deepEqual(lines(read([{ name: 'a.ics', text }])), [
      '2026-01-04T23:00Z 1440m Offsite', '2026-01-07T23:00Z 1440m Offsite', '2026-01-08T23:00Z 1440m Offsite',
    ]);
  });

  it('counts a time an RDATE repeats from the start once', () => {
    const text = calendar(['UID:r2', 'DTSTART:20260105T090000Z', 'DTEND:20260105T100000Z', 'RDATE:20260105T090000Z,20260106T090000Z', 'SUMMARY:Twice']);
    assert.deepEqual(lines(read([{ name: 'a.ics', text }])), ['2026-01-05T09:00Z 60m Twice', '2026-01-06T09:00Z 60m Twice']);
  });

  it('adds RDATEs to a series and reads a DTEND in another zone than DTSTART', () => {
    const text = calendar(
      ['UID:r', 'DTSTART;TZID=Europe/Berlin:20260105T090000', 'DTEND;TZID=Europe/London:20260105T090000', 'RDATE;TZID=Europe/Berlin:20260110T120000', 'RRULE:FREQ=DAILY;COUNT=2', 'SUMMARY:Flight'],
    );
    assert.deepEqual(lines(read([{ name: 'a.ics', text }])), [
      '2026-01-05T08:00Z 60m Flight', '2026-01-06T08:00Z 60m Flight', '2026-01-10T11:00Z 60m Flight',
    ]);
  });
});
