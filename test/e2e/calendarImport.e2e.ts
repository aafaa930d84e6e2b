/// <reference lib="dom" />
// E2E, in the real VS Code, driven as a person: import a calendar export through the Command Palette
// and VS Code's own open dialog (code-server's simple file dialog: a quick input holding a path),
// read where it is; ask which rule placed an event; change the export on disk and see it read again;
// then draft the weekly review and read its Time section, open Trends for the calendar's charts
// and the said-vs-did chart, and start a daily entry that drafts the day before's calendar, its 1:1
// named as people.yml names the person. Screenshots go to
// .e2e-artifacts/screenshots/calendar-*.png.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addDays, formatIsoDate, localDateOf, type LocalDate } from '../../src/core/calendar/localDate';
import { dailyEntryPath } from '../../src/core/journal/entryPath';
import { reviewPath, weekPeriod } from '../../src/core/reflect/reviewPeriod';
import { useSession } from './support/session';
import { activeEditorText, ctrlClickLink, frameShowing, openEntryForDate, outputChannelText, pickQuickItem, runCommand, screenshot, waitForActiveTab } from './support/workbench';

const today = localDateOf(new Date());
const week = weekPeriod(today, 1);
const ME = 'sam@northwind.example';

/** `20261130T100000`: a floating local time, read in the user's own zone. */
function stamp(date: LocalDate, time: string): string {
  return `${formatIsoDate(date).replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function event(uid: string, title: string, date: LocalDate, from: string, to: string, people: readonly string[]): string[] {
  return [
    'BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp(date, '08:00')}Z`, `SUMMARY:${title}`,
    `DTSTART:${stamp(date, from)}`, `DTEND:${stamp(date, to)}`,
    ...(people.length > 0 ? [`ORGANIZER:mailto:${ME}`, ...people.map((person) => `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${person}`)] : []),
    'END:VEVENT',
  ];
}

/** A Google-style export: this week's Monday holds a 1:1, a long planning meeting, focus time. */
function calendarText(extra: string[] = []): string {
  const monday = week.start;
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    ...event('one', 'Ana / Sam', monday, '09:00', '09:30', ['ana@northwind.example']),
    ...event('two', 'Sprint planning', monday, '10:00', '13:00', ['ana@northwind.example', 'ben@northwind.example']),
    ...event('three', 'Focus time', monday, '14:00', '16:00', []),
    ...extra,
    'END:VCALENDAR', '',
  ].join('\r\n');
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function seed(workspace: string): void {
  // Writing this week that leans to the why, so the review has something to set the calendar beside.
  for (const [offset, text] of [[0, 'I explained to the team why the new intake matters and asked Ana what she wants to grow into.'], [-1, 'I shared the purpose of the migration and listened to their worries.']] as const) {
    const date = addDays(today, offset);
    if (date.year === week.start.year && formatIsoDate(date) >= formatIsoDate(week.start)) {
      write(join(workspace, 'journal', dailyEntryPath(date)), `---\ndate: ${formatIsoDate(date)}\nkind: daily\n---\n\n# ${formatIsoDate(date)}\n\n${text}\n`);
    }
  }
  write(join(workspace, 'exports', 'work.ics'), calendarText());
  // A 1:1 with Ana written ten days ago, before this week: her person page has a timeline.
  const met = addDays(today, -10);
  write(join(workspace, 'journal', dirname(dailyEntryPath(met)), `${formatIsoDate(met)}-1on1-ana.md`),
    `---\ndate: ${formatIsoDate(met)}\nkind: one-on-one\npeople: [Ana María López]\n---\n\n# 1:1 with Ana María López\n\nWe talked about her goals.\n`);
}

