// E2E, in the real VS Code (code-server), with the extension in the browser's web worker extension
// host (the user setting `remote.extensionKind`, as web.e2e.ts does): a person encrypts the sample
// journal with a passphrase from the Command Palette, writes an entry and saves it. The entry is
// tagged on save, and no plain text of it, nor of the sample entries, is left in the workspace on disk.
// Here scrypt runs in JavaScript, not in Node's crypto: a key takes tens of seconds on a busy machine,
// so every wait for the product is long (waitFor with timeouts, never a fixed sleep).
// A second session does the same in a virtual workspace (the in-memory file system of
// fixtures/memfs, as workspaces.e2e.ts opens it), also from the web worker host: there is no disk
// behind the journal, so what is checked is what the product shows — the entry tagged in its editor,
// and only sealed `.md.age` files in the Explorer.
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatIsoDate, localDateOf } from '../../src/core/calendar/localDate';
import { answerPassphrase, assertSealedOnDisk, editorShows, filesContaining, openDateAtEnd } from './support/encryption';
import { useSession } from './support/session';
import { outputChannelText, pickQuickItem, runCommand, screenshot } from './support/workbench';

const EXTENSION_ID = 'leadership-journal.leadership-journal';
const IN_WEB_WORKER = { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } };
const SAMPLE = join(__dirname, '..', 'fixtures', 'sample-journal', 'journal');
const PASSPHRASE = 'Grüße aus dem Büro — 7 Elche';
const DATE = '2026-11-23';
const ENTRY = `journal/2026/11/${DATE}.md`;
/** Written for this test; looked for on disk afterwards. */
const LINE = 'Confidential: Jonas asked for medical leave in January, and I will cover his reviews myself.';
const SAMPLE_SENTENCE = 'Spent twenty minutes with Priya on why the migration matters';
/** Unlocking derives the key with scrypt in JavaScript: 18–56 s measured on this machine, more when busy. */
const SLOW = 240_000;


/** Encrypt Journal… from the palette, names kept readable, with PASSPHRASE typed twice. */
async function encryptWithPassphrase(page: Page, entries: number, done?: () => Promise<void>): Promise<void> {
  await runCommand(page, 'Leadership Journal: Encrypt Journal…');
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Encrypt, Keep Names Readable' }).click();
  await pickQuickItem(page, 'With a Passphrase'); // Or a pasted age key (encryptionWebIdentity.e2e.ts).
  await answerPassphrase(page, 'Choose a passphrase', PASSPHRASE);
  await answerPassphrase(page, 'Type the same passphrase again', PASSPHRASE);
  await (done ? done() : page.locator('.notifications-toasts', { hasText: `Encrypted ${entries} ${entries === 1 ? 'entry' : 'entries'}` }).waitFor({ timeout: SLOW }));
}

/** Opens DATE's entry with Open Entry for Date…, types LINE at its end and saves; waits for the tags. */
async function writeAndSave(page: Page): Promise<void> {
  await openDateAtEnd(page, DATE, SLOW);
  await page.keyboard.insertText(LINE);
  await page.keyboard.press('Control+S');
  await page.keyboard.press('Control+Home'); // Monaco draws only the lines in view; the tags are at the top.
  await editorShows(page, /^tags:\s\[(why|how|balanced|unclear)\]$/, SLOW); // Monaco draws spaces as no-break spaces: \s matches them.
  await page.locator('.editor-group-container.active .tab.active:not(.dirty)').waitFor({ timeout: SLOW });
}

