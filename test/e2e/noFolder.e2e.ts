// E2E, in the real VS Code with no folder open: the first journal command asks once where the
// journal lives, remembers it in the user settings, and creates the entry there.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localDateOf } from '../../src/core/calendar/localDate';
import { dailyEntryPath } from '../../src/core/journal/entryPath';
import { recordFailure, startSession, type Session } from './support/session';
import { pickQuickItem, runCommand, screenshot, waitForActiveTab } from './support/workbench';

describe('No folder open, in the real VS Code', function () {
  let session: Session;

  before(async function () {
    session = await startSession({ noFolder: true });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await recordFailure(session, this.currentTest.title, this.currentTest.title);
    }
  });

  after(async function () {
    await session?.close();
  });

  it('asks once for the journal folder, remembers it, and writes the entry there', async function () {
    const { page, workspace } = session;
    const chosen = join(workspace, 'my-journal');
    mkdirSync(chosen, { recursive: true });
    await runCommand(page, 'Leadership Journal: New Entry…');
    await pickQuickItem(page, 'Daily reflection');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /No folder is open/);
    await screenshot(page, 'no-folder-ask');
    await dialog.getByRole('button', { name: 'Choose Folder…' }).click();
    // VS Code's own folder picker (a quick input holding a path).
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    // The picker fills in a starting folder of its own, sometimes late (on a cold machine, after we
    // typed): type ours until it stays put for half a second.
    for (let i = 0; i < 100 && !(await input.inputValue()).startsWith('/'); i++) {
      await page.waitForTimeout(100);
    }
    for (let attempt = 0; attempt < 10; attempt++) {
      if ((await input.inputValue()) !== `${chosen}/`) {
        await input.fill(`${chosen}/`);
      }
      await page.waitForTimeout(500);
      if ((await input.inputValue()) === `${chosen}/`) {
        break;
      }
    }
    assert.equal(await input.inputValue(), `${chosen}/`);
    await page.locator('.quick-input-widget .monaco-button', { hasText: 'Use for Journal' }).click();
    const name = dailyEntryPath(localDateOf(new Date())).split('/').pop() ?? '';
    await waitForActiveTab(page, name);
    assert.ok(existsSync(join(chosen, dailyEntryPath(localDateOf(new Date())))));
    const settings = readFileSync(join(workspace, '..', 'user-data', 'User', 'settings.json'), 'utf8');
    assert.match(settings, new RegExp(`"leadershipJournal.journalFolder": "${chosen.replace(/[/\\]/g, '\\$&')}"`));
    // Asked once: the next command goes straight to the remembered folder.
    await runCommand(page, "Leadership Journal: Open Today's Entry");
    await waitForActiveTab(page, name);
    assert.equal(await page.locator('.monaco-dialog-box').count(), 0);
  });
});
