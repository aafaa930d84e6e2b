// E2E, in the real VS Code: a person runs "New Entry" from the Command Palette, sees today's entry,
// and opens the Leadership Journal sidebar. Screenshots go to .e2e-artifacts/screenshots/.
import * as assert from 'node:assert/strict';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIsoDate, localDateOf } from '../../src/core/calendar/localDate';
import { scaffoldDailyEntry } from '../../src/core/entries/dailyTemplate';
import { dailyEntryPath } from '../../src/core/journal/entryPath';
import { startSession, type Session } from './support/session';
import { activeEditorText, activeTabFileName, runCommand, screenshot, webviewFrame } from './support/workbench';

describe('New Entry and the sidebar, in the real VS Code', function () {
  let session: Session;
  const today = localDateOf(new Date());
  const relativePath = `journal/${dailyEntryPath(today)}`;

  before(async function () {
    session = await startSession();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await screenshot(session.page, `failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
    }
  });

  after(async function () {
    await session?.close();
  });

  it("creates today's entry from the Command Palette and shows it in the editor", async function () {
    const { page, workspace } = session;
    await runCommand(page, 'Leadership Journal: New Entry');
    const file = join(workspace, relativePath);
    await page.locator('.editor-group-container.active .tab.active', { hasText: `${formatIsoDate(today)}.md` }).waitFor();
    assert.equal(await activeTabFileName(page), `${formatIsoDate(today)}.md`);
    assert.ok(existsSync(file), `${relativePath} exists on disk`);
    assert.equal(readFileSync(file, 'utf8'), scaffoldDailyEntry(today).text);
    const shown = await activeEditorText(page);
    assert.match(shown, /kind: daily/);
    assert.match(shown, new RegExp(`date: ${formatIsoDate(today)}`));
    // The cursor waits on the first answer line.
    const expectedLine = scaffoldDailyEntry(today).cursorLine + 1;
    await page.locator('.statusbar', { hasText: `Ln ${expectedLine}, Col 1` }).waitFor();
    await screenshot(page, '01-new-entry');
  });

  it('opens the existing entry instead of overwriting it', async function () {
    const { page, workspace } = session;
    const file = join(workspace, relativePath);
    appendFileSync(file, 'Something only I wrote.\n');
    const before = readFileSync(file, 'utf8');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('W'); // close all editors
    await runCommand(page, 'Leadership Journal: New Entry');
    await page.locator('.editor-group-container.active .tab.active', { hasText: `${formatIsoDate(today)}.md` }).waitFor();
    await page.locator('.editor-group-container.active .view-line', { hasText: 'Something only I wrote.' }).waitFor();
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  it('shows the sidebar view, which answers the handshake', async function () {
    const { page } = session;
    await page.locator('.activitybar .action-item a[aria-label="Leadership Journal"]').click();
    // A container with a single view shows the view's name in the sidebar title.
    await page.locator('.sidebar .title-label', { hasText: /Trends/i }).waitFor();
    const frame = webviewFrame(page, 'Trends');
    await frame.getByRole('heading', { name: 'Your leadership trends' }).waitFor();
    // The footer is filled from the host's `init` message: proof the ready handshake ran.
    const footer = await frame.locator('#journal-folder').innerText();
    assert.match(footer, /^Journal folder: journal · v\d+\.\d+\.\d+$/);
    await screenshot(page, '02-sidebar');
  });
});
