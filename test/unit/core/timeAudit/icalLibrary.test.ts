import * as assert from 'node:assert/strict';
import { parseComponents, recurrenceIterator, vtimezoneOffsets } from '../../../../src/core/timeAudit/icalLibrary';

const wall = (text: string): number => Date.parse(`${text}Z`);
const iso = (ms: number | undefined): string => (ms === undefined ? 'end' : new Date(ms).toISOString().slice(0, 16));

describe('time audit: the ical.js boundary', () => {
  it('parses one component or several into jCal, and throws ical.js\'s message on a bad line', () => {
    const event = 'BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260105T090000Z\r\nEND:VEVENT\r\n';
    assert.equal(parseComponents(event).length, 1);
    assert.equal(parseComponents(event + event.replace('UID:a', 'UID:b')).length, 2);
    assert.equal(parseComponents(event)[0]?.[0], 'vevent');
    assert.throws(() => parseComponents('BEGIN:VEVENT\r\nnot a property\r\nEND:VEVENT\r\n'), /invalid line/);
  });

  it('expands a rule in wall-clock time, up to an UNTIL given in the same wall clock', () => {
    const iterator = recurrenceIterator({ freq: 'WEEKLY', byday: ['MO', 'TH'] }, wall('2026-01-05T09:00:00'), false, wall('2026-01-12T09:00:00'));
    const seen = [iterator.next(), iterator.next(), iterator.next(), iterator.next()].map(iso);
    assert.deepEqual(seen, ['2026-01-05T09:00', '2026-01-08T09:00', '2026-01-12T09:00', 'end']);
  });

  it('expands date-only rules, and COUNT', () => {
    const iterator = recurrenceIterator({ freq: 'YEARLY', count: 2 }, wall('2020-01-09T00:00:00'), true, undefined);
    assert.deepEqual([iterator.next(), iterator.next(), iterator.next()].map(iso), ['2020-01-09T00:00', '2021-01-09T00:00', 'end']);
  });

  it('throws on a rule ical.js refuses', () => {
    assert.throws(() => {
      recurrenceIterator({ freq: 'WEEKLY', bymonthday: [1] }, wall('2026-01-05T09:00:00'), false, undefined).next();
    });
  });

  it('reads a VTIMEZONE\'s offsets at wall-clock times (Outlook\'s 1601 rules)', () => {
    const [zone] = parseComponents([
      'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time',
      'BEGIN:STANDARD', 'DTSTART:16011028T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:16010325T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT',
      'END:VTIMEZONE', '',
    ].join('\r\n'));
    assert.ok(zone);
    const offsets = vtimezoneOffsets(zone);
    assert.equal(offsets(wall('2026-01-05T09:00:00')), 3_600_000);
    assert.equal(offsets(wall('2026-07-06T09:00:00')), 7_200_000);
  });
});
