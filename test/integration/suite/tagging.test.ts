// Tagging in the extension host: on save, by command, for all entries; pins; explanations.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { splitEntry } from '../../../src/core/entries/entrySplit';
import type { TagExplanation } from '../../../src/core/tagger/explanation';
import { createTagger } from '../../../src/core/tagger/tagger';
import { Commands } from '../../../src/extension/commandIds';
import { workspaceJournalStore } from '../../../src/extension/journal/journalStore';
import { applyToClosedFile } from '../../../src/extension/tagging/applyTags';
import { journalUri, readText, reset, setSetting, writeText } from './helpers';

const WHY = 'I told Priya why the migration matters to the nurses who use it every night, and asked what would make it meaningful for her.';
const HOW = 'Then I rebuilt the rota, moved the deadline to Friday and assigned owners to the three open tickets.';
const BODY = `\n# Monday\n\n## What happened?\n\n${WHY}\n${HOW}\n\nNot a word  of this   may change.\t\n`;
const ENTRY = `---\ndate: 2026-11-23\nkind: daily\nmood: calm # mine\n---\n${BODY}`;

async function waitFor(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The labels of the open Explain Tags panels' tabs, once there are any (the window tells the extension
 * host about new tabs a moment after the panel is made), or none after five seconds.
 */
async function explainTabs(): Promise<string[]> {
  let labels: string[] = [];
  for (let tries = 0; tries < 100 && labels.length === 0; tries++) {
    await new Promise((resolve) => setTimeout(resolve, tries === 0 ? 0 : 50));
    labels = vscode.window.tabGroups.all.flatMap((group) => group.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('leadershipJournal.explainTags'))
      .map((tab) => tab.label);
  }
  return labels;
}

async function openEntry(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = journalUri('2026', '10', name);
  await writeText(uri, text);
  return vscode.window.showTextDocument(uri);
}

