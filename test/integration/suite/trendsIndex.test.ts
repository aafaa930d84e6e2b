// The journal index in the extension host: built on demand, current after saves, creates, deletes
// and renames, skipping files that are not entries.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../../src/extension/commandIds';
import type { LeadershipJournalApi } from '../../../src/extension/extension';
import { journalUri, reset, setSetting, workspaceUri, writeText } from './helpers';

async function api(): Promise<LeadershipJournalApi> {
  const extension = vscode.extensions.getExtension<LeadershipJournalApi>('leadership-journal.leadership-journal');
  assert.ok(extension);
  return extension.activate();
}

/**
 * How long a file event may take to reach the index: events travel from the server's watcher through
 * the workbench to the extension host, and in full runs on a busy 2-core machine a rename took more
 * than 25 s to arrive (with and without the encrypted journal's code, which a plain journal no longer
 * loads). As the calendar's waits (calendar.test.ts).
 */
const EVENT_WAIT_MS = 45_000;

/** Waits until the index satisfies `check` (file events arrive asynchronously). */
async function until(check: (paths: string[]) => boolean): Promise<string[]> {
  const journal = await api();
  const deadline = Date.now() + EVENT_WAIT_MS;
  while (Date.now() < deadline) {
    const paths = (await journal.indexedEntries()).map((e) => e.path).sort();
    if (check(paths)) {
      return paths;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return (await journal.indexedEntries()).map((e) => e.path).sort();
}

describe('Journal index (extension host)', () => {
  after(reset);

  it('indexes entries and skips files that are not entries', async function () {
    this.timeout(60_000);
    await writeText(journalUri('2025/01/2025-01-06.md'), '---\ndate: 2025-01-06\nkind: daily\n---\n\nI explained why the change matters to the team.\n');
    await writeText(journalUri('2025/01/2025-01-07.md'), '---\ndate: 2025-01-07\nkind: daily\n---\n\nI rebuilt the rota and moved the deadline.\n');
    await writeText(journalUri('2025/01/ideas.md'), 'No date anywhere.\n');
    await writeText(journalUri('2025/01/2025-01-08.md'), '---\ndate: [broken\n---\nx\n');
    const paths = await until((p) => p.includes('2025/01/2025-01-07.md'));
    assert.ok(paths.includes('2025/01/2025-01-06.md'));
    assert.ok(!paths.includes('2025/01/ideas.md'));
    assert.ok(!paths.includes('2025/01/2025-01-08.md'));
    const entries = await (await api()).indexedEntries();
    assert.equal(entries.find((e) => e.path === '2025/01/2025-01-06.md')?.label, 'why');
    assert.equal(entries.find((e) => e.path === '2025/01/2025-01-07.md')?.label, 'how');
  });

  it('follows saves, new files, renames and deletes', async function () {
    this.timeout(5 * EVENT_WAIT_MS); // Four waits at most, and the steps between.
    const editor = await vscode.window.showTextDocument(journalUri('2025/01/2025-01-07.md'));
    await editor.edit((edit) => edit.replace(new vscode.Range(5, 0, 6, 0), 'I told them why this matters to our customers and what I believe we can become.\n'));
    await editor.document.save();
    const journal = await api();
    for (const deadline = Date.now() + EVENT_WAIT_MS; Date.now() < deadline && (await journal.indexedEntries()).find((e) => e.path === '2025/01/2025-01-07.md')?.label !== 'why';) {
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal((await journal.indexedEntries()).find((e) => e.path === '2025/01/2025-01-07.md')?.label, 'why');
    await writeText(journalUri('2025/01/2025-01-09.md'), '---\ndate: 2025-01-09\n---\n\nPlanned the budget.\n');
    assert.ok((await until((p) => p.includes('2025/01/2025-01-09.md'))).includes('2025/01/2025-01-09.md'));
    await vscode.workspace.fs.rename(journalUri('2025/01/2025-01-09.md'), journalUri('2025/01/2025-01-10.md'));
    const renamed = await until((p) => p.includes('2025/01/2025-01-10.md') && !p.includes('2025/01/2025-01-09.md'));
    assert.ok(renamed.includes('2025/01/2025-01-10.md') && !renamed.includes('2025/01/2025-01-09.md'));
    await vscode.workspace.fs.delete(journalUri('2025'), { recursive: true });
    const gone = await until((p) => !p.some((path) => path.startsWith('2025/')));
    assert.ok(!gone.some((path) => path.startsWith('2025/')));
  });

  it('keeps a file written while the index is being rebuilt for a new journal folder', async function () {
    this.timeout(60_000);
    await (await api()).indexedEntries(); // Built for the current folder…
    await setSetting('journalFolder', 'journal-moved'); // …so a new folder starts a rebuild now,
    const moved = vscode.Uri.joinPath(workspaceUri(), 'journal-moved');
    await writeText(vscode.Uri.joinPath(moved, '2025', '02', '2025-02-03.md'), '---\ndate: 2025-02-03\n---\n\nI set out why the move matters.\n');
    try {
      const paths = await until((p) => p.includes('2025/02/2025-02-03.md'));
      assert.ok(paths.includes('2025/02/2025-02-03.md'), paths.join(', '));
    } finally {
      await setSetting('journalFolder', undefined);
      await vscode.workspace.fs.delete(moved, { recursive: true, useTrash: false });
    }
  });

  it('Show Trends opens the larger panel', async () => {
    await vscode.commands.executeCommand(Commands.showTrends);
    let tabs: readonly vscode.Tab[] = [];
    for (let i = 0; i < 50 && !tabs.some((tab) => tab.input instanceof vscode.TabInputWebview); i++) {
      await new Promise((r) => setTimeout(r, 100));
      tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    }
    const panel = tabs.find((tab) => tab.input instanceof vscode.TabInputWebview);
    assert.equal(panel?.label, 'Leadership Journal Trends', tabs.map((t) => t.label).join(', '));
  });
});
