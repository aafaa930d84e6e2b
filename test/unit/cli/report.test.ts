// `leadership-journal report` over a small journal written to a temporary folder: the numbers a user
// would check, in all three outputs, and every way the command refuses.
import * as assert from 'node:assert/strict';
import { entryShowing } from '../../support/corpusEntries';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { capture } from './captureIo';
import { run } from '../../../src/cli/run';
import type { JournalReport } from '../../../src/core/report/reportModel';

const XSS = '<img src=x onerror=alert(1)>';


/** An entry whose label and shares are pinned, so the numbers do not depend on the tagger's reading. */
function pinned(date: string, label: string, why: number, body: string, extra = ''): string {
  return `---\ndate: ${date}\nkind: daily\n${extra}tags: [${label}]\nwhy: ${why}\nhow: ${Math.round((1 - why) * 10) / 10}\ntags-pinned: true\n---\n\n${body}\n`;
}

const TRAP_TEXT = entryShowing('micromanaging-leader').text.replace(/^# .*\n/, '');

const FILES: Record<string, string> = {
  '2026/06/2026-06-01.md': pinned('2026-06-01', 'why', 0.7, '# June\n\nI explained why the change matters.'),
  '2026/10/2026-10-05.md': pinned('2026-10-05', 'how', 0.1, '# October\n\nI rebuilt the rota.'),
  '2026/11/2026-11-16-1on1-ana.md': pinned('2026-11-16', 'why', 0.8, '# 1:1 with Ana\n\nI asked Ana what she wants to grow into.', 'people: [Ana]\n'),
  '2026/11/2026-11-17.md': pinned('2026-11-17', 'how', 0.2, '# Tuesday\n\nI moved the audit deadline.'),
  '2026/11/2026-11-18.md': pinned('2026-11-18', 'balanced', 0.5, '# Wednesday\n\nBoth today.'),
  '2026/11/2026-11-19.md': pinned('2026-11-19', 'how', 0.2, `# ${XSS}\n\n${TRAP_TEXT}`),
  '2026/11/2026-11-20.md': pinned('2026-11-20', 'why', 0.9, '# Friday\n\nI thanked the team.', 'people: [Ana, Bo]\n'),
  '2026/11/broken.md': '---\ndate: [2026-11-21\nkind: daily\n---\n\n# Broken\n',
  'notes/ideas.md': '# Ideas with no date anywhere\n',
  '.templates/daily.md': '---\ndate: 2026-11-22\n---\n\n# A template, not an entry\n',
  'node_modules/pkg/readme.md': '---\ndate: 2026-11-22\n---\n',
  'notes/todo.txt': 'not Markdown',
};

describe('cli report', () => {
  let root: string;
  let journal: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'lj-report-'));
    journal = join(root, 'journal');
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(journal, path)), { recursive: true });
      writeFileSync(join(journal, path), text);
    }
  });

  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  async function report(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    const { io, out, err } = capture({ disk: true });
    const code = await run(['report', ...args], io);
    return { code, out: out.join(''), err: err.join('') };
  }

  async function jsonReport(...args: string[]): Promise<JournalReport> {
    const result = await report(journal, '--json', ...args);
    assert.equal(result.code, 0, result.err);
    return JSON.parse(result.out) as JournalReport;
  }

  it('summarises the journal in the terminal: totals, shares, weeks, streaks, traps, people', async () => {
    const { code, out } = await report(journal);
    assert.equal(code, 0);
    assert.match(out, /as of 2026-11-23/);
    assert.match(out, /^7 entries, 2026-06-01 to 2026-11-20 \(2 files skipped\)$/m);
    assert.match(out, /Balance: 7 of 7 entries tagged/);
    // (0.7 + 0.1 + 0.8 + 0.2 + 0.5 + 0.2 + 0.9) / 7 = 0.486; one balanced entry in seven.
    assert.match(out, /why 49 % {3}how 51 % {3}balanced 14 % {3}\(labels: why 3, how 3, balanced 1, unclear 0\)/);
    assert.match(out, /Last 8 weeks/);
    assert.match(out, /2026-W41 {3}2026-10-05 +1 +10 % +90 %/);
    assert.match(out, /2026-W47 {3}2026-11-16 +5 +52 % +48 %/);
    assert.match(out, /2026-W48 {3}2026-11-23 +0 +— +—/);
    assert.doesNotMatch(out, /2026-W40/);
    assert.match(out, /current {2}5 days, 2026-11-16 to 2026-11-20/);
    assert.match(out, /Micromanaging leader: 1\n {4}2026-11-19 {2}2026\/11\/2026-11-19\.md {2}<img src=x onerror=alert\(1\)>/);
    assert.match(out, /^ {2}Ana +2 /m);
    assert.match(out, /^ {2}Bo +1 /m);
    assert.match(out, /entries per week +1\.5 +0\.1 +\+1\.4/);
  });

  it('lists files that are not entries on stderr with their reasons, and never reads dot-folders or node_modules', async () => {
    const { code, err } = await report(journal);
    assert.equal(code, 0);
    assert.match(err, /skipped 2 files that are not entries/);
    assert.match(err, /2026\/11\/broken\.md: invalid YAML in front matter/);
    assert.match(err, /notes\/ideas\.md: no date in its front matter or file name/);
    assert.doesNotMatch(err, /templates|node_modules|todo\.txt/);
  });

  it('prints JSON that parses and agrees with the terminal summary', async () => {
    const data = await jsonReport();
    assert.equal(data.format, 'leadership-journal-report');
    assert.equal(data.version, 3);
    assert.equal(data.today, '2026-11-23');
    assert.equal(data.entries, 7);
    assert.deepEqual(data.skipped.map((s) => s.path), ['2026/11/broken.md', 'notes/ideas.md']);
    const { totals } = data.summary;
    assert.equal(totals.entries, 7);
    assert.ok(Math.abs((totals.whyShare ?? NaN) - 3.4 / 7) < 1e-9);
    const text = (await report(journal)).out;
    assert.ok(text.includes(`why ${Math.round((totals.whyShare ?? 0) * 100)} %`));
    for (const bucket of data.summary.buckets.slice(-8)) {
      const row = new RegExp(`${bucket.key} {3}${bucket.start} +${bucket.entries} `);
      assert.match(text, row, bucket.key);
    }
    assert.equal(data.summary.streaks.current.length, 5);
    assert.deepEqual(data.summary.people.map((p) => [p.name, p.entries]), [['Ana', 2], ['Bo', 1]]);
    assert.deepEqual(data.summary.recentTraps.traps.map((t) => [t.id, t.entries[0]?.path]), [['micromanaging-leader', '2026/11/2026-11-19.md']]);
  });

  it('is deterministic for a given folder and clock', async () => {
    assert.equal((await report(journal, '--json')).out, (await report(journal, '--json')).out);
  });

  it('--since leaves out older entries', async () => {
    const data = await jsonReport('--since', '2026-11-01');
    assert.equal(data.since, '2026-11-01');
    assert.equal(data.entries, 5);
    assert.equal(data.firstEntry, '2026-11-16');
    assert.equal(data.summary.range.from, '2026-11-01');
    assert.ok(Math.abs((data.summary.totals.whyShare ?? NaN) - 0.52) < 1e-9);
    const { out } = await report(journal, '--since=2026-11-17');
    assert.match(out, /^4 entries, 2026-11-17 to 2026-11-20 \(since 2026-11-17; 2 files skipped\)$/m);
  });

  it('writes one self-contained HTML file with escaped entry text and tables that agree with the charts', async () => {
    const file = join(root, 'report.html');
    writeFileSync(file, 'an older report');
    const { code, out } = await report(journal, '--html', file);
    assert.equal(code, 0);
    assert.match(out, /Wrote .*report\.html: 7 entries as of 2026-11-23/);
    const html = readFileSync(file, 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /https?:/i);
    assert.doesNotMatch(html, /<link|<img|<iframe|@import|url\(/i);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the hostile title is shown as text');
    assert.ok(html.includes('2026/11/2026-11-19.md'));

    const svg = /<svg class="chart balance"[^>]*>/.exec(html)?.[0] ?? '';
    assert.match(svg, /role="img" aria-label="[^"]+"/);
    const attr = (name: string): string[] => (new RegExp(` ${name}="([^"]*)"`).exec(svg)?.[1] ?? '').split(',');
    const rows = [...(/<table id="weeks-table">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '').matchAll(/<tr><td>([^<]*)<\/td><td>[^<]*<\/td>((?:<td class="num">[^<]*<\/td>){4})<\/tr>/g)]
      .map((m) => [m[1] ?? '', ...[...(m[2] ?? '').matchAll(/<td class="num">([^<]*)<\/td>/g)].map((c) => c[1] ?? '')]);
    assert.equal(rows.length, 26, 'weeks 2026-W23 to 2026-W48');
    assert.deepEqual(rows.map((r) => r[0]), attr('data-weeks'));
    assert.deepEqual(rows.map((r) => r[1]), attr('data-entries'));
    assert.deepEqual(rows.map((r) => r[3]), attr('data-why'));
    assert.deepEqual(rows.at(-2), ['2026-W47', '5', '5', '52', '48']);
  });

  it('writes a page that says so when --since is after every entry', async () => {
    const file = join(root, 'empty.html');
    assert.equal((await report(journal, '--since', '2026-11-22', '--html', file)).code, 0);
    assert.match(readFileSync(file, 'utf8'), /No entries in this range/);
  });

  it('refuses a missing, unreadable or non-folder DIR with exit code 2', async () => {
    const missing = await report(join(root, 'nope'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read the journal folder .*nope: ENOENT/);
    assert.equal(missing.out, '');
    const notFolder = await report(join(journal, '2026', '11', '2026-11-17.md'));
    assert.equal(notFolder.code, 2);
    assert.match(notFolder.err, /2026-11-17\.md is not a folder/);
    const none = await report();
    assert.equal(none.code, 2);
    assert.match(none.err, /expected the journal folder, DIR/);
  });

  it('refuses a bad date, both outputs at once, and unknown options with exit code 2', async () => {
    const badDate = await report(journal, '--since', '2026-02-30');
    assert.equal(badDate.code, 2);
    assert.match(badDate.err, /--since: "2026-02-30" is not a date; use YYYY-MM-DD/);
    const noDate = await report(journal, '--since');
    assert.equal(noDate.code, 2);
    assert.match(noDate.err, /--since needs a DATE/);
    const file = join(root, 'both.html');
    const both = await report(journal, '--json', '--html', file);
    assert.equal(both.code, 2);
    assert.match(both.err, /--json and --html cannot be used together/);
    assert.equal(existsSync(file), false);
    const unknown = await report(journal, '--csv');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown option "--csv"/);
    const noFile = await report(journal, '--html');
    assert.equal(noFile.code, 2);
    assert.match(noFile.err, /--html needs a FILE/);
  });

  it('says so and exits 1 when the HTML file cannot be written', async () => {
    const result = await report(journal, '--html', root);
    assert.equal(result.code, 1);
    assert.match(result.err, /cannot write .*: EISDIR/);
  });

  it('is listed in the usage', async () => {
    const { io, out } = capture({ disk: true });
    assert.equal(await run(['--help'], io), 0);
    assert.match(out.join(''), /report DIR[\s\S]*--since DATE[\s\S]*--json[\s\S]*--html FILE/);
  });
});
