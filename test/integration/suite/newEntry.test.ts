// Integration tier: runs inside the extension host of a real VS Code, with the real `vscode` API.
// It checks what the UI tier cannot see directly: return values, selections, dirty editors, refusals.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { localDateOf } from '../../../src/core/calendar/localDate';
import { scaffoldDailyEntry } from '../../../src/core/entries/dailyTemplate';
import { dailyEntryPath } from '../../../src/core/journal/entryPath';
import { Commands } from '../../../src/extension/commands/commandIds';

const EXTENSION_ID = 'leadership-journal.leadership-journal';

function workspaceUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return folder.uri;
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

describe('New Entry (extension host)', () => {
  const today = localDateOf(new Date());
  const expected = (): vscode.Uri => vscode.Uri.joinPath(workspaceUri(), 'journal', ...dailyEntryPath(today).split('/'));

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('leadershipJournal').update('journalFolder', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('is installed and activates on its command, not before', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.equal(extension.isActive, false, 'nothing activated it before a command ran');
    await vscode.commands.executeCommand(Commands.newEntry);
    assert.equal(extension.isActive, true);
  });

  it("creates today's entry, opens it, and puts the cursor on the first answer line", async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.newEntry);
    assert.ok(uri);
    assert.equal(uri.toString(), expected().toString());
    assert.equal(await readText(uri), scaffoldDailyEntry(today).text);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(editor.selection.active.line, scaffoldDailyEntry(today).cursorLine);
  });

  it('never replaces unsaved changes in an open editor, nor the file on disk', async () => {
    const uri = expected();
    const onDisk = await readText(uri);
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'Not saved yet.\n'));
    assert.equal(editor.document.isDirty, true);
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.newEntry);
    assert.equal(again?.toString(), uri.toString());
    assert.equal(vscode.window.activeTextEditor?.document.isDirty, true);
    assert.match(vscode.window.activeTextEditor?.document.getText() ?? '', /Not saved yet\./);
    assert.equal(await readText(uri), onDisk);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('refuses a journal folder that leaves the workspace, and writes nothing', async () => {
    await vscode.workspace.getConfiguration('leadershipJournal').update('journalFolder', '../outside', vscode.ConfigurationTarget.Workspace);
    const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.newEntry);
    assert.equal(result, undefined);
    assert.equal(await exists(vscode.Uri.joinPath(workspaceUri(), '..', 'outside')), false);
  });

  it('files entries under a configured folder inside the workspace', async () => {
    await vscode.workspace.getConfiguration('leadershipJournal').update('journalFolder', 'notes/leading', vscode.ConfigurationTarget.Workspace);
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.newEntry);
    assert.equal(uri?.toString(), vscode.Uri.joinPath(workspaceUri(), 'notes', 'leading', ...dailyEntryPath(today).split('/')).toString());
    assert.ok(uri && await exists(uri));
  });
});
