// E2E, in the real VS Code: a person encrypts the sample journal from the Command Palette (the modal
// says what is protected and what is not; the passphrase is typed twice), writes an entry that is
// tagged on save like any other, sees it counted in the trends, reloads the window and is asked for
// the passphrase again — with a sample entry's save left cut off before its rename (only its
// `.lj-partial` on disk, as VS Code's delete-then-rename leaves it when a window closes), which the
// unlock puts back, so the trends count it. The entry's text is then nowhere on disk in plain — not in the workspace, not
// in VS Code's user data and the extension's storage — and the reference `age` tool decrypts the
// file the extension wrote. The Trends view (a person's name, a trap entry's title) and an Explain
// Tags panel (every sentence of the entry) were open across the reload: VS Code keeps what webviews
// save with `setState` in its workspace storage (IndexedDB in code-server's browser, whose profile is
// kept on disk for this spec; state.vscdb on the desktop), and none of that text is there either. Then the user turns on `encryption.rememberPassphrase` and changes the
// passphrase: a reload opens the journal without asking, and neither passphrase is in any file in
// plain. Last, the old passphrase opens nothing (Decrypt Journal… with it changes nothing), and the
// new one turns the journal back into plain Markdown.
// A second session encrypts the sample journal to an age identity file (the setting) and a backup
// key: `age -d -i` opens the files with either, a saved entry is sealed to both, and a reload opens
// the journal without asking anything.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { recordFailure, startSession, type Session } from './support/session';
import {
  ageDecrypt, answerPassphrase, assertNotAskedToUnlock, assertSealedOnDisk, changePassphraseFromPalette, decryptFromPalette, editorShows, filesContaining, openDate, openDateAtEnd,
  reloadWindow, toast, waitForSealedSave,
} from './support/encryption';
import { answerInputBox, frameShowing, pickQuickItem, runCommand, screenshot } from './support/workbench';
import { entryShowing } from '../support/corpusEntries';

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
/** A person and a title seeded for this test, in an entry that shows a trap: the trends name both. */
const PERSON = 'Zofia Abernathy-Quist';
const TRAP_TITLE = 'Thursday audit of the Lisbon tickets';
const TRAP_ENTRY = 'journal/2026/11/2026-11-26.md';

/** The sample journal, and an entry naming PERSON, titled TRAP_TITLE, that shows the micromanaging trap. */
function seedJournal(workspace: string): void {
  cpSync(SAMPLE, join(workspace, 'journal'), { recursive: true });
  const text = entryShowing('micromanaging-leader').text;
  writeFileSync(join(workspace, TRAP_ENTRY), `---\ndate: 2026-11-26\nkind: daily\npeople: [${PERSON}]\n---\n\n# ${TRAP_TITLE}\n\n${text}\n`);
}

/**
 * Every value in the workbench's IndexedDB databases (where code-server's VS Code keeps its workspace
 * and profile storage, webview state included), as text: read through the browser, so what Chromium
 * compresses on disk is searched too.
 */
async function indexedDbText(page: Page): Promise<string> {
  // A string, not a function: the test's bundler adds name helpers that do not exist in the page.
  return page.evaluate<string>(`(async () => {
    const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const decoder = new TextDecoder();
    const texts = [];
    for (const info of await indexedDB.databases()) {
      if (info.name === undefined) continue;
      const db = await request(indexedDB.open(info.name));
      for (const store of Array.from(db.objectStoreNames)) {
        const values = await request(db.transaction(store, 'readonly').objectStore(store).getAll());
        texts.push(...values.map((value) => typeof value === 'string' ? value : value instanceof Uint8Array ? decoder.decode(value) : JSON.stringify(value)));
      }
      db.close();
    }
    return texts.join('\\n');
  })()`);
}

