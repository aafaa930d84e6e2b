// E2E: the packaged extension loaded as a WEB extension — in the browser's web worker extension
// host, from its "browser" bundle, with no Node at all — in the real VS Code (code-server). The user
// setting `remote.extensionKind` asks VS Code to run it there, as VS Code for the Web would. The
// extension names its host in its log at start, and the test reads that line from the Output view.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatIsoDate, localDateOf } from '../../src/core/calendar/localDate';
import { useSession } from './support/session';
import { outputChannelText, pickQuickItem, runCommand, screenshot, waitForActiveTab, webviewFrame } from './support/workbench';

const EXTENSION_ID = 'leadership-journal.leadership-journal';
const SEEDED = 'journal/2026/11/2026-11-20.md';

describe('Leadership Journal as a web extension (web worker host) in the real VS Code', function () {
  const session = useSession('web', {
    settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } },
    seed: (workspace) => {
      const file = join(workspace, SEEDED);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, '---\ndate: 2026-11-20\nkind: daily\n---\n\nI explained to the team why the merger matters for our patients.\n');
    },
  });

  it('creates today\'s entry, and says in its log that it runs in the web worker extension host', async function () {
    const { page, workspace } = session();
    await runCommand(page, 'Leadership Journal: New Entry…');
    await pickQuickItem(page, 'Daily reflection');
    const iso = formatIsoDate(localDateOf(new Date()));
    await waitForActiveTab(page, `${iso}.md`);
    const file = join(workspace, 'journal', iso.slice(0, 4), iso.slice(5, 7), `${iso}.md`);
    assert.ok(existsSync(file), `${file} was written through vscode.workspace.fs from the web worker`);
    assert.match(readFileSync(file, 'utf8'), /^---\ndate: \d{4}-\d{2}-\d{2}\nkind: daily\n/);

    const text = await outputChannelText(page, 'Leadership Journal', 'started in');
    assert.match(text, /started in the web worker extension host/);
    assert.doesNotMatch(text, /Node extension host/);
    await screenshot(page, 'web-01-log');
  });

  it('tags an entry on save and shows the trends, all from the web bundle', async function () {
    const { page, workspace } = session();
    await runCommand(page, 'Leadership Journal: Open Entry for Date…');
    const input = page.locator('.quick-input-widget input');
    await input.fill('2026-11-20');
    await page.keyboard.press('Enter');
    await waitForActiveTab(page, '2026-11-20.md');
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Then I moved the audit deadline to Friday and booked the room.');
    await page.keyboard.press('Control+S');
    const file = join(workspace, SEEDED);
    let saved = '';
    for (let i = 0; i < 100 && !/^tags: /m.test(saved); i++) {
      await page.waitForTimeout(100);
      saved = readFileSync(file, 'utf8');
    }
    assert.match(saved, /^tags: \[(why|how|balanced)\]$/m, saved);

    await runCommand(page, 'Leadership Journal: Show Trends');
    const frame = webviewFrame(page, 'Leadership Journal: Trends');
    await frame.locator('canvas').first().waitFor({ timeout: 30_000 });
    // Today's entry, created above and left untouched, is not counted (nothing written in it yet).
    await frame.locator('#entry-count', { hasText: /^1 (entry|Eintrag)$/ }).waitFor({ timeout: 30_000 });
    await frame.locator('#not-counted', { hasText: /^1 (entry not counted yet|Eintrag noch nicht gezählt)/ }).waitFor();
    await screenshot(page, 'web-02-trends');
  });
});
