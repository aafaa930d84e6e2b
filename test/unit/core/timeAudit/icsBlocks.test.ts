import * as assert from 'node:assert/strict';
import { scanIcs } from '../../../../src/core/timeAudit/icsBlocks';

describe('time audit: cutting iCalendar text into components', () => {
  const text = [
    'BEGIN:VCALENDAR', 'X-WR-CALNAME:Work', 'BEGIN:VTIMEZONE', 'TZID:X', 'BEGIN:STANDARD', 'END:STANDARD', 'END:VTIMEZONE',
    'BEGIN:VEVENT', 'UID:a', 'DESCRIPTION:says', ' END:VEVENT in a folded line', 'BEGIN:VALARM', 'END:VALARM', 'END:VEVENT',
    'begin:vevent', 'UID:b', 'end:vevent', 'END:VCALENDAR', '',
  ].join('\r\n');

  it('finds the top-level components with their lines, nested ones and folded text inside them', () => {
    const scan = scanIcs(text);
    assert.equal(scan.calendars, 1);
    assert.deepEqual(scan.blocks.map((block) => [block.name, block.line]), [['VTIMEZONE', 3], ['VEVENT', 8], ['VEVENT', 15]]);
    const [, first] = scan.blocks;
    assert.ok(first && text.slice(first.start, first.end).endsWith('END:VEVENT\r\n'));
    assert.equal(scan.truncatedAt, undefined);
    assert.deepEqual(scan.unclosed, []);
  });

  it('says where a cut text ends, and reads events written without a VCALENDAR around them', () => {
    assert.deepEqual(scanIcs(text.slice(0, text.indexOf('UID:b'))).truncatedAt, { name: 'VEVENT', line: 15 });
    assert.deepEqual(scanIcs('BEGIN:VEVENT\nUID:a\nEND:VEVENT\n').blocks.map((block) => block.name), ['VEVENT']);
    assert.equal(scanIcs('hello').calendars, 0);
  });

  it('is linear: no backtracking on long lines or many markers', () => {
    const long = `BEGIN:VCALENDAR\r\n${'BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n'.repeat(20_000)}${'x'.repeat(1_000_000)}\r\nEND:VCALENDAR\r\n`;
    assert.equal(scanIcs(long).blocks.length, 20_000);
  });
});