describe('Encrypted journal in the web worker extension host, in the real VS Code', function () {
  const session = useSession('encweb', {
    settings: IN_WEB_WORKER,
    seed: (workspace) => cpSync(SAMPLE, join(workspace, 'journal'), { recursive: true }),
  });

  it('runs in the web worker host and encrypts the journal from the palette with a passphrase', async function () {
    this.timeout(400_000);
    const { page, workspace } = session();
    await encryptWithPassphrase(page, 2);
    await screenshot(page, 'encweb-01-encrypted');
    // The log exists once the extension has started (the command above started it).
    assert.match(await outputChannelText(page, 'Leadership Journal', 'started in'), /started in the web worker extension host/);
    assertSealedOnDisk(workspace, ['2026-11-18', '2026-11-20']);
  });

  it('writes an entry that is tagged on save and saved only sealed: no plain text of it in the workspace', async function () {
    this.timeout(400_000);
    const { page, workspace } = session();
    await writeAndSave(page);
    await screenshot(page, 'encweb-02-tagged');
    const sealed = join(workspace, `${ENTRY}.age`);
    // The tab's dirty mark goes while the save still runs (seal, write beside, read back): the file is waited for.
    for (let i = 0; i < 240 && !existsSync(sealed); i++) {
      await page.waitForTimeout(250);
    }
    assert.ok(existsSync(sealed), 'the entry is on disk, sealed');
    assert.ok(!existsSync(join(workspace, ENTRY)), 'no plain file beside it');
    assert.match(readFileSync(sealed, 'latin1'), /^age-encryption\.org\/v1\n/, 'an age file');
    assert.deepEqual(filesContaining(workspace, LINE), [], 'the entry\'s text is nowhere in the workspace');
    assert.deepEqual(filesContaining(workspace, 'Jonas'), [], 'not even a word of it');
    assert.deepEqual(filesContaining(workspace, SAMPLE_SENTENCE), [], 'the sample entries are encrypted too');
  });
});

describe('Encrypted journal in a virtual workspace (in-memory file system), from the web worker host', function () {
  const session = useSession('encvirtual', {
    settings: { ...IN_WEB_WORKER, 'explorer.compactFolders': false },
    extraExtensions: [(dir) => cpSync(join(__dirname, 'fixtures', 'memfs'), join(dir, 'leadership-journal-test.lj-test-memfs-0.0.1'), { recursive: true })],
    seed: (workspace) => writeFileSync(join(workspace, 'virtual.code-workspace'), JSON.stringify({ folders: [{ uri: 'ljmem:/journal-space', name: 'journal-space' }] })),
    openPath: (workspace) => `/?workspace=${encodeURIComponent(join(workspace, 'virtual.code-workspace'))}`,
  });

  it('encrypts, writes an entry tagged on save, and the Explorer shows only sealed files', async function () {
    this.timeout(600_000);
    const { page, workspace } = session();
    // The in-memory journal starts empty: one entry to encrypt, written as a person would.
    await runCommand(page, 'Leadership Journal: New Entry…');
    await pickQuickItem(page, 'Daily reflection');
    await page.locator('.explorer-folders-view', { hasText: 'journal-space' }).waitFor();
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(SAMPLE_SENTENCE);
    await page.keyboard.press('Control+S');
    await editorShows(page, /^tags:\s\[/, SLOW);
    await runCommand(page, 'View: Close All Editors');
    // Run 3 saw the journal encrypted here but no toast in view: the sealed file in the Explorer is waited for.
    const today = formatIsoDate(localDateOf(new Date()));
    await encryptWithPassphrase(page, 1, () => page.locator('.explorer-folders-view .monaco-list-row', { hasText: `${today}.md.age` }).waitFor({ timeout: SLOW }));
    await screenshot(page, 'encvirtual-01-encrypted');

    await writeAndSave(page);
    await screenshot(page, 'encvirtual-02-tagged');
    assert.deepEqual(filesContaining(workspace, LINE), [], 'nothing of it on the local disk');

    // What the product shows of the journal's folder: the entries as sealed files, no plain Markdown.
    const explorer = page.locator('.explorer-folders-view');
    for (const folder of ['journal', ...new Set(['2026', today.slice(0, 4)]), '11', today.slice(5, 7)]) {
      const row = explorer.locator('.monaco-list-row', { hasText: new RegExp(`^${folder}$`) }).first();
      await row.waitFor({ timeout: 60_000 });
      if ((await row.getAttribute('aria-expanded')) !== 'true') {
        await row.click();
      }
    }
    await explorer.locator('.monaco-list-row', { hasText: `${DATE}.md.age` }).waitFor({ timeout: 60_000 });
    const names = (await explorer.locator('.monaco-list-row').allInnerTexts()).map((name) => name.trim());
    await screenshot(page, 'encvirtual-03-explorer');
    const entries = names.filter((name) => /^\d{4}-\d{2}-\d{2}/.test(name));
    assert.ok(entries.length >= 2, names.join(', '));
    for (const name of entries) {
      assert.match(name, /\.md\.age$/, `only sealed entries: ${names.join(', ')}`);
    }
  });
});