describe('Calendar import and the review\'s Time section in the real VS Code', function () {
  const session = useSession('calendar', { seed, settings: { 'leadershipJournal.calendar.addresses': [ME] } });

  it('imports a calendar export through the open dialog, read where it is', async function () {
    const { page, workspace } = session();
    const file = join(workspace, 'exports', 'work.ics');
    await runCommand(page, 'Leadership Journal: Import Calendar…');
    await pickQuickItem(page, 'Calendar files (.ics)');
    // VS Code's own open dialog, in code-server a quick input holding a path: type the file's. The
    // dialog fills in its starting folder, and may write it again once it has read that folder: on a
    // slow machine that lands after the typing. So type the path, see it stay, press Enter, and do it
    // again if the dialog is still open instead of the next question.
    const input = page.locator('.quick-input-widget input');
    const how = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Read them where they are' }).first();
    for (let attempt = 1; ; attempt++) {
      assert.ok(attempt <= 5, 'the open dialog took the typed path within five tries');
      // The dialog holds a path (its own or ours), or the next question has come after all.
      await page.waitForFunction(() => {
        const box = document.querySelector<HTMLInputElement>('.quick-input-widget input');
        const rows = [...document.querySelectorAll('.quick-input-widget .monaco-list-row')].map((row) => row.textContent ?? '');
        return (box !== null && box.offsetParent !== null && box.value.startsWith('/')) || rows.some((row) => row.includes('Read them where they are'));
      }, undefined, { timeout: 60_000 });
      if (await how.isVisible()) {
        break;
      }
      await input.fill(file);
      await page.waitForTimeout(1_000);
      if (await input.inputValue() !== file) {
        continue; // The dialog wrote over it: type it again.
      }
      if (attempt === 1) {
        await screenshot(page, 'calendar-1-open-dialog');
      }
      await page.keyboard.press('Enter');
      if (await how.waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
        break;
      }
    }
    await pickQuickItem(page, 'Read them where they are');
    await page.locator('.notifications-toasts', { hasText: 'Calendar imported. Files: 1; events: 3; occurrences in the last 12 weeks: 3.' }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'calendar-2-imported');
    const sources = readFileSync(join(workspace, 'journal', '.calendar', 'sources.yml'), 'utf8');
    assert.match(sources, new RegExp(`^calendars:\\n  - ${JSON.stringify(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    assert.ok(!existsSync(join(workspace, 'journal', '.calendar', 'work.ics')), 'read where it is: not copied');
    assert.equal(readFileSync(file, 'utf8'), calendarText(), 'the export itself is untouched');
  });

  it('says which rule placed an event', async function () {
    const { page } = session();
    await runCommand(page, 'Leadership Journal: Which Rule Placed This Event?');
    await pickQuickItem(page, 'Sprint planning');
    const toast = page.locator('.notifications-toasts', { hasText: '"Sprint planning"' });
    await toast.waitFor({ timeout: 30_000 });
    assert.match(await toast.innerText(), /is in Planning, review and status \(side: how\): rule 7, "Planning, reviews and status", placed it: the title has "sprint"\./);
    await screenshot(page, 'calendar-3-which-rule');
  });

  it('reads the export again when it changes on disk, and names a broken event in the output', async function () {
    const { page, workspace } = session();
    const broken = ['BEGIN:VEVENT', 'UID:four', `DTSTART:${stamp(week.start, '16:00')}`, `DTEND:${stamp(week.start, '15:00')}`, 'SUMMARY:Backwards', 'END:VEVENT'];
    writeFileSync(join(workspace, 'exports', 'work.ics'), calendarText(broken));
    const log = await outputChannelText(page, 'Leadership Journal', /Calendars\s+read\s+again\s+after\s+a\s+change\.\s+Files:\s+1;\s+events:\s+4;\s+problems:\s+1\./);
    // The log wraps long lines: any space may be a line break.
    assert.match(log, /work\.ics:\d+:\s+Event\s+"Backwards"\s+ends\s+before\s+it\s+starts;\s+it\s+is\s+left\s+out\./);
    assert.equal((log.match(/Calendars read again/g) ?? []).length, 1, 'the import itself is not logged as a change on disk');
    await screenshot(page, 'calendar-4-read-again');
  });

  it('drafts the weekly review with a Time section beside the writing', async function () {
    const { page, workspace } = session();
    const path = reviewPath(week);
    assert.ok(path.ok);
    await runCommand(page, 'Leadership Journal: Start Weekly Review');
    await waitForActiveTab(page, path.path.split('/').pop() ?? '');
    const frame = await frameShowing(page, 'h2', 'Time');
    await frame.locator('td', { hasText: 'Planning, review and status' }).waitFor();
    const text = readFileSync(join(workspace, 'journal', path.path), 'utf8');
    assert.match(text, /\n## Time\n\nFrom my calendar: 5\.5 h in events, 3\.5 h of it in meetings \(2 meetings\)\.\n/);
    assert.match(text, /\n\| Planning, review and status \| how \| 3 \|\n\| Focus time \| neither \| 2 \|\n\| 1:1 \| why \| 0\.5 \|\n/);
    assert.match(text, /\nCalendar time on the why side: 14% \(why 0\.5 h, how 3 h; 2 h on neither side\)\.\n/);
    for (const title of ['Sprint planning', 'Ana / Sam', 'ben@', 'Backwards']) {
      assert.ok(!text.includes(title), `the review shows "${title}"`);
    }
    await runCommand(page, 'View: Hide Panel');
    await frame.locator('h2', { hasText: 'Time' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await screenshot(page, 'calendar-5-review-time');
  });

  it('shows the calendar in Trends: hours per category, meeting load, and said vs did beside the writing', async function () {
    const { page } = session();
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Leadership Journal: Show Trends');
    const frame = await frameShowing(page, '#said-vs-did h2', 'Said vs did');
    // This week: the 1:1 (why, 0.5 h), the planning (how, 3 h), focus time (neither, 2 h); "Backwards" left out.
    const lastRow = async (table: string): Promise<string[]> =>
      frame.locator(`#${table} tbody tr`).last().locator('td').allTextContents();
    const head = await frame.locator('#calendar-hours-table thead th').allTextContents();
    assert.deepEqual(head, ['Week', 'Planning, review and status', 'Focus time', '1:1', 'Total']);
    assert.deepEqual(await lastRow('calendar-hours-table'), ['3.0', '2.0', '0.5', '5.5']);
    assert.deepEqual((await lastRow('load-table')).slice(0, 2), ['3.5', '2']);
    assert.equal((await lastRow('said-table'))[1], '14', 'the calendar\'s why share this week');
    const sentence = await frame.locator('#said-sentence').innerText();
    assert.match(sentence, /calendar/);
    const html = await frame.locator('body').innerHTML();
    for (const secret of ['Sprint planning', 'Ana / Sam', 'Backwards', 'northwind']) {
      assert.ok(!html.includes(secret), `the Trends view shows "${secret}"`);
    }
    await frame.locator('#said-vs-did').evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await screenshot(page, 'calendar-6-trends-said-vs-did');
  });

  it('starts a new daily entry with the day before\'s calendar, the 1:1 named as people.yml names Ana', async function () {
    const { page, workspace } = session();
    // A day with no entry yet, well before this week (the review and Trends above are not moved).
    const day = addDays(today, -9);
    const before = addDays(today, -10);
    write(join(workspace, 'journal', 'people.yml'), 'Ana María López:\n  aliases: [ana]\n  cadence: 2w\n');
    writeFileSync(join(workspace, 'exports', 'work.ics'), calendarText([
      ...event('five', 'Catch-up', before, '09:00', '10:00', ['ana@northwind.example']),
      ...event('six', 'Focus time', before, '10:00', '12:00', []),
    ]));
    await outputChannelText(page, 'Leadership Journal', /Files:\s+1;\s+events:\s+5;\s+problems:\s+0\./);
    await runCommand(page, 'View: Hide Panel');
    await openEntryForDate(page, formatIsoDate(day));
    await waitForActiveTab(page, `${formatIsoDate(day)}.md`);
    const file = join(workspace, 'journal', dailyEntryPath(day));
    const text = readFileSync(file, 'utf8');
    assert.match(text, /\n<!-- leadership-journal:drafted -->\nYesterday in my calendar: 1 h in meetings \(1 meeting\)\.\n\n- Focus time: 2 h\n- 1:1: 1 h\n\n1:1 held: Ana María López\.\n/);
    for (const secret of ['Catch-up', 'ana@', 'northwind', 'Sprint']) {
      assert.ok(!text.includes(secret), `the daily entry shows "${secret}"`);
    }
    // The block is at the entry's end: go there, as a person scrolls down to read it.
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.locator('.editor-group-container.active .view-line', { hasText: '1:1 held: Ana María López.' }).waitFor({ timeout: 30_000 });
    assert.match(await activeEditorText(page), /Yesterday in my calendar: 1 h in meetings/);
    await screenshot(page, 'calendar-7-daily-yesterday');
  });

  it('links Ana\'s name there to her person page, which sets the calendar\'s 1:1s beside her cadence', async function () {
    const { page } = session();
    const name = page.locator('.editor-group-container.active .view-line .detected-link', { hasText: 'Ana María López' });
    await ctrlClickLink(page, name.first(), async () => frameShowing(page, 'p', 'From your calendar', 1_000).then(() => true, () => false));
    // Her 1:1s in the calendar over the last 8 weeks: ten days ago, and this Monday's at 9:00 once it has begun.
    const before = formatIsoDate(addDays(today, -10));
    const monday = new Date(week.start.year, week.start.month - 1, week.start.day, 9, 0);
    const line = Date.now() >= monday.getTime()
      ? `From your calendar: the last 1:1 on ${formatIsoDate(week.start)}, 2 in the last 8 weeks. Every 2 weeks would be 4.`
      : `From your calendar: one 1:1 in the last 8 weeks, on ${before}. Every 2 weeks would be 4.`;
    const frame = await frameShowing(page, 'p', 'From your calendar');
    assert.equal((await frame.locator('p', { hasText: 'From your calendar' }).innerText()).trim(), line);
    const html = await frame.locator('body').innerHTML();
    for (const secret of ['Catch-up', 'ana@', 'northwind']) {
      assert.ok(!html.includes(secret), `the person page shows "${secret}"`);
    }
    await screenshot(page, 'calendar-8-person-page');
  });
});
