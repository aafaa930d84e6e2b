// E2E, in the real VS Code (code-server), with the extension in the browser's web worker extension
// host (as encryptionWeb.e2e.ts runs it): the sample journal, encrypted to an age key by the command
// line before the window opens (the key file, from Debian's `age-keygen`, kept outside the session's
// folders), is opened by pasting the key — the whole key file, which the one-line box takes without
// its line breaks — after a wrong key is refused (no "Unlocking the journal…" notification is left
// on screen beside the refusal). An entry is then written, saved and tagged; the
// saved file opens with `age -d -i`; and neither the entry's text nor the secret key is anywhere on
// disk under the workspace, VS Code's user data or the extension's storage (the text may linger only in
// VS Code's own hot-exit backup of the unsaved editor, as the README's threat model says) — nor, once
// the browser has closed and written out its profile (kept on disk for this spec, beside the workspace),
// in the browser's localStorage or IndexedDB.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { editorShows, filesContaining } from './support/encryption';
import { useSession } from './support/session';
import { runCommand, screenshot, waitForActiveTab } from './support/workbench';

const EXTENSION_ID = 'leadership-journal.leadership-journal';
const IN_WEB_WORKER = { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } };
const SAMPLE = join(__dirname, '..', 'fixtures', 'sample-journal', 'journal');
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const DATE = '2026-11-23';
const ENTRY = `journal/2026/11/${DATE}.md`;
/** Written for this test; looked for on disk afterwards. */
const LINE = 'Confidential: Jonas asked for medical leave in January, and I will cover his reviews myself.';
const SAMPLE_SENTENCE = 'Spent twenty minutes with Priya on why the migration matters';
const PASTE_PROMPT = 'Paste your age key';

/** The user's age key, outside every folder the session makes (as on another machine, or in a password manager). */
const keyDir = mkdtempSync(join(tmpdir(), 'lj-e2e-key-'));
const keyFile = join(keyDir, 'key.txt');

function keygen(path: string): { readonly fileText: string; readonly secret: string } {
  execFileSync('age-keygen', ['-o', path], { stdio: 'pipe' });
  const fileText = readFileSync(path, 'utf8');
  const secret = /^(AGE-SECRET-KEY-1\S+)$/m.exec(fileText)?.[1];
  assert.ok(secret !== undefined, fileText);
  return { fileText, secret };
}

/** The progress notifications of an unlock attempt on screen. */
function unlockingToasts(page: Page): Locator {
  return page.locator('.notification-toast', { hasText: 'Unlocking the journal' });
}

/** Fills the paste box (a password box) with `text`, and presses Enter. */
async function pasteKey(page: Page, text: string, shot?: string): Promise<void> {
  const widget = page.locator('.quick-input-widget', { hasText: PASTE_PROMPT });
  await widget.waitFor({ state: 'visible', timeout: 120_000 });
  await widget.locator('input[type="password"]').fill(text);
  if (shot !== undefined) {
    await screenshot(page, shot);
  }
  await page.keyboard.press('Enter');
}

