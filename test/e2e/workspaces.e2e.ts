// E2E, in the real VS Code: the packaged extension in the two kinds of workspace that break most
// journaling extensions.
//  - Restricted Mode (Workspace Trust on, folder not trusted): the workspace's own settings try to
//    send entries to a folder outside it; the extension declares that setting restricted, so VS Code
//    ignores the workspace value and the entry lands in the default place.
//  - A virtual workspace: the only folder is on an in-memory file system (fixtures/memfs), with no
//    disk behind it; entries are created, tagged on save and indexed through vscode.workspace.fs.
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIsoDate, localDateOf } from '../../src/core/calendar/localDate';
import { useSession } from './support/session';
import { activeEditorText, pickQuickItem, runCommand, screenshot, waitForActiveTab, webviewFrame } from './support/workbench';

function todayIso(): string {
  return formatIsoDate(localDateOf(new Date()));
}

function listFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : [];
}

describe('Restricted Mode (an untrusted workspace) in the real VS Code', function () {
  const elsewhere = mkdtempSync(join(tmpdir(), 'lj-elsewhere-'));
  const session = useSession('restricted', {
    workspaceTrust: true,
    seed: (workspace) => {
      mkdirSync(join(workspace, '.vscode'));
      writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'leadershipJournal.journalFolder': elsewhere }));
    },
  });

  it('runs in Restricted Mode and ignores the workspace\'s journal folder, writing inside the workspace', async function () {
    const { page, workspace } = session();
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 30_000 });
    await runCommand(page, 'Leadership Journal: New Entry…');
    await pickQuickItem(page, 'Daily reflection');
    const iso = todayIso();
    await waitForActiveTab(page, `${iso}.md`);
    assert.ok(existsSync(join(workspace, 'journal', iso.slice(0, 4), iso.slice(5, 7), `${iso}.md`)), 'the entry is in <workspace>/journal');
    assert.deepEqual(listFiles(elsewhere), [], 'nothing was written where the untrusted workspace pointed');
    await screenshot(page, 'restricted-01-entry');
  });
});

describe('A virtual workspace (in-memory file system) in the real VS Code', function () {
  const session = useSession('virtual', {
    extraExtensions: [(dir) => cpSync(join(__dirname, 'fixtures', 'memfs'), join(dir, 'leadership-journal-test.lj-test-memfs-0.0.1'), { recursive: true })],
    seed: (workspace) => writeFileSync(join(workspace, 'virtual.code-workspace'), JSON.stringify({ folders: [{ uri: 'ljmem:/journal-space', name: 'journal-space' }] })),
    openPath: (workspace) => `/?workspace=${encodeURIComponent(join(workspace, 'virtual.code-workspace'))}`,
  });

  it('creates an entry on the virtual file system, tags it on save and shows it in the trends', async function () {
    const { page, workspace } = session();
    await runCommand(page, 'Leadership Journal: New Entry…');
    await pickQuickItem(page, 'Daily reflection');
    const iso = todayIso();
    await waitForActiveTab(page, `${iso}.md`);
    await page.locator('.explorer-folders-view', { hasText: 'journal-space' }).waitFor();
    assert.equal(listFiles(join(workspace, 'journal')).length, 0, 'nothing was written to the local disk');

    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('I explained to the team why the new rota matters for the people we look after.');
    await page.keyboard.press('Control+S');
    await page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText: /^tags:/ }).waitFor({ timeout: 30_000 });
    assert.match(await activeEditorText(page), /^tags: \[why\]$/m);
    await screenshot(page, 'virtual-01-tagged');

    await runCommand(page, 'Leadership Journal: Show Trends');
    const frame = webviewFrame(page, 'Leadership Journal: Trends');
    await frame.getByText(/1 entr/).first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'virtual-02-trends');
  });
});
