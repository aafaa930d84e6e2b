// Navigation and prompts in the extension host: previous/next, dates typed as phrases, insertion.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays, formatIsoDate, localDateOf } from '../../../src/core/calendar/localDate';
import { dailyEntryPath } from '../../../src/core/journal/entryPath';
import { promptOfTheDayFromPacks } from '../../../src/core/prompts/rotation';
import { Commands } from '../../../src/extension/commandIds';
import { exists, journalUri, readText, reset, writeText } from './helpers';

const today = localDateOf(new Date());
const day = (offset: number): vscode.Uri => journalUri(dailyEntryPath(addDays(today, offset)));

async function seed(): Promise<void> {
  for (const offset of [-10, -3, 2]) {
    await writeText(day(offset), `---\ndate: ${formatIsoDate(addDays(today, offset))}\nkind: daily\n---\n\nDay ${offset}\n`);
  }
}

function activePath(): string | undefined {
  return vscode.window.activeTextEditor?.document.uri.toString();
}

describe('Navigation and prompts (extension host)', () => {
  beforeEach(seed);
  afterEach(reset);

  it('steps back and forth from today, then from the open entry', async () => {
    await vscode.commands.executeCommand(Commands.openPrevious);
    assert.equal(activePath(), day(-3).toString());
    await vscode.commands.executeCommand(Commands.openPrevious);
    assert.equal(activePath(), day(-10).toString());
    assert.equal(await vscode.commands.executeCommand(Commands.openPrevious), undefined, 'nothing before the first');
    await vscode.commands.executeCommand(Commands.openNext);
    assert.equal(activePath(), day(-3).toString());
    await vscode.commands.executeCommand(Commands.openNext);
    assert.equal(activePath(), day(2).toString(), 'skips the empty days, today included');
  });

  it('opens an entry for a date phrase, and creates one for an empty day', async () => {
    await vscode.commands.executeCommand(Commands.openForDate, '-3d');
    assert.equal(activePath(), day(-3).toString());
    await vscode.commands.executeCommand(Commands.openForDate, formatIsoDate(addDays(today, -10)));
    assert.equal(activePath(), day(-10).toString());
    await vscode.commands.executeCommand(Commands.openForDate, 'yesterday');
    assert.equal(activePath(), day(-1).toString());
    assert.ok(await exists(day(-1)));
    assert.equal(await vscode.commands.executeCommand(Commands.openForDate, 'last blursday'), undefined);
  });

  it("Open Today's Entry creates today's entry once and reopens it", async () => {
    await vscode.commands.executeCommand(Commands.openToday);
    assert.equal(activePath(), day(0).toString());
    const text = await readText(day(0));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand(Commands.openToday);
    assert.equal(activePath(), day(0).toString());
    assert.equal(await readText(day(0)), text);
  });

  it('inserts the prompt of the day at the cursor as a heading with an answer line', async () => {
    const editor = await vscode.window.showTextDocument(day(-3));
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand(Commands.insertPromptOfTheDay);
    const text = editor.document.getText();
    assert.ok(text.endsWith(`Day -3\n\n## ${promptOfTheDayFromPacks(today).text}\n\n\n`), JSON.stringify(text.slice(-120)));
    assert.equal(editor.selection.active.line, editor.document.lineCount - 2);
  });
});
