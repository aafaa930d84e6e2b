// E2E, in the real VS Code (code-server), with the extension in the browser's web worker extension
// host (the user setting `remote.extensionKind`, as web.e2e.ts does): a person encrypts the sample
// journal with a passphrase from the Command Palette, writes an entry and saves it. The entry is
// tagged on save, and no plain text of it, nor of the sample entries, is left in the workspace on disk.
// Here scrypt runs in JavaScript, not in Node's crypto: a key takes tens of seconds on a busy machine,
// so every wait for the product is long (waitFor with timeouts, never a fixed sleep). Then, as the
// desktop spec does: the window is reloaded and the passphrase asked again (a wrong one first gets the
// message and changes no byte), the entry reads back, and a sample entry's save left cut off before
// its rename (only its `.lj-partial`, as VS Code's delete-then-rename leaves it) is put back; the passphrase is changed (Debian's `age -d`
// opens the files with the new one, not the old); Decrypt Journal… refuses the old one and changes
// nothing, and with the new one gives back plain Markdown with the very bytes that were sealed.
// A second session does the same in a virtual workspace (the in-memory file system of
// fixtures/memfs, as workspaces.e2e.ts opens it), also from the web worker host: there is no disk
// behind the journal, so what is checked is what the product shows — the entry tagged in its editor,
// and only sealed `.md.age` files in the Explorer; then a wrong current passphrase changes nothing, the
// passphrase is changed, and Decrypt Journal… turns the Explorer's entries back into `.md` files that
// open with the text written. No reload there: the fixture's file system lives in the extension host's
// memory and is gone with it.
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatIsoDate, localDateOf } from '../../src/core/calendar/localDate';
import {
  ageDecrypt, answerPassphrase, assertNotAskedToUnlock, assertSealedOnDisk, changePassphraseFromPalette, decryptFromPalette, editorShows, filesContaining,
  openDate, openDateAtEnd, reloadWindow, snapshotFiles, toast, waitForSealedSave,
} from './support/encryption';
import { useSession } from './support/session';
import { outputChannelText, pickQuickItem, runCommand, screenshot } from './support/workbench';

const EXTENSION_ID = 'leadership-journal.leadership-journal';
const IN_WEB_WORKER = { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } };
const SAMPLE = join(__dirname, '..', 'fixtures', 'sample-journal', 'journal');
const PASSPHRASE = 'Grüße aus dem Büro — 7 Elche';
const NEW_PASSPHRASE = 'a new one, after the laptop was repaired';
const WRONG_PASSPHRASE = 'Grüsse aus dem Büro — 7 Elche';
const REFUSED = 'That passphrase does not open this journal. Nothing was changed.';
const DATE = '2026-11-23';
const ENTRY = `journal/2026/11/${DATE}.md`;
/** Written for this test; looked for on disk afterwards. */
const LINE = 'Confidential: Jonas asked for medical leave in January, and I will cover his reviews myself.';
/** The journal's key file, sealed under the passphrase: what `age -d -i` takes. */
const KEY = (workspace: string): string => join(workspace, 'journal/.leadership-journal/key.age');
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
  await (done ? done() : toast(page, `Encrypted ${entries} ${entries === 1 ? 'entry' : 'entries'}`, SLOW));
}

