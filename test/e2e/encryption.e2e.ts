// E2E, in the real VS Code: a person encrypts the sample journal from the Command Palette (the modal
// says what is protected and what is not; the passphrase is typed twice), writes an entry that is
// tagged on save like any other, sees it counted in the trends, reloads the window and is asked for
// the passphrase again. The entry's text is then nowhere on disk in plain — not in the workspace, not
// in VS Code's user data and the extension's storage — and the reference `age` tool decrypts the
// file the extension wrote. Last, the passphrase is changed, the old one then opens nothing (Decrypt
// Journal… with it changes nothing), and the new one turns the journal back into plain Markdown.
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { startSession, type Session } from './support/session';
import { ageDecrypt, answerPassphrase, filesContaining } from './support/encryption';
import { pickQuickItem, runCommand, screenshot, waitForActiveTab, webviewFrame } from './support/workbench';

const SAMPLE = join(__dirname, '..', 'fixtures', 'sample-journal', 'journal');
const PASSPHRASE = 'Grüße aus dem Büro — 7 Elche';
const NEW_PASSPHRASE = 'a new one, after the laptop was repaired';
const DATE = '2026-11-23';
const ENTRY = `journal/2026/11/${DATE}.md`;
/** Written for this test; the sentences are looked for on disk afterwards. */
const LINES = [
  'I told Amara why the merger of the two support desks matters for the customers who fall between them.',
  'Confidential: Jonas asked for medical leave in January, and I will cover his reviews myself.',
];
const SAMPLE_SENTENCE = 'Spent twenty minutes with Priya on why the migration matters';

async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.notifications-toasts', { hasText: text }).waitFor({ timeout: 120_000 });
}

async function editorShows(page: Page, text: string): Promise<void> {
  await page.locator('.editor-group-container.active .view-line', { hasText: text }).first().waitFor({ timeout: 120_000 });
}