describe('Journal encrypted to an age key, opened in the web worker extension host with the key pasted', function () {
  let mine = { fileText: '', secret: '' };
  const session = useSession('encwebid', {
    settings: IN_WEB_WORKER,
    browserProfile: true,
    seed: (workspace) => {
      cpSync(SAMPLE, join(workspace, 'journal'), { recursive: true });
      mine = keygen(keyFile);
      execFileSync(process.execPath, [CLI, 'encrypt', join(workspace, 'journal'), '--identity', keyFile], { stdio: 'pipe', timeout: 120_000 });
    },
  });

  after(() => rmSync(keyDir, { recursive: true, force: true }));

  it('refuses a key of another journal, then opens an entry with the whole key file pasted', async function () {
    this.timeout(400_000);
    const { page, workspace } = session();
    assert.ok(existsSync(join(workspace, 'journal/2026/11/2026-11-18.md.age')) && !existsSync(join(workspace, 'journal/2026/11/2026-11-18.md')), 'encrypted by the command line');
    const other = keygen(join(keyDir, 'other.txt'));
    await runCommand(page, 'Leadership Journal: Open Entry for Date…');
    await page.locator('.quick-input-widget input').fill(DATE);
    await page.keyboard.press('Enter');
    await pasteKey(page, other.secret);
    await page.locator('.quick-input-widget', { hasText: 'That age key does not open this journal. Nothing was changed.' }).waitFor({ timeout: 120_000 });
    // The attempt is over: its "Unlocking the journal…" notification is not left beside the box
    // (VS Code keeps one at least 800 ms; it used to stay after a key refused in milliseconds).
    assert.equal(await unlockingToasts(page).count(), 0, 'no "Unlocking the journal…" notification beside the refusal');
    await screenshot(page, 'encwebid-01-wrong-key');
    await page.locator('.quick-input-widget input[type="password"]').fill(mine.fileText);
    await screenshot(page, 'encwebid-02-pasted');
    await page.keyboard.press('Enter');
    await waitForActiveTab(page, `${DATE}.md`);
    await editorShows(page, 'kind: daily', 120_000);
    assert.equal(await unlockingToasts(page).count(), 0, 'nor once the journal is open');
  });

  it('writes the entry, tagged on save, sealed so that age -d -i opens it; no plain text (but VS Code\'s hot-exit backup) and no secret key on disk', async function () {
    this.timeout(400_000);
    const { page, workspace } = session();
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(LINE);
    await page.keyboard.press('Control+S');
    await page.keyboard.press('Control+Home');
    await editorShows(page, /^tags:\s\[(why|how|balanced|unclear)\]$/, 120_000);
    await page.locator('.editor-group-container.active .tab.active:not(.dirty)').waitFor({ timeout: 120_000 });
    await screenshot(page, 'encwebid-03-tagged');
    const sealed = join(workspace, `${ENTRY}.age`);
    for (let i = 0; i < 240 && !(existsSync(sealed) && ageOpens(sealed).includes(LINE)); i++) {
      await page.waitForTimeout(250);
    }
    const opened = ageOpens(sealed);
    assert.ok(opened.includes(LINE), opened);
    assert.match(opened, /^tags: \[(why|how|balanced|unclear)\]$/m, 'saved with its tags');
    assert.ok(!existsSync(join(workspace, ENTRY)), 'no plain file beside it');
    const root = dirname(workspace); // The workspace, VS Code's user data and the extension's storage.
    // VS Code's hot-exit backup of the unsaved editor (user-data/User/Backups) is VS Code's own, not the
    // extension's: the README's threat model and the Encrypt Journal… dialog say it holds unsaved
    // text (whatever files.hotExit says). VS Code usually deletes it once the save is done, but on a slow
    // machine (CI) one written while the encrypted save was under way outlived the save; the extension
    // cannot delete it. So everything else under root is checked, and the backup is only reported.
    const outsideBackups = (files: string[]): string[] => files.filter((file) => !file.includes(`${sep}User${sep}Backups${sep}`));
    for (let i = 0; i < 120 && filesContaining(root, LINE).length > 0; i++) {
      await page.waitForTimeout(250);
    }
    const holding = filesContaining(root, LINE);
    console.log(`      VS Code's hot-exit backups holding the typed line 30 s after the save: ${holding.length - outsideBackups(holding).length}`);
    assert.deepEqual(outsideBackups(holding), [], 'the entry\'s text is nowhere on disk but VS Code\'s own hot-exit backup');
    assert.deepEqual(outsideBackups(filesContaining(root, 'Jonas asked')), [], 'not even part of it');
    assert.deepEqual(filesContaining(root, SAMPLE_SENTENCE), [], 'the sample entries stay sealed');
    assert.deepEqual(filesContaining(root, mine.secret), [], 'the pasted key is written nowhere');
    assert.deepEqual(filesContaining(root, mine.secret.slice(16, 40)), [], 'nor any part of it');
  });

  it('leaves neither the typed line nor the pasted key in the browser\'s profile (localStorage, IndexedDB), written out as the browser closes', async function () {
    this.timeout(120_000);
    const { browser, browserProfile, workspace } = session();
    assert.ok(browserProfile !== undefined);
    await browser.close(); // Chromium writes what it keeps (localStorage commits lazily) before it exits.
    const stored = (dir: string): number => (existsSync(join(browserProfile, 'Default', dir)) ? readdirSync(join(browserProfile, 'Default', dir), { recursive: true }).length : 0);
    const naming = filesContaining(browserProfile, workspace);
    console.log(`      the profile's Local Storage: ${stored('Local Storage')} files, IndexedDB: ${stored('IndexedDB')} files; files naming the workspace: ${naming.map((file) => file.slice(browserProfile.length + 1)).join(', ')}`);
    // What the workbench stores there is found by this search (it names the workspace folder in both stores): the search is not blind.
    assert.ok(naming.some((file) => file.includes(`${sep}Local Storage${sep}`)), 'the search finds what the workbench keeps in localStorage');
    assert.ok(naming.some((file) => file.includes(`${sep}IndexedDB${sep}`)), 'and in IndexedDB');
    for (const encoding of ['utf8', 'utf16le'] as const) {
      assert.deepEqual(filesContaining(browserProfile, LINE, encoding), [], `the typed line (${encoding})`);
      assert.deepEqual(filesContaining(browserProfile, 'Jonas asked', encoding), [], `nor part of it (${encoding})`);
      assert.deepEqual(filesContaining(browserProfile, SAMPLE_SENTENCE, encoding), [], `nor a sample entry (${encoding})`);
      assert.deepEqual(filesContaining(browserProfile, mine.secret, encoding), [], `the pasted key (${encoding})`);
      assert.deepEqual(filesContaining(browserProfile, mine.secret.slice(16, 40), encoding), [], `nor any part of it (${encoding})`);
    }
  });
});

/** `age -d -i` with the key file: the plaintext, or '' while the file is not (yet) one it opens. */
function ageOpens(file: string): string {
  try {
    return execFileSync('age', ['-d', '-i', keyFile, file], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    return '';
  }
}