/** Waits until a notification showing `text` was shown: as a toast, or else in the notification centre. */
async function noticeShown(page: Page, text: string): Promise<void> {
  const deadline = Date.now() + SLOW;
  while (Date.now() < deadline) {
    if (await page.locator('.notifications-toasts', { hasText: text }).isVisible().catch(() => false)) {
      return;
    }
    await runCommand(page, 'Notifications: Show Notifications');
    const centre = page.locator('.notifications-center', { hasText: text });
    const seen = await centre.waitFor({ timeout: 5_000 }).then(() => true, () => false);
    await page.keyboard.press('Escape'); // Hides the centre ("Hide Notifications" is not in the palette).
    if (seen) {
      return;
    }
  }
  throw new Error(`no notification showed "${text}"`);
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
    // The tags come with a second save (the tag write): both are waited for, and the reload that follows must not
    // catch that save half done (its editor would come back dirty).
    const complete = (text: string): boolean => text.includes(LINE) && /^tags: \[(why|how|balanced|unclear)\]$/m.test(text);
    const opened = await waitForSealedSave(page, { file: sealed, identity: KEY(workspace), passphrase: PASSPHRASE, scratch: dirname(workspace) }, complete, 240);
    assert.ok(existsSync(sealed), 'the entry is on disk, sealed');
    assert.ok(complete(opened), `age decrypts the saved entry, tagged: ${opened}`);
    assert.ok(!existsSync(join(workspace, ENTRY)), 'no plain file beside it');
    assert.match(readFileSync(sealed, 'latin1'), /^age-encryption\.org\/v1\n/, 'an age file');
    assert.deepEqual(filesContaining(workspace, LINE), [], 'the entry\'s text is nowhere in the workspace');
    assert.deepEqual(filesContaining(workspace, 'Jonas'), [], 'not even a word of it');
    assert.deepEqual(filesContaining(workspace, SAMPLE_SENTENCE), [], 'the sample entries are encrypted too');
  });

  it('asks for the passphrase again after a reload: a wrong one is told and changes nothing, the right one opens the entry', async function () {
    // The worker starts again with the window, then each passphrase typed costs a scrypt in JavaScript.
    this.timeout(600_000);
    const { page, workspace } = session();
    // A sample entry's save cut off between VS Code's delete and its rename: only the partial is left.
    const cutOff = join(workspace, 'journal/2026/11/2026-11-18.md.age');
    renameSync(cutOff, `${cutOff}.lj-partial`);
    const old = new Date(Date.now() - 5 * 60_000); // Older than the minute a save under way is given.
    utimesSync(`${cutOff}.lj-partial`, old, old);
    const before = snapshotFiles(join(workspace, 'journal'));
    await reloadWindow(page);
    await answerPassphrase(page, 'The journal is encrypted', WRONG_PASSPHRASE, SLOW);
    const retry = page.locator('.quick-input-widget', { hasText: 'That passphrase does not open this journal. Try again.' });
    await retry.waitFor({ state: 'visible', timeout: SLOW });
    await screenshot(page, 'encweb-03-wrong-passphrase');
    assert.deepEqual(snapshotFiles(join(workspace, 'journal')), before, 'a wrong passphrase writes nothing');
    await answerPassphrase(page, 'That passphrase does not open this journal', PASSPHRASE);
    await page.locator(`.editor-group-container.active .tab.active[data-resource-name="${DATE}.md"]`).waitFor({ timeout: SLOW });
    await page.locator('.editor-group-container.active .tab.active:not(.dirty)').waitFor({ timeout: SLOW }); // Restored as saved, not from a backup.
    await editorShows(page, /^tags:\s\[(why|how|balanced|unclear)\]$/, SLOW);
    // Restored at its top, and Monaco draws only the lines in view: the written line is at the end.
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await editorShows(page, LINE, SLOW);
    assert.ok(existsSync(cutOff) && !existsSync(`${cutOff}.lj-partial`), 'the unlock renamed the cut-off save into place');
    await screenshot(page, 'encweb-04-after-reload');
  });

  it('changes the passphrase: age -d opens the files with the new one and not the old, and the entry still opens', async function () {
    this.timeout(600_000);
    const { page, workspace } = session();
    const root = dirname(workspace);
    const sealed = join(workspace, `${ENTRY}.age`);
    const before = readFileSync(sealed);
    await changePassphraseFromPalette(page, PASSPHRASE, NEW_PASSPHRASE);
    await toast(page, 'Re-encrypted 3 entries to the new passphrase', SLOW);
    assert.ok(!readFileSync(sealed).equals(before), 'sealed again');
    assert.ok(ageDecrypt(KEY(workspace), sealed, NEW_PASSPHRASE, root).includes(LINE), 'the new passphrase opens the entry');
    assert.throws(() => ageDecrypt(KEY(workspace), sealed, PASSPHRASE, root), Error, 'the old one does not');
    // Read again through the provider, under the new key: the open editor's text is VS Code's copy.
    await runCommand(page, 'View: Close All Editors');
    await openDate(page, DATE);
    // VS Code reopens a closed editor where it was scrolled (here, at the end): wait for the text at
    // either end to be drawn, then go to the end, where the written line is.
    await editorShows(page, /kind:\sdaily|Confidential:\sJonas/, SLOW); // \s: Monaco draws spaces as no-break spaces.
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await editorShows(page, LINE, SLOW);
  });

  it('refuses the old passphrase to Decrypt Journal… and changes nothing; the new one gives back the same bytes in plain Markdown', async function () {
    this.timeout(600_000);
    const { page, workspace } = session();
    const journal = join(workspace, 'journal');
    const sealedFiles = snapshotFiles(journal);
    await decryptFromPalette(page, PASSPHRASE);
    await toast(page, REFUSED, SLOW);
    assert.deepEqual(snapshotFiles(journal), sealedFiles, 'a wrong passphrase writes nothing');
    // What was sealed, as the reference tool reads it: the plain files must be these bytes.
    const written = ageDecrypt(KEY(workspace), join(workspace, `${ENTRY}.age`), NEW_PASSPHRASE, dirname(workspace));
    await decryptFromPalette(page, NEW_PASSPHRASE);
    await toast(page, 'Decrypted 3 entries', SLOW);
    await screenshot(page, 'encweb-05-decrypted');
    await assertNotAskedToUnlock(page);
    assert.equal(readFileSync(join(workspace, ENTRY), 'utf8'), written);
    assert.ok(written.includes(LINE) && /^tags: \[(why|how|balanced|unclear)\]$/m.test(written), written);
    for (const day of ['2026-11-18', '2026-11-20']) {
      const name = `2026/11/${day}.md`;
      assert.ok(readFileSync(join(journal, name)).equals(readFileSync(join(SAMPLE, name))), `${name} is the sample's own bytes again`);
    }
    assert.deepEqual(Object.keys(snapshotFiles(journal)).sort(), ['2026/11/2026-11-18.md', '2026/11/2026-11-20.md', `2026/11/${DATE}.md`], 'only plain entries: no sealed file, key or descriptor left');
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
    // The sealed file shows before the run has finished (the plain one is removed, the journal index
    // read again, then the journal is open): its closing message is waited for too, in the
    // notification centre if its toast has gone, or the next command can find the run still going.
    await encryptWithPassphrase(page, 1, async () => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: `${today}.md.age` }).waitFor({ timeout: SLOW });
      await noticeShown(page, 'Encrypted 1 entry');
    });
    await screenshot(page, 'encvirtual-01-encrypted');

    await writeAndSave(page);
    await screenshot(page, 'encvirtual-02-tagged');
    assert.deepEqual(filesContaining(workspace, LINE), [], 'nothing of it on the local disk');

    // What the product shows of the journal's folder: the entries as sealed files, no plain Markdown.
    const names = await explorerEntries(page, `${DATE}.md.age`);
    await screenshot(page, 'encvirtual-03-explorer');
    assert.deepEqual(names, [...new Set([`${DATE}.md.age`, `${today}.md.age`])].sort(), 'only sealed entries');
  });

  it('refuses a wrong current passphrase and changes nothing, changes it, and decrypts back to the entries as written', async function () {
    this.timeout(600_000);
    const { page } = session();
    const today = formatIsoDate(localDateOf(new Date()));
    const sealed = [...new Set([`${DATE}.md.age`, `${today}.md.age`])].sort();
    await changePassphraseFromPalette(page, WRONG_PASSPHRASE, NEW_PASSPHRASE);
    await toast(page, REFUSED, SLOW);
    assert.deepEqual(await explorerEntries(page, `${DATE}.md.age`), sealed, 'still sealed');
    await changePassphraseFromPalette(page, PASSPHRASE, NEW_PASSPHRASE);
    await toast(page, `Re-encrypted ${sealed.length} ${sealed.length === 1 ? 'entry' : 'entries'} to the new passphrase`, SLOW);
    await decryptFromPalette(page, NEW_PASSPHRASE);
    await toast(page, `Decrypted ${sealed.length} ${sealed.length === 1 ? 'entry' : 'entries'}`, SLOW);
    assert.deepEqual(await explorerEntries(page, `${DATE}.md`), sealed.map((name) => name.replace(/\.age$/, '')), 'plain Markdown again');
    await screenshot(page, 'encvirtual-04-decrypted');
    await assertNotAskedToUnlock(page); // It was, before JournalVault.lockWhile: the index asked mid-run.
    await openDateAtEnd(page, DATE, SLOW);
    await editorShows(page, LINE, SLOW);
    await page.keyboard.press('Control+Home');
    await editorShows(page, /^tags:\s\[(why|how|balanced|unclear)\]$/, SLOW);
  });
});

