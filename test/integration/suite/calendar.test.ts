// The calendar commands in the extension host: an import copied into the journal's .calendar/ (never
// replacing a file there), the rules file started once and never overwritten, "which rule placed
// this event?" following an edit of rules.yml, a folder read where it is (and a calendar added to
// it), and the weekly review's Time section.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays, formatIsoDate, localDateOf, type LocalDate } from '../../../src/core/calendar/localDate';
import { Commands } from '../../../src/extension/commandIds';
import { exists, journalUri, readText, reset, workspaceUri, writeText } from './helpers';

function stamp(date: LocalDate, time: string): string {
  return `${formatIsoDate(date).replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** Yesterday, floating local times: a stand-up with two others, and a 1:1 by title. */
function ics(yesterday: LocalDate, standUp = 'Team stand-up'): string {
  const event = (uid: string, title: string, from: string, to: string): string[] => [
    'BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${title}`, `DTSTART:${stamp(yesterday, from)}`, `DTEND:${stamp(yesterday, to)}`,
    'ORGANIZER:mailto:sam@northwind.example', 'ATTENDEE:mailto:ana@northwind.example', 'ATTENDEE:mailto:ben@northwind.example', 'END:VEVENT',
  ];
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...event('standup', standUp, '09:00', '09:15'), ...event('coffee', 'Catch-up with Ana', '11:00', '11:30'), 'END:VCALENDAR', ''].join('\r\n');
}

/** Polls until `done`; fails with the last value after 45 s (file events arrive asynchronously, late on a busy extension host). */
async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 45_000;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) {
      assert.fail(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

describe('Calendar (extension host)', () => {
  const yesterday = addDays(localDateOf(new Date()), -1);
  const exportUri = (): vscode.Uri => vscode.Uri.joinPath(workspaceUri(), 'exports', 'work.ics');

  before(async () => {
    await reset();
  });

  after(async () => {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceUri(), 'exports'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await reset();
  });

  it('copies an import into .calendar/, and never replaces a file there', async () => {
    await writeText(exportUri(), ics(yesterday));
    assert.equal(await vscode.commands.executeCommand(Commands.importCalendar, { uris: [exportUri()], copy: true }), true);
    assert.equal(await readText(journalUri('.calendar/work.ics')), ics(yesterday));
    // The same bytes again: nothing new. Other bytes under the same name: a new name.
    assert.equal(await vscode.commands.executeCommand(Commands.importCalendar, { uris: [exportUri()], copy: true }), true);
    assert.equal(await exists(journalUri('.calendar/work-2.ics')), false);
    await writeText(exportUri(), ics(yesterday, 'Sprint review'));
    assert.equal(await vscode.commands.executeCommand(Commands.importCalendar, { uris: [exportUri()], copy: true }), true);
    assert.equal(await readText(journalUri('.calendar/work.ics')), ics(yesterday), 'the first copy is untouched');
    assert.equal(await readText(journalUri('.calendar/work-2.ics')), ics(yesterday, 'Sprint review'));
    assert.equal(await exists(journalUri('.calendar/sources.yml')), false, 'copies need no list');
    await vscode.workspace.fs.delete(journalUri('.calendar/work-2.ics'));
  });

  it('explains which rule placed an event, and follows an edit of rules.yml', async () => {
    const explain = async (): Promise<string | undefined> => vscode.commands.executeCommand<string | undefined>(Commands.explainCalendarEvent, 'standup');
    const before = await waitFor(explain, (text) => text !== undefined && !text.includes('Sprint review'), 'the stand-up');
    assert.match(before ?? '', /^"Team stand-up" \(.*\) is in Planning, review and status \(side: how\): rule 7, "Planning, reviews and status", placed it: the title has "stand up"\.$/);
    const rules = journalUri('.calendar/rules.yml');
    assert.equal((await vscode.commands.executeCommand<vscode.Uri>(Commands.editCalendarRules))?.toString(), rules.toString());
    assert.match(await readText(rules), /^# How Leadership Journal places calendar events/);
    await writeText(rules, 'rules:\n  - name: Daily rituals\n    category: team\n    title: [stand-up]\n');
    const after = await waitFor(explain, (text) => text?.includes('Daily rituals') ?? false, 'the new rule');
    assert.match(after ?? '', /is in Team meeting \(side: how\): rule 1, "Daily rituals", placed it: the title has "stand-up"\./);
    // Edit Calendar Rules opens the file as it is: never a second starter over the user's rules.
    await vscode.commands.executeCommand(Commands.editCalendarRules);
    assert.equal(await readText(rules), 'rules:\n  - name: Daily rituals\n    category: team\n    title: [stand-up]\n');
    await vscode.workspace.fs.delete(rules);
  });

  it('reads a folder where it is, listed in sources.yml, and sees a calendar added to it', async () => {
    const folder = vscode.Uri.joinPath(workspaceUri(), 'exports', 'team');
    const one = (uid: string, title: string): string => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${title}`,
      `DTSTART:${stamp(yesterday, '15:00')}`, `DTEND:${stamp(yesterday, '16:00')}`, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    await writeText(vscode.Uri.joinPath(folder, 'townhall.ics'), one('townhall', 'Town hall'));
    assert.equal(await vscode.commands.executeCommand(Commands.importCalendar, { uris: [folder], copy: false }), true);
    assert.deepEqual(await readText(journalUri('.calendar/sources.yml')).then((text) => text.split('\n').filter((line) => line.startsWith('  - '))),
      [`  - ${JSON.stringify(folder.fsPath)}`]);
    const explain = (uid: string) => async (): Promise<string | undefined> => vscode.commands.executeCommand<string | undefined>(Commands.explainCalendarEvent, uid);
    assert.match(await explain('townhall')() ?? '', /is in All-hands \(side: why\): rule 3, "All-hands", placed it: the title has "town hall"\./);
    await writeText(vscode.Uri.joinPath(folder, 'retro.ics'), one('retro', 'Sprint retro'));
    const retro = await waitFor(explain('retro'), (text) => text !== undefined, 'the calendar added to the folder');
    assert.match(retro ?? '', /is in Planning, review and status/);
    // Taken off the list, the folder is no longer read.
    await vscode.workspace.fs.delete(journalUri('.calendar/sources.yml'));
    await waitFor(explain('townhall'), (text) => text === undefined, 'the folder left unread');
  });

  it('gives the weekly review a Time section', async () => {
    const review = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.startWeeklyReview, { date: formatIsoDate(yesterday) });
    assert.ok(review);
    const text = await readText(review);
    assert.match(text, /\n## Time\n\nFrom my calendar: 0\.8 h in events, 0\.8 h of it in meetings \(2 meetings\)\.\n/);
    assert.match(text, /\n\| 1:1 \| why \| 0\.5 \|\n\| Planning, review and status \| how \| 0\.3 \|\n/);
    assert.ok(!text.includes('stand-up') && !text.includes('Catch-up'), 'no event title in the review');
  });
});