describe('Encrypted journal in the real VS Code', function () {
  let session: Session;
  let root = '';

  before(async function () {
    session = await startSession({ seed: seedJournal, browserProfile: true });
    root = dirname(session.workspace);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await recordFailure(session, this.currentTest.title, this.currentTest.title);
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
    await toast(page, 'Encrypted 3 entries');
    await screenshot(page, 'encrypted');
    assertSealedOnDisk(workspace, ['2026-11-18', '2026-11-20', '2026-11-26']);
  });

  it('writes an entry that is tagged on save like any other, and saved only encrypted', async function () {
    this.timeout(300_000);
    const { page, workspace } = session;
    await openDateAtEnd(page, DATE);
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
    const started = Date.now();
    // The tags come with the save that follows the typed one (the tag write), so both are waited for.
    const complete = (text: string): boolean => LINES.every((line) => text.includes(line)) && /^tags: \[/m.test(text);
    const opened = await waitForSealedSave(page, { file: sealed, identity: key, passphrase: PASSPHRASE, scratch: root }, complete);
    console.log(`      the saved text was in the file ${Date.now() - started} ms after the tab's dirty mark went`);
    assert.ok(!existsSync(join(workspace, ENTRY)), 'no plain file beside it');
    assert.ok(existsSync(sealed), 'the entry is on disk, sealed');
    assert.ok(!readFileSync(sealed).includes(Buffer.from('Jonas')), 'the file on disk is not plain text');
    for (const line of LINES) {
      assert.ok(opened.includes(line), `age decrypts the saved entry: ${opened}`);
    }
    assert.match(opened, /^tags: \[(why|how|balanced|unclear)\]$/m);
  });

  it('explains the entry\'s tags, sentence by sentence', async function () {
    this.timeout(180_000);
    const { page } = session;
    await runCommand(page, 'Leadership Journal: Explain Tags');
    await frameShowing(page, 'body', LINES[1], 120_000);
    await screenshot(page, 'encrypted-explain');
  });

  it('counts the encrypted entries in the trends, naming the person and the trap\'s entry', async function () {
    this.timeout(180_000);
    const { page } = session;
    await page.locator('.activitybar .action-item a[aria-label="Leadership Journal"]').click();
    // Found by what it shows: the Explain Tags panel is a webview too.
    const frame = await frameShowing(page, '#entry-count', '4', 120_000);
    await frame.locator('th.person', { hasText: PERSON }).waitFor({ state: 'attached', timeout: 60_000 });
    await frame.locator('.title', { hasText: TRAP_TITLE }).first().waitFor({ state: 'attached', timeout: 60_000 });
    await screenshot(page, 'encrypted-trends');
  });

  it('asks for the passphrase again after a reload, opens the entry as before, and puts back a save cut off before its rename', async function () {
    // The extension host starts again with the window: seconds on a quiet machine, over a minute on a busy one.
    this.timeout(400_000);
    const { page, workspace } = session;
    const sealed = join(workspace, 'journal/2026/11/2026-11-18.md.age');
    renameSync(sealed, `${sealed}.lj-partial`);
    const old = new Date(Date.now() - 5 * 60_000); // Older than the minute a save under way is given.
    utimesSync(`${sealed}.lj-partial`, old, old);
    await reloadWindow(page);
    await answerPassphrase(page, 'The journal is encrypted', PASSPHRASE);
    await page.locator('.editor-group-container.active .tab.active[data-resource-name="2026-11-23.md"]').waitFor({ timeout: 120_000 });
    await editorShows(page, 'Confidential: Jonas asked for medical leave');
    await frameShowing(page, '#entry-count', '4', 120_000); // 2026-11-18 counted again: 3 without it.
    assert.ok(existsSync(sealed) && !existsSync(`${sealed}.lj-partial`), 'the unlock renamed the cut-off save into place');
    // The Explain Tags panel is restored from the entry's URI alone, its sentences read again.
    await frameShowing(page, 'body', LINES[1], 120_000);
    await screenshot(page, 'encrypted-after-reload');
  });

  it('leaves no plain text of the entries, no name and no title in the workspace, VS Code\'s user data and storage, or the browser\'s', async function () {
    this.timeout(120_000);
    const { page, browserProfile } = session;
    assert.ok(browserProfile !== undefined);
    // VS Code writes its storage a moment after a change; what the webviews kept is then there.
    await page.waitForTimeout(5000);
    const stored = await indexedDbText(page);
    // The search is not blind: the workbench's storage names the open entry and the Explain Tags panel.
    assert.match(stored, /2026-11-23\.md/, 'the workbench\'s IndexedDB is read');
    assert.match(stored, /leadershipJournal\.explainTags/, 'and holds the Explain Tags panel VS Code restores');
    const found: string[] = [];
    for (const text of [...LINES, PERSON, TRAP_TITLE, SAMPLE_SENTENCE]) {
      if (stored.includes(text)) {
        found.push(`IndexedDB: ${text}`);
      }
      for (const encoding of ['utf8', 'utf16le'] as const) {
        found.push(...filesContaining(root, text, encoding).map((file) => `${file.slice(root.length + 1)} (${encoding}): ${text}`));
      }
    }
    assert.deepEqual(found, [], 'plain text found');
  });

  it('changes the passphrase: every entry re-encrypted, the entry still open and readable', async function () {
    this.timeout(300_000);
    const { page, workspace } = session;
    // The user opts in to rememberPassphrase (a machine setting: the remote's settings, read as VS Code
    // sees the file change); the new passphrase is then kept in SecretStorage (the next test).
    mkdirSync(join(root, 'user-data', 'Machine'), { recursive: true });
    writeFileSync(join(root, 'user-data', 'Machine', 'settings.json'), JSON.stringify({ 'leadershipJournal.encryption.rememberPassphrase': true }));
    const before = readFileSync(join(workspace, `${ENTRY}.age`));
    await changePassphraseFromPalette(page, PASSPHRASE, NEW_PASSPHRASE);
    await toast(page, 'Re-encrypted 4 entries to the new passphrase');
    assert.ok(!readFileSync(join(workspace, `${ENTRY}.age`)).equals(before), 'sealed to the new key');
    assert.ok(ageDecrypt(join(workspace, 'journal/.leadership-journal/key.age'), join(workspace, `${ENTRY}.age`), NEW_PASSPHRASE, root).includes(LINES[1] ?? ''));
    await openDate(page, DATE);
    await editorShows(page, 'Confidential: Jonas asked for medical leave');
  });

  it('with rememberPassphrase on, opens the journal after a reload without asking; the passphrase is in no file in plain', async function () {
    this.timeout(400_000);
    const { page } = session;
    await reloadWindow(page);
    await page.locator('.editor-group-container.active .tab.active[data-resource-name="2026-11-23.md"]').waitFor({ timeout: 300_000 });
    await editorShows(page, 'Confidential: Jonas asked for medical leave');
    await assertNotAskedToUnlock(page);
    await frameShowing(page, '#entry-count', '4', 120_000);
    await assertNotAskedToUnlock(page);
    await screenshot(page, 'encrypted-remembered-after-reload');
    // code-server keeps VS Code's SecretStorage in the browser's localStorage, sealed (AES-GCM) with a
    // key half of which is the server's user-data/serve-web-key-half: not here in plain, under any name.
    for (const secret of [NEW_PASSPHRASE, PASSPHRASE]) {
      assert.deepEqual(filesContaining(root, secret), [], secret);
    }
  });

  it('refuses the old passphrase to Decrypt Journal… and changes nothing; the new one gives plain Markdown back', async function () {
    this.timeout(300_000);
    const { page, workspace } = session;
    await decryptFromPalette(page, PASSPHRASE);
    await toast(page, 'That passphrase does not open this journal. Nothing was changed.');
    assert.ok(existsSync(join(workspace, `${ENTRY}.age`)));
    assert.ok(!existsSync(join(workspace, ENTRY)));
    await decryptFromPalette(page, NEW_PASSPHRASE);
    await toast(page, 'Decrypted 4 entries');
    await assertNotAskedToUnlock(page);
    assert.ok(!existsSync(join(workspace, `${ENTRY}.age`)));
    assert.ok(readFileSync(join(workspace, ENTRY), 'utf8').includes(LINES[1] ?? ''));
    assert.ok(!existsSync(join(workspace, 'journal/.leadership-journal')), 'the key and the descriptor are gone');
    assert.deepEqual(filesContaining(workspace, LINES[1] ?? ''), [join(workspace, ENTRY)], 'the search for plain text finds it where it now is');
  });
});

/** `age-keygen` into `dir/name`: the file's path and its public key. */
function keygen(dir: string, name: string): { readonly path: string; readonly recipient: string } {
  const path = join(dir, name);
  execFileSync('age-keygen', ['-o', path], { stdio: 'ignore' });
  const recipient = /public key: (age1\S+)/.exec(readFileSync(path, 'utf8'))?.[1];
  assert.ok(recipient !== undefined);
  return { path, recipient };
}

/** `age -d -i identity file`: the plaintext, or the tool's failure thrown. */
function ageOpens(identity: string, file: string): string {
  return execFileSync('age', ['-d', '-i', identity, file], { encoding: 'utf8', timeout: 60_000 });
}

describe('Encrypted journal to an age identity file in the real VS Code', function () {
  let keys = '';
  let mine: { readonly path: string; readonly recipient: string };
  let backup: { readonly path: string; readonly recipient: string };
  let session: Session;

  before(async function () {
    keys = mkdtempSync(join(tmpdir(), 'lj-e2e-keys-')); // Outside the workspace, as a key file should be.
    mine = keygen(keys, 'key.txt');
    backup = keygen(keys, 'backup.txt');
    const setting = { 'leadershipJournal.encryption.identityFile': mine.path };
    session = await startSession({
      seed: (workspace) => cpSync(SAMPLE, join(workspace, 'journal'), { recursive: true }),
      settings: setting,
      // A machine-scoped setting: a remote window (code-server is one) reads it from the remote's settings.
      seedUserData: (userData) => {
        mkdirSync(join(userData, 'Machine'), { recursive: true });
        writeFileSync(join(userData, 'Machine', 'settings.json'), JSON.stringify(setting));
      },
    });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await recordFailure(session, `identity-${this.currentTest.title}`, this.currentTest.title);
    }
  });

  after(async function () {
    await session?.close();
    if (keys !== '') {
      rmSync(keys, { recursive: true, force: true });
    }
  });

  it('encrypts to the identity file and a backup key; a saved entry is sealed to both; a reload asks nothing', async function () {
    this.timeout(600_000);
    const { page, workspace } = session;
    await runCommand(page, 'Leadership Journal: Encrypt Journal…');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Encrypt, Keep Names Readable' }).click();
    await pickQuickItem(page, 'To My age Key (Identity File)');
    const recipients = page.locator('.quick-input-widget', { hasText: `sealed to your key ${mine.recipient}` });
    await recipients.waitFor({ state: 'visible', timeout: 120_000 });
    await screenshot(page, 'identity-recipients');
    await answerInputBox(page, backup.recipient);
    await toast(page, 'Encrypted 2 entries');
    const descriptor = JSON.parse(readFileSync(join(workspace, 'journal/.leadership-journal/encryption.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(descriptor['mode'], 'identity');
    assert.deepEqual(descriptor['recipients'], [backup.recipient]);
    assert.ok(!existsSync(join(workspace, 'journal/.leadership-journal/key.age')), 'no key in the journal');
    const sample = join(workspace, 'journal/2026/11/2026-11-20.md.age');
    assert.ok(ageOpens(mine.path, sample).length > 0 && ageOpens(backup.path, sample) === ageOpens(mine.path, sample));

    await openDateAtEnd(page, DATE);
    await page.keyboard.insertText(LINES[1] ?? '');
    await page.keyboard.press('Control+S');
    await page.locator('.editor-group-container.active .tab.active:not(.dirty)').waitFor({ timeout: 60_000 });
    const sealed = join(workspace, `${ENTRY}.age`);
    let opened = '';
    for (let i = 0; i < 60 && !opened.includes(LINES[1] ?? ''); i++) {
      if (i > 0) {
        await page.waitForTimeout(1000);
      }
      opened = existsSync(sealed) ? ageOpens(backup.path, sealed) : '';
    }
    assert.ok(opened.includes(LINES[1] ?? ''), 'the backup key opens the saved entry');
    assert.ok(ageOpens(mine.path, sealed).includes(LINES[1] ?? ''), 'and so does the identity file');
    assert.ok(!existsSync(join(workspace, ENTRY)), 'no plain file beside it');

    await reloadWindow(page);
    await page.locator('.editor-group-container.active .tab.active[data-resource-name="2026-11-23.md"]').waitFor({ timeout: 300_000 });
    await editorShows(page, 'Confidential: Jonas asked for medical leave');
    assert.equal(await page.locator('.quick-input-widget input[type="password"]').isVisible(), false, 'nothing asked');
    await screenshot(page, 'identity-after-reload');
    await page.locator('.editor-group-container.active .tab.active:not(.dirty)').waitFor({ timeout: 60_000 });
    // VS Code's hot-exit backup of the text typed before the save is deleted after the save; a reload
    // that comes first finds it and deletes it once the restored editor turns out clean.
    let plain = filesContaining(dirname(workspace), LINES[1] ?? '');
    const waited = Date.now();
    for (let i = 0; i < 60 && plain.length > 0; i++) {
      await page.waitForTimeout(1000);
      plain = filesContaining(dirname(workspace), LINES[1] ?? '');
    }
    console.log(`      no plain text left ${Date.now() - waited} ms after the reload showed the entry`);
    assert.deepEqual(plain, [], 'no plain text of it under the workspace or VS Code\'s data');
    const secret = /^AGE-SECRET-KEY-1\S+$/m.exec(readFileSync(mine.path, 'utf8'))?.[0];
    assert.ok(secret !== undefined);
    assert.deepEqual(filesContaining(dirname(workspace), secret), [], 'the secret key is not copied anywhere');
  });
});