/**
 * The entry files the Explorer shows under the virtual workspace's journal folder, sorted, once one
 * named `waitFor` is among them (the year and month folders are opened as a person would).
 */
async function explorerEntries(page: Page, waitFor: string): Promise<string[]> {
  const today = formatIsoDate(localDateOf(new Date()));
  const explorer = page.locator('.explorer-folders-view');
  for (const folder of ['journal', ...new Set(['2026', today.slice(0, 4)]), '11', today.slice(5, 7)]) {
    const row = explorer.locator('.monaco-list-row', { hasText: new RegExp(`^${folder}$`) }).first();
    await row.waitFor({ timeout: 60_000 });
    if ((await row.getAttribute('aria-expanded')) !== 'true') {
      await row.click();
    }
  }
  await explorer.locator('.monaco-list-row', { hasText: new RegExp(`^${waitFor.replace(/\./g, '\\.')}$`) }).waitFor({ timeout: SLOW });
  // A save through workspace.fs writes `NAME.md.age.lj-partial` and then renames it: the Explorer may
  // show that partial for a moment after the save returned. Read again until none is shown.
  // The list is read by row index: while it re-renders after a rename, one row can be in the DOM
  // twice for a moment (CI saw one entry listed twice once); a real second file has its own index.
  // It is read until two readings half a second apart agree.
  const deadline = Date.now() + SLOW;
  let previous = '';
  for (;;) {
    const rows = await explorer.locator('.monaco-list-row').evaluateAll((elements) =>
      elements.map((element) => [element.getAttribute('data-index') ?? '', (element as HTMLElement).innerText.trim()] as const),
    );
    const names = [...new Map(rows).values()].filter((name) => /^\d{4}-\d{2}-\d{2}/.test(name)).sort();
    const settled = JSON.stringify(names) === previous && !names.some((name) => name.endsWith('.lj-partial'));
    if (settled || Date.now() > deadline) {
      return names;
    }
    previous = JSON.stringify(names);
    await page.waitForTimeout(500);
  }
}
