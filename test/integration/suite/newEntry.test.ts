// Integration tier: runs inside the extension host of a real VS Code, with the real `vscode` API.
// It checks what the UI tier cannot see directly: return values, selections, dirty editors, refusals.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { formatIsoDate, localDateOf } from '../../../src/core/calendar/localDate';
import { planEntry } from '../../../src/core/entries/entryPlan';
import { readFrontMatter } from '../../../src/core/entries/frontMatter';
import { ENTRY_KINDS, entryKind } from '../../../src/core/entries/kinds';
import { promptOfTheDayFromPacks } from '../../../src/core/prompts/rotation';
import { Commands } from '../../../src/extension/commandIds';
import { exists, journalUri, readText, reset, setSetting, workspaceUri, writeText } from './helpers';

const today = localDateOf(new Date());
const iso = formatIsoDate(today);
const [yyyy, mm] = [iso.slice(0, 4), iso.slice(5, 7)];

function newEntry(args?: { kind?: string; person?: string; date?: string; title?: string }): Thenable<vscode.Uri | undefined> {
  return vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.newEntry, args);
}

describe('New Entry (extension host)', () => {
  afterEach(reset);

  it("creates today's daily entry with the prompt of the day, and the cursor on the first answer", async () => {
    const uri = await newEntry({ kind: 'daily' });
    assert.equal(uri?.toString(), journalUri(yyyy!, mm!, `${iso}.md`).toString());
    const text = await readText(uri!);
    assert.ok(text.startsWith(`---\ndate: ${iso}\nkind: daily\n---\n`));
    assert.ok(text.includes(`## ${promptOfTheDayFromPacks(today).text}\n`));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri?.toString());
    const lines = text.split('\n');
    assert.match(lines[editor!.selection.active.line - 2] ?? '', /^## /, 'two lines under the first prompt');
  });

  it('creates every kind at its own path, with people in the front matter', async () => {
    const seen = new Set<string>();
    for (const kind of ENTRY_KINDS) {
      const uri = await newEntry({ kind: kind.id, person: 'Ana' });
      assert.ok(uri, kind.id);
      seen.add(uri.toString());
      const text = await readText(uri);
      assert.match(text, new RegExp(`^---\\ndate: ${iso}\\nkind: ${kind.id}\\n`));
      assert.equal(/people: \[Ana\]/.test(text), kind.needsPerson, `${kind.id} records the person only if it is about one`);
    }
    assert.equal(seen.size, ENTRY_KINDS.length);
    assert.ok(await exists(journalUri(yyyy!, mm!, `${iso}-1on1-ana.md`)));
  });

  it('opens the existing entry instead of writing: same file, same bytes', async () => {
    const first = await newEntry({ kind: 'start-stop-continue' });
    await writeText(first!, 'no front matter here\r\nCRLF and my words\r\n');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const again = await newEntry({ kind: 'start-stop-continue' });
    assert.equal(again?.toString(), first?.toString());
    assert.equal(await readText(first!), 'no front matter here\r\nCRLF and my words\r\n');
  });

  it('writes a second decision log the same day beside the first, named by its title, and a third', async () => {
    const first = await newEntry({ kind: 'decision' });
    const before = await readText(first!);
    const second = await newEntry({ kind: 'decision', title: 'Hiring freeze for Q1, after all' });
    assert.equal(second?.toString(), journalUri(yyyy!, mm!, `${iso}-decision-hiring-freeze-for-q1-after.md`).toString());
    assert.match(await readText(second!), new RegExp(`^# Decision, ${iso}: Hiring freeze for Q1, after all$`, 'm'));
    const third = await newEntry({ kind: 'decision', title: 'Hiring freeze for Q1, after all' });
    assert.equal(third?.toString(), journalUri(yyyy!, mm!, `${iso}-decision-hiring-freeze-for-q1-after-2.md`).toString());
    assert.equal(await readText(first!), before, 'the first is untouched');
  });

  it('never replaces unsaved changes in an open editor, nor the file on disk', async () => {
    // Auto save off for this test (code-server, a web workbench, saves a second after each edit by
    // default): the edit below must stay unsaved while New Entry runs again.
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      const uri = await newEntry({ kind: 'daily' });
      const onDisk = await readText(uri!);
      const editor = vscode.window.activeTextEditor!;
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Not saved yet.\n'));
      const again = await newEntry({ kind: 'daily' });
      assert.equal(again?.toString(), uri?.toString());
      assert.equal(vscode.window.activeTextEditor?.document.isDirty, true);
      assert.match(vscode.window.activeTextEditor?.document.getText() ?? '', /^Not saved yet\./);
      assert.equal(await readText(uri!), onDisk);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('keeps a person name with path characters inside the journal folder', async () => {
    const uri = await newEntry({ kind: 'one-on-one', person: '../../Zoë / Admin' });
    assert.equal(uri?.toString(), journalUri(yyyy!, mm!, `${iso}-1on1-zoe-admin.md`).toString());
    // The name is written as typed (quoted where YAML needs it: it starts with a dot) and reads back so.
    const front = readFrontMatter(await readText(uri!));
    assert.ok(front.ok && front.present);
    assert.deepEqual(front.data.people, ['../../Zoë / Admin']);
  });

  it('refuses a journal folder or a file pattern that leaves the workspace, and writes nothing', async () => {
    await setSetting('journalFolder', '../outside');
    assert.equal(await newEntry({ kind: 'daily' }), undefined);
    assert.equal(await exists(vscode.Uri.joinPath(workspaceUri(), '..', 'outside')), false);
    await setSetting('journalFolder', undefined);
    await setSetting('filePatterns', { daily: '../../{date}.md' });
    assert.equal(await newEntry({ kind: 'daily' }), undefined);
    assert.equal(await exists(vscode.Uri.joinPath(workspaceUri(), '..', `${iso}.md`)), false);
  });

  it('follows the settings: folder, file pattern, locale', async () => {
    await setSetting('journalFolder', 'notes/leading');
    await setSetting('filePatterns', { daily: '{yyyy}/{date}-day.md' });
    await setSetting('locale', 'de');
    const uri = await newEntry({ kind: 'daily', date: '2026-11-23' });
    assert.equal(uri?.toString(), vscode.Uri.joinPath(workspaceUri(), 'notes', 'leading', '2026', '2026-11-23-day.md').toString());
    // `de` writes the German kind: the date written out in the title, German headings.
    assert.match(await readText(uri!), /^# Montag, 23\. November 2026$/m);
    assert.match(await readText(uri!), /^## Wo habe ich heute am Warum gearbeitet/m);
  });

  it('reports a journal folder that cannot be created, and changes nothing', async () => {
    await writeText(vscode.Uri.joinPath(workspaceUri(), 'blocked'), 'a file, not a folder\n');
    await setSetting('journalFolder', 'blocked');
    assert.equal(await newEntry({ kind: 'daily' }), undefined);
    assert.equal(await readText(vscode.Uri.joinPath(workspaceUri(), 'blocked')), 'a file, not a folder\n');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceUri(), 'blocked'));
  });

  it("uses the user's template from .templates/, and refuses a malformed one without creating anything", async () => {
    await writeText(journalUri('.templates', 'daily.md'), '\uFEFF# {{weekday}} {{date}}\r\n\r\n## My own question\r\n\r\n\r\n');
    const uri = await newEntry({ kind: 'daily', date: '2026-11-23' });
    assert.equal(await readText(uri!), '---\ndate: 2026-11-23\nkind: daily\n---\n\n# Monday 2026-11-23\n\n## My own question\n\n\n');
    await writeText(journalUri('.templates', 'decision.md'), '# {{date}}\n{{mood}}\n');
    assert.equal(await newEntry({ kind: 'decision', date: '2026-11-23' }), undefined);
    assert.equal(await exists(journalUri('2026', '11', '2026-11-23-decision.md')), false);
  });

  it('Customize Template copies the built-in body once and never replaces an edited one', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.customizeTemplate, 'decision');
    assert.equal(uri.toString(), journalUri('.templates', 'decision.md').toString());
    assert.equal(await readText(uri), entryKind('decision').body);
    await writeText(uri, '# Mine {{date}}\n\n## Q\n\n\n');
    await vscode.commands.executeCommand(Commands.customizeTemplate, 'decision');
    assert.equal(await readText(uri), '# Mine {{date}}\n\n## Q\n\n\n');
  });

  it('matches the core plan for the same request', async () => {
    const uri = await newEntry({ kind: 'after-action', date: '2026-11-23' });
    const plan = planEntry({ kind: entryKind('after-action'), date: { year: 2026, month: 11, day: 23 }, weekStart: 1, prompt: 'unused', locale: 'en' });
    assert.ok(plan.ok);
    assert.equal(await readText(uri!), plan.text);
  });
});