describe('Encrypted journal in the real VS Code', function () {
  let session: Session;
  let root = '';

  before(async function () {
    session = await startSession({ seed: (workspace) => cpSync(SAMPLE, join(workspace, 'journal'), { recursive: true }) });
    root = dirname(session.workspace);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await screenshot(session.page, `failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
    }
  });

  after(async function () {
    await session?.close();
  });

  it('encrypts the journal from the palette, after saying what is protected and what is not', async function () {
    this.timeout(300_000);
    const { page, workspace } = session;
    await runCommand(page, 'Leadership Journal: Encrypt Journal…');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 60_000 });
    const said = await dialog.innerText();
    assert.match(said, /Protected: the text of every entry/);
    assert.match(said, /Not protected: file names, which show each entry's date and kind/);
    await screenshot(page, 'encrypt-confirm');
    await dialog.getByRole('button', { name: 'Encrypt, Keep Names Readable' }).click();
    await pickQuickItem(page, 'With a Passphrase');
    await answerPassphrase(page, 'Choose a passphrase', PASSPHRASE);
    await answerPassphrase(page, 'Type the same passphrase again', PASSPHRASE);
    await toast(page, 'Encrypted 2 entries');
    await screenshot(page, 'encrypted');
    for (const day of ['2026-11-18', '2026-11-20']) {
      assert.ok(existsSync(join(workspace, `journal/2026/11/${day}.md.age`)), `${day}.md.age`);
      assert.ok(!existsSync(join(workspace, `journal/2026/11/${day}.md`)), `${day}.md is gone`);
    }
    assert.ok(existsSync(join(workspace, 'journal/.leadership-journal/key.age')));
  });

  it('writes an entry that is tagged on save like any other, and saved only encrypted', async function () {
    this.timeout(300_000);
    const { page, workspace } = session;
    await runCommand(page, 'Leadership Journal: Open Entry for Date…');
    await page.locator('.quick-input-widget input').fill(DATE);
    await page.keyboard.press('Enter');
    await waitForActiveTab(page, `${DATE}.md`);
    await editorShows(page, 'kind: daily');
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    for (const [index, line] of LINES.entries()) {
      if (index > 0) {
        await page.keyboard.press('Enter');
      }
      await page.keyboard.insertText(line);
    }
    await page.keyboard.press('Control+S');
    await editorShows(page, 'tags: [');
    await page.locator('.editor-group-container.active .tab.active:not(.dirty)').waitFor({ timeout: 60_000 });
    await screenshot(page, 'encrypted-entry-tagged');
    const sealed = join(workspace, `${ENTRY}.age`);
    const key = join(workspace, 'journal/.leadership-journal/key.age');
    // VS Code hides a tab's dirty mark while its save runs (doRedrawTabDirty: isDirty() && !isSaving()),
    // and a save here seals, writes beside, reads back and verifies: the file is waited for, a minute at most.
    const started = Date.now();
    let opened = '';
    for (let i = 0; i < 60 && !(existsSync(sealed) && LINES.every((line) => opened.includes(line))); i++) {
      if (i > 0) {
        await page.waitForTimeout(1000);
      }
      opened = existsSync(sealed) ? ageDecrypt(key, sealed, PASSPHRASE, root) : '';
    }
    console.log(`      the saved text was in the file ${Date.now() - started} ms after the tab's dirty mark went`);
    assert.ok(!existsSync(join(workspace, ENTRY)), 'no plain file beside it');
    assert.ok(existsSync(sealed), 'the entry is on disk, sealed');
    assert.ok(!readFileSync(sealed).includes(Buffer.from('Jonas')), 'the file on disk is not plain text');
    for (const line of LINES) {
      assert.ok(opened.includes(line), `age decrypts the saved entry: ${opened}`);
    }
    assert.match(opened, /^tags: \[(why|how|balanced|unclear)\]$/m);
  });

  it('counts the encrypted entries in the trends', async function () {
    this.timeout(180_000);
    const { page } = session;
    await page.locator('.activitybar .action-item a[aria-label="Leadership Journal"]').click();
    const frame = webviewFrame(page, 'Trends');
    await frame.locator('#entry-count', { hasText: '3' }).waitFor({ timeout: 120_000 });
    await screenshot(page, 'encrypted-trends');
  });

  it('asks for the passphrase again after a reload, and opens the entry as before', async function () {
    // The extension host starts again with the window: seconds on a quiet machine, over a minute on a busy one.
    this.timeout(400_000);
    const { page } = session;
    await runCommand(page, 'Developer: Reload Window');
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    await answerPassphrase(page, 'The journal is encrypted', PASSPHRASE);
    await page.locator('.editor-group-container.active .tab.active[data-resource-name="2026-11-23.md"]').waitFor({ timeout: 120_000 });
    await editorShows(page, 'Confidential: Jonas asked for medical leave');
    const frame = webviewFrame(page, 'Trends');
    await frame.locator('#entry-count', { hasText: '3' }).waitFor({ timeout: 120_000 });
    await screenshot(page, 'encrypted-after-reload');
  });

  it('leaves no plain text of the entry in the workspace, VS Code\'s user data or the extension\'s storage', function () {
    for (const line of LINES) {
      assert.deepEqual(filesContaining(root, line), [], line);
    }
    assert.deepEqual(filesContaining(session.workspace, SAMPLE_SENTENCE), [], 'the sample entries are encrypted too');
  });

  it('changes the passphrase: every entry re-encrypted, the entry still open and readable', async function () {
    this.timeout(300_000);
    const { page, workspace } = session;
    const before = readFileSync(join(workspace, `${ENTRY}.age`));
    await runCommand(page, 'Leadership Journal: Change Journal Passphrase…');
    await answerPassphrase(page, "Type the journal's current passphrase", PASSPHRASE);
    await answerPassphrase(page, 'Choose a passphrase', NEW_PASSPHRASE);
    await answerPassphrase(page, 'Type the same passphrase again', NEW_PASSPHRASE);
    await toast(page, 'Re-encrypted 3 entries to the new passphrase');
    assert.ok(!readFileSync(join(workspace, `${ENTRY}.age`)).equals(before), 'sealed to the new key');
    assert.ok(ageDecrypt(join(workspace, 'journal/.leadership-journal/key.age'), join(workspace, `${ENTRY}.age`), NEW_PASSPHRASE, root).includes(LINES[1] ?? ''));
    await runCommand(page, 'Leadership Journal: Open Entry for Date…');
    await page.locator('.quick-input-widget input').fill(DATE);
    await page.keyboard.press('Enter');
    await editorShows(page, 'Confidential: Jonas asked for medical leave');
  });

  it('refuses the old passphrase to Decrypt Journal… and changes nothing; the new one gives plain Markdown back', async function () {
    this.timeout(300_000);
    const { page, workspace } = session;
    const decrypt = async (passphrase: string): Promise<void> => {
      await runCommand(page, 'Leadership Journal: Decrypt Journal…');
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.waitFor({ timeout: 60_000 });
      await dialog.getByRole('button', { name: 'Decrypt' }).click();
      await answerPassphrase(page, "Type the journal's passphrase", passphrase);
    };
    await decrypt(PASSPHRASE);
    await toast(page, 'That passphrase does not open this journal. Nothing was changed.');
    assert.ok(existsSync(join(workspace, `${ENTRY}.age`)));
    assert.ok(!existsSync(join(workspace, ENTRY)));
    await decrypt(NEW_PASSPHRASE);
    await toast(page, 'Decrypted 3 entries');
    assert.ok(!existsSync(join(workspace, `${ENTRY}.age`)));
    assert.ok(readFileSync(join(workspace, ENTRY), 'utf8').includes(LINES[1] ?? ''));
    assert.ok(!existsSync(join(workspace, 'journal/.leadership-journal')), 'the key and the descriptor are gone');
    assert.deepEqual(filesContaining(workspace, LINES[1] ?? ''), [join(workspace, ENTRY)], 'the search for plain text finds it where it now is');
  });
});
