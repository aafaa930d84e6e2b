import * as assert from 'node:assert/strict';
import { buildReport } from '../../../../src/core/report/reportModel';
import { renderTextReport, terminalText } from '../../../../src/core/report/textReport';
import { day, entry, tagged } from '../trends/fixtures';

const TODAY = day('2026-11-23');

describe('report: terminal text', () => {
  it('replaces control characters so an entry cannot drive the terminal', () => {
    assert.equal(terminalText('a\u001b[31mred\u0007\r\n\u009b\u202e'), 'a\\x1b[31mred\\x07\\r\\n\\x9b\\u202e');
    assert.equal(terminalText('Ana María — ok'), 'Ana María — ok');
  });

  it('prints the headline numbers, the last eight weeks and the traps with their paths', () => {
    const entries = [
      tagged('2026-11-20', 0.75, { people: ['Bo'], style: 'coaching' }),
      tagged('2026-11-19', 0.25, { traps: ['taskmaster-manager'], title: 'Push \u001b[2J', path: '2026/11/push.md' }),
      entry('2026-01-05'),
    ];
    const text = renderTextReport(buildReport(entries, [{ path: 'x.md', reason: 'r' }], TODAY), 'journal');
    assert.match(text, /^Leadership Journal report for journal, as of 2026-11-23\n3 entries, 2026-01-05 to 2026-11-20 \(1 file skipped\)\n/);
    assert.match(text, /Balance: 2 of 3 entries tagged; 1 unclear \(nothing in them shows either side, so not in the shares\)\n {2}why 50 % {3}how 50 % {3}balanced 0 %.*unclear 1\)/);
    const weeks = text.slice(text.indexOf('Last 8 weeks'), text.indexOf('Streaks')).trim().split('\n');
    assert.equal(weeks.length, 1 + 1 + 8, 'title, header and eight weeks');
    assert.match(weeks.at(-2) ?? '', /^ {2}2026-W47 {3}2026-11-16 +2 +50 % +50 %$/);
    assert.match(text, /Taskmaster manager: 1\n {4}2026-11-19 {2}2026\/11\/push\.md {2}Push \\x1b\[2J\n/);
    assert.match(text, /^ {2}Bo +1 +coaching 1$/m);
    assert.match(text, /current {2}2 days, 2026-11-19 to 2026-11-20/);
    assert.ok(!text.includes('\u001b'), 'no escape character reaches the terminal');
  });

  it('says there are no entries rather than printing empty tables', () => {
    const text = renderTextReport(buildReport([], [], TODAY), 'journal');
    assert.equal(text, 'Leadership Journal report for journal, as of 2026-11-23\nno entries\n');
  });
});