describe('Tagging (extension host)', () => {
  afterEach(async () => {
    await setSetting('tagging.onSave', undefined);
    await setSetting('tagging.whyTerms', undefined);
    await reset();
  });

  it('tags an entry when it is saved: front matter gains tags, the body stays byte for byte', async () => {
    const editor = await openEntry('2026-10-23.md', ENTRY);
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'One more line.\n'));
    assert.ok(await editor.document.save());
    const saved = await readText(editor.document.uri);
    assert.match(saved, /^---\ndate: 2026-11-23\nkind: daily\nmood: calm # mine\ntags: \[(why|how|balanced)\]\nwhy: [\d.]+\nhow: [\d.]+\nfunctions: \[.*\]\n/);
    assert.equal(splitEntry(saved).body, `${BODY}One more line.\n`);
    assert.equal(editor.document.isDirty, false, 'no second write leaves the editor dirty');
  });

  it('leaves a pinned entry, and every entry when tagging on save is off, as they are', async () => {
    const pinned = `---\ndate: 2026-11-23\ntags: [how]\ntags-pinned: true\n---\n${BODY}`;
    const editor = await openEntry('2026-10-22.md', pinned);
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'x\n'));
    await editor.document.save();
    assert.equal(await readText(editor.document.uri), `${pinned}x\n`);
    await setSetting('tagging.onSave', false);
    const plain = await openEntry('2026-10-21.md', ENTRY);
    await plain.edit((edit) => edit.insert(new vscode.Position(plain.document.lineCount - 1, 0), 'y\n'));
    await plain.document.save();
    assert.equal(await readText(plain.document.uri), `${ENTRY}y\n`);
  });

  it('Tag Entry edits an unsaved editor in place and never writes behind it', async () => {
    const editor = await openEntry('2026-10-20.md', ENTRY);
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'Unsaved thought.\n'));
    assert.equal(await vscode.commands.executeCommand(Commands.tagEntry), 'updated');
    assert.equal(editor.document.isDirty, true);
    assert.match(editor.document.getText(), /^tags: \[/m);
    assert.match(editor.document.getText(), /Unsaved thought\./);
    assert.equal(await readText(editor.document.uri), ENTRY, 'the file on disk is untouched');
  });

  it('Retag All Entries updates closed files, skips malformed ones with a reason, and keeps bodies', async () => {
    await writeText(journalUri('2026', '11', '2026-11-18.md'), ENTRY);
    await writeText(journalUri('2026', '11', '2026-11-19.md'), `\uFEFF${ENTRY.replace(/\n/g, '\r\n')}`);
    const broken = `---\ndate: [oops\n---\n${BODY}`;
    await writeText(journalUri('2026', '11', '2026-11-17.md'), broken);
    await writeText(journalUri('2026', '11', 'notes.md'), 'No front matter, not an entry.\n');
    const summary = await vscode.commands.executeCommand<{ updated: number; unchanged: number; skipped: number; pinned: number }>(Commands.retagAll);
    assert.deepEqual(summary, { updated: 2, unchanged: 0, skipped: 2, pinned: 0 });
    const tagged = await readText(journalUri('2026', '11', '2026-11-18.md'));
    assert.equal(splitEntry(tagged).body, BODY);
    const crlf = await readText(journalUri('2026', '11', '2026-11-19.md'));
    assert.ok(crlf.startsWith('\uFEFF---\r\ndate: 2026-11-23\r\n'), 'BOM and CRLF kept');
    assert.match(crlf, /\r\ntags: \[/);
    assert.equal(splitEntry(crlf).body, BODY.replace(/\n/g, '\r\n'));
    assert.equal(await readText(journalUri('2026', '11', '2026-11-17.md')), broken);
    const again = await vscode.commands.executeCommand<{ updated: number; unchanged: number }>(Commands.retagAll);
    assert.equal(again.updated, 0, 'a second run changes nothing');
  });

  it('keeps a label edited by hand: pinned on save, the CodeLens says so, Unpin hands it back', async () => {
    const editor = await openEntry('2026-10-14.md', ENTRY);
    assert.equal(await vscode.commands.executeCommand(Commands.tagEntry), 'updated');
    const label = /^tags: \[(\w+)\]$/m.exec(editor.document.getText())?.[1];
    assert.ok(label);
    const mine = label === 'how' ? 'why' : 'how';
    const tagsLine = editor.document.getText().split('\n').findIndex((line) => line.startsWith('tags:'));
    await editor.edit((edit) => edit.replace(editor.document.lineAt(tagsLine).range, `tags: [${mine}]`));
    assert.ok(await editor.document.save());
    const saved = await readText(editor.document.uri);
    assert.match(saved, new RegExp(`^tags: \\[${mine}\\]$`, 'm'), 'the label the user wrote is what is saved');
    assert.match(saved, /^tags-pinned: true$/m);
    assert.equal(splitEntry(saved).body, BODY);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    const unpin = lenses.find((lens) => lens.command?.command === Commands.unpinTags);
    assert.equal(unpin?.command?.title, `${mine} · your label — unpin`);
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'Later.\n'));
    assert.ok(await editor.document.save());
    const pinnedText = await readText(editor.document.uri);
    assert.match(pinnedText, new RegExp(`^tags: \\[${mine}\\]$`, 'm'), 'and stays on the next save');
    // Unpinned, the label is the tagger's reading of the entry as it is now (with "Later.").
    const reading = createTagger().tag(pinnedText).label;
    assert.equal(await vscode.commands.executeCommand(Commands.unpinTags, ...(unpin?.command?.arguments ?? [])), reading);
    const unpinned = await readText(editor.document.uri);
    assert.match(unpinned, new RegExp(`^tags: \\[${reading}\\]$`, 'm'), "the tagger's label is back");
    assert.doesNotMatch(unpinned, /tags-pinned/);
    assert.equal(editor.document.isDirty, false);
  });

  it('Retag All never writes over a file that changed while it was being tagged', async () => {
    const uri = journalUri('2026', '11', '2026-11-16.md');
    await writeText(uri, ENTRY);
    const edited = `${ENTRY}Typed in another editor meanwhile.\n`;
    const write = await applyToClosedFile(uri, (text) => {
      writeFileSync(uri.fsPath, edited); // Another program writes between the read and the write.
      return createTagger().tag(text);
    }, workspaceJournalStore({ creatorOf: () => undefined })); // The journal store over a plain folder, as the features build it.
    assert.equal(write.status, 'skipped');
    assert.ok('reason' in write && /changed while it was being tagged/.test(write.reason));
    assert.equal(await readText(uri), edited, "the other program's text stays");
  });

  it('explains the tags in a panel, a hover and a CodeLens', async () => {
    const editor = await openEntry('2026-10-16.md', ENTRY);
    await vscode.commands.executeCommand(Commands.tagEntry);
    const tagsLine = editor.document.getText().split('\n').findIndex((line) => line.startsWith('tags:'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(tagsLine, 2));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /why \d+ %, how \d+ %/);
    assert.match(hoverText, /Priya/);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    assert.ok(lenses.some((lens) => lens.range.start.line === tagsLine && /— explain$/.test(lens.command?.title ?? '')));
    const explanation = await vscode.commands.executeCommand<TagExplanation | undefined>(Commands.explainTags, editor.document.uri);
    assert.ok(explanation, 'the command resolves to the explanation it shows');
    assert.match(editor.document.getText(), new RegExp(`^tags: \\[${explanation.label}\\]$`, 'm'), 'the label written is the label explained');
    const rota = explanation.sentences.find((sentence) => /rebuilt the rota/.test(sentence.text));
    assert.ok(rota);
    assert.equal(rota.label, 'how');
    assert.equal(editor.document.lineAt(rota.line).text, HOW, 'each sentence knows its line in the entry');
    assert.deepEqual(await explainTabs(), ['Tags of 2026-10-16']);
    // The hover's link passes the entry as a string; a second call reveals the same panel.
    assert.equal((await vscode.commands.executeCommand<TagExplanation>(Commands.explainTags, editor.document.uri.toString()))?.label, explanation.label);
    assert.deepEqual(await explainTabs(), ['Tags of 2026-10-16']);
  });

  it('explains only journal entries', async () => {
    const outside = vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/'), 'notes.md');
    await writeText(outside, 'I explained why the change matters.\n');
    try {
      assert.equal(await vscode.commands.executeCommand(Commands.explainTags, outside), undefined);
    } finally {
      await vscode.workspace.fs.delete(outside);
    }
  });

  it('does not tag on an auto save while typing, and tags once the entry is left alone', async function () {
    this.timeout(40_000);
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSaveDelay', 300, vscode.ConfigurationTarget.Workspace);
    await files.update('autoSave', 'afterDelay', vscode.ConfigurationTarget.Workspace);
    await setSetting('tagging.idleSeconds', 4);
    try {
      // A name no other test opens: VS Code keeps a document the API opened, and a file written again
      // behind it would conflict with it on save.
      const editor = await openEntry('2026-10-11.md', ENTRY);
      const uri = editor.document.uri;
      for (const word of ['Typing', ' on', ' and', ' on.\n']) {
        // Typed at the end of the entry, as a person types on.
        await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, word));
        await waitFor(() => !editor.document.isDirty, 10_000, 'the auto save');
        assert.doesNotMatch(await readText(uri), /^tags:/m, 'an auto save while typing writes no tags');
        assert.doesNotMatch(editor.document.getText(), /^tags:/m);
      }
      await waitFor(async () => /^tags: \[/m.test(await readText(uri)), 20_000, 'the tags, once the entry is left alone');
      // The file is written a moment before the editor hears that its save is done.
      await waitFor(() => !editor.document.isDirty, 5_000, 'the editor clean: tagged and saved, nothing left unsaved');
      assert.match(await readText(uri), /Typing on and on\.\n/);
    } finally {
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
      await files.update('autoSaveDelay', undefined, vscode.ConfigurationTarget.Workspace);
      await setSetting('tagging.idleSeconds', undefined);
    }
  });

  it('says in the CodeLens what the file says: after an undo of the tags, and for a pinned label', async () => {
    const stale = `---\ndate: 2026-11-23\nkind: daily\ntags: [how]\nwhy: 0.1\nhow: 0.9\n---\n\n# Monday\n\n${WHY}\n`;
    const editor = await openEntry('2026-10-13.md', stale);
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'And I thanked the night shift.\n'));
    assert.ok(await editor.document.save());
    assert.doesNotMatch(editor.document.getText(), /^tags: \[how\]$/m, 'the save wrote the reading');
    await vscode.commands.executeCommand('undo'); // Takes the tagger's front-matter edit back first.
    assert.match(editor.document.getText(), /^tags: \[how\]\nwhy: 0\.1\nhow: 0\.9$/m);
    const titles = async (uri: vscode.Uri): Promise<string[]> =>
      (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)).map((lens) => lens.command?.title ?? '');
    assert.deepEqual(await titles(editor.document.uri), ['how · why 10% · how 90% · out of date, saving updates it — explain']);
    const pinned = await openEntry('2026-10-12.md', `---\ndate: 2026-11-23\ntags: [how]\nwhy: 0.2\nhow: 0.8\ntags-pinned: true\n---\n\n${WHY}\n`);
    assert.deepEqual(await titles(pinned.document.uri), ['how · your label — unpin', 'explain']);
    const tagsLine = pinned.document.getText().split('\n').findIndex((line) => line.startsWith('tags:'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', pinned.document.uri, new vscode.Position(tagsLine, 2));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /^\*\*In the file:\*\* how · why 20% · how 80%\n\nYour own label \(tags-pinned: true\)/);
  });

  it('counts the user\'s own terms from settings', async () => {
    await setSetting('tagging.whyTerms', ['zorblax']);
    const editor = await openEntry('2026-10-15.md', '---\ndate: 2026-11-15\n---\n\nWe zorblax together.\n');
    await vscode.commands.executeCommand(Commands.tagEntry);
    assert.match(editor.document.getText(), /^tags: \[why\]$/m);
  });
});
