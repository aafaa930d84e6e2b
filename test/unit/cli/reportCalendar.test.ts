// `leadership-journal report DIR --calendar FILE…`: the calendar's hours beside the writing, in the
// terminal and in JSON, the journal's own rules.yml applied, problems on stderr, and no title or
// address in the report.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '../../../src/cli/run';
import type { JournalReport } from '../../../src/core/report/reportModel';
import { calendar } from '../core/timeAudit/calendarFixtures';
import { capture } from './captureIo';

const ME = 'sam@northwind.example';

function pinned(date: string, why: number): string {
  return `---\ndate: ${date}\nkind: daily\ntags: [${why > 0.5 ? 'why' : 'how'}]\nwhy: ${why}\nhow: ${Math.round((1 - why) * 10) / 10}\ntags-pinned: true\n---\n\n# ${date}\n\nWritten.\n`;
}

// Week 2026-W47 (Mon 11-16 … Sun 11-22), floating local times: a 1:1, three hours of planning with
// two others; and an event the owner declined.
const WORK = calendar(
  ['UID:a', 'SUMMARY:Ana / Sam', 'DTSTART:20261116T100000', 'DTEND:20261116T110000', `ORGANIZER:mailto:${ME}`, 'ATTENDEE:mailto:ana@northwind.example'],
  ['UID:b', 'SUMMARY:Roadmap planning', 'DTSTART:20261117T090000', 'DTEND:20261117T120000', `ORGANIZER:mailto:ana@northwind.example`, `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${ME}`, 'ATTENDEE:mailto:ben@northwind.example'],
  ['UID:c', 'SUMMARY:Vendor pitch', 'DTSTART:20261118T090000', 'DTEND:20261118T120000', 'ORGANIZER:mailto:rep@vendor.example', `ATTENDEE;PARTSTAT=DECLINED:mailto:${ME}`],
);

describe('cli report --calendar', () => {
  let root: string;
  let journal: string;
  let work: string;
  let folder: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'lj-report-calendar-'));
    journal = join(root, 'journal');
    const write = (path: string, text: string): void => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    };
    write(join(journal, '2026/11/2026-11-16.md'), pinned('2026-11-16', 0.8));
    write(join(journal, '2026/11/2026-11-18.md'), pinned('2026-11-18', 0.8));
    work = join(root, 'exports', 'work.ics');
    write(work, WORK);
    folder = join(root, 'more');
    write(join(folder, 'broken.ics'), '<html>a login page</html>');
    write(join(folder, 'notes.txt'), 'not a calendar');
  });

  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  async function report(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    const { io, out, err } = capture({ disk: true });
    const code = await run(['report', ...args], io);
    return { code, out: out.join(''), err: err.join('') };
  }

  it('adds the calendar\'s hours per week and said vs did to the JSON, with no title or address', async () => {
    const { code, out, err } = await report(journal, '--json', '--calendar', work, '--me', ME);
    assert.equal(code, 0, err);
    const parsed = JSON.parse(out) as JournalReport;
    const calendarPart = parsed.calendar;
    assert.ok(calendarPart);
    assert.deepEqual(calendarPart.weeks.map((week) => week.week), ['2026-W47', '2026-W48']);
    const [w47] = calendarPart.weeks;
    assert.equal(w47?.hours['one-on-one'], 1);
    assert.equal(w47?.hours.planning, 3);
    assert.equal(w47?.hours.external, 0, 'the declined vendor pitch is left out');
    assert.equal(w47?.meetings, 2);
    assert.equal(w47?.whyShare, 0.25);
    assert.equal(calendarPart.saidVsDid.writingWhy, 0.8);
    assert.match(calendarPart.saidVsDid.sentence, /^You wrote mostly about the why \(80 %\), but 75 % of your calendar time went to the how/);
    for (const secret of ['Ana / Sam', 'Roadmap', 'Vendor', '@northwind', 'vendor.example']) {
      assert.ok(!out.includes(secret), `the report holds "${secret}"`);
    }
  });

  it('prints the calendar in the terminal, reads folders, and lists problems on stderr while counting the rest', async () => {
    const { code, out, err } = await report(journal, '--calendar', work, folder, '--me', ME);
    assert.equal(code, 0, err);
    assert.match(out, /^Calendar: 2 files, 2 events in the range$/m);
    assert.match(out, /^ {2}4 h in 2 meetings; why 25 % of the time/m);
    assert.match(out, /^ {2}Planning, review and status {3}how +3$/m);
    assert.match(out, /^Said vs did: You wrote mostly about the why/m);
    assert.match(err, /broken\.ics: is not an iCalendar \(\.ics\) file/);
    assert.doesNotMatch(err, /notes\.txt/, 'only .ics files in a folder are read');
  });

  it('puts the same numbers in the HTML page, escaped', async () => {
    const page = join(root, 'report.html');
    const { code, err } = await report(journal, '--html', page, '--calendar', work, '--me', ME);
    assert.equal(code, 0, err);
    const html = readFileSync(page, 'utf8');
    assert.match(html, /<h2 id="time-title">Where the time went<\/h2>\n<p>You wrote mostly about the why \(80 %\)/);
    assert.match(html, /<tr><td>Planning, review and status<\/td><td>how<\/td><td class="num">3<\/td><\/tr>/);
    assert.match(html, /<tr><td>2026-W47<\/td><td class="num">4<\/td><td class="num">2<\/td><td class="num">25%<\/td><\/tr>/);
    assert.ok(!html.includes('Roadmap') && !html.includes('northwind'));
  });

  it('applies the journal\'s .calendar/rules.yml and reports its mistakes', async () => {
    const rules = join(journal, '.calendar', 'rules.yml');
    mkdirSync(dirname(rules), { recursive: true });
    writeFileSync(rules, 'categories:\n  planning: { side: why }\n  one-on-one: { side: sideways }\n');
    try {
      const { code, out, err } = await report(journal, '--json', '--calendar', work, '--me', ME);
      assert.equal(code, 0, err);
      assert.equal((JSON.parse(out) as JournalReport).calendar?.weeks[0]?.whyShare, 1);
      assert.match(err, /\.calendar\/rules\.yml: categories\.one-on-one\.side: Expected one of why, how, neither; got "sideways"/);
    } finally {
      rmSync(rules);
    }
  });

  it('refuses --calendar with no file, --me without --calendar, and calendars that cannot be read at all', async () => {
    const none = await report(journal, '--calendar');
    assert.equal(none.code, 2);
    assert.match(none.err, /--calendar needs at least one FILE/);
    const meAlone = await report(journal, '--me', ME);
    assert.equal(meAlone.code, 2);
    assert.match(meAlone.err, /--me is only used with --calendar/);
    const missing = await report(journal, '--calendar', join(root, 'nowhere.ics'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read the calendar .*nowhere\.ics/);
    assert.match(missing.err, /no calendar could be read/);
  });
});
