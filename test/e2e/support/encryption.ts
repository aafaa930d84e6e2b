// Helpers for the encrypted journal's E2E specs: opening an entry at its end, answering the passphrase box, the palette steps
// both specs take (reload the window, change the passphrase, decrypt the journal), decrypting a file with
// the reference `age` tool (it reads a passphrase only from a terminal, so it is given one: `script`
// runs it on a pseudo-terminal fed from our stdin), checking that a journal's entries are sealed on
// disk, and looking for plain text anywhere on disk.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { errorMessage } from '../../../src/core/text/errorMessage';
import { openEntryForDate, runCommand, waitForActiveTab } from './workbench';

/** Waits until the active editor draws a line holding `text` (Monaco draws only the lines in view). */
export async function editorShows(page: Page, text: string | RegExp, timeout = 120_000): Promise<void> {
  await page.locator('.editor-group-container.active .view-line', { hasText: text }).first().waitFor({ timeout });
}

/** Opens `date`'s entry with Open Entry for Date… (or goes to its editor, where it was, if one is open). */
export async function openDate(page: Page, date: string): Promise<void> {
  await openEntryForDate(page, date);
  await waitForActiveTab(page, `${date}.md`);
}

/** Opens `date`'s entry, not open yet, with Open Entry for Date… and puts the cursor at its end. */
export async function openDateAtEnd(page: Page, date: string, timeout = 120_000): Promise<void> {
  await openDate(page, date);
  await editorShows(page, 'kind: daily', timeout);
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
}

/** Types `passphrase` into the open password box whose prompt matches `prompt` (waited for up to `timeout` ms), and presses Enter. */
export async function answerPassphrase(page: Page, prompt: string | RegExp, passphrase: string, timeout = 120_000): Promise<void> {
  const widget = page.locator('.quick-input-widget', { hasText: prompt });
  await widget.waitFor({ state: 'visible', timeout });
  const input = widget.locator('input[type="password"]');
  await input.fill(passphrase);
  await page.keyboard.press('Enter');
  await widget.filter({ hasText: prompt }).waitFor({ state: 'hidden', timeout: 60_000 }).catch(() => undefined);
}

/** Waits until a notification showing `text` is in view. */
export async function toast(page: Page, text: string | RegExp, timeout = 120_000): Promise<void> {
  await page.locator('.notifications-toasts', { hasText: text }).waitFor({ timeout });
}

/** Developer: Reload Window; resolves once the page has loaded again and the new workbench is drawn. */
export async function reloadWindow(page: Page, timeout = 120_000): Promise<void> {
  const loaded = page.waitForEvent('load', { timeout });
  await runCommand(page, 'Developer: Reload Window');
  await loaded;
  await page.locator('.monaco-workbench').waitFor({ timeout });
}

/** Change Journal Passphrase… from the palette: `current` typed, then `next` twice. The outcome is the caller's to wait for. */
export async function changePassphraseFromPalette(page: Page, current: string, next: string): Promise<void> {
  await runCommand(page, 'Leadership Journal: Change Journal Passphrase…');
  await answerPassphrase(page, "Type the journal's current passphrase", current);
  await answerPassphrase(page, 'Choose a passphrase', next);
  await answerPassphrase(page, 'Type the same passphrase again', next);
}

/** Decrypt Journal… from the palette, confirmed in its dialog, with `passphrase` typed. The outcome is the caller's to wait for. */
export async function decryptFromPalette(page: Page, passphrase: string): Promise<void> {
  await runCommand(page, 'Leadership Journal: Decrypt Journal…');
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Decrypt' }).click();
  await answerPassphrase(page, "Type the journal's passphrase", passphrase);
}

/**
 * Waits until the sealed `file` is on disk, `age -d` opens it (with `identity` and `passphrase`) to a text `complete`
 * accepts, and no half-written `.lj-partial` is left beside it: a save has then reached the disk. VS Code hides a
 * tab's dirty mark while its save runs, and a save here seals, writes beside, reads back and renames, so the
 * file is polled, once a second for up to `seconds`. A poll that `age` cannot open is not yet a failure: through
 * `vscode.workspace.fs` (the web and remote hosts) a rename over a file deletes it first, so a save has a moment
 * with no file (workspaceJournalFs.ts says so). Returns what `age` read last ('' if the file never came); throws
 * `age`'s last failure when the polls end on one.
 */
export async function waitForSealedSave(
  page: Page, sealed: { readonly file: string; readonly identity: string; readonly passphrase: string; readonly scratch: string },
  complete: (text: string) => boolean, seconds = 60,
): Promise<string> {
  const { file, identity, passphrase, scratch } = sealed;
  let opened = '';
  let failure: unknown;
  const done = (): boolean => existsSync(file) && !existsSync(`${file}.lj-partial`) && complete(opened);
  for (let i = 0; i < seconds && !done(); i++) {
    if (i > 0) {
      await page.waitForTimeout(1000);
    }
    failure = undefined;
    try {
      opened = existsSync(file) ? ageDecrypt(identity, file, passphrase, scratch) : '';
    } catch (error) {
      failure = error;
      console.log(`      age -d failed on poll ${i + 1} (the save may be between its delete and rename): ${errorMessage(error)}`);
    }
  }
  if (failure !== undefined) {
    throw failure;
  }
  return opened;
}

/** No passphrase box is open asking to unlock the journal (after Decrypt Journal…, nothing is left to unlock). */
export async function assertNotAskedToUnlock(page: Page): Promise<void> {
  assert.equal(await page.locator('.quick-input-widget', { hasText: 'The journal is encrypted' }).isVisible(), false, 'no unlock prompt');
}

/** Every file under `root` and its bytes (base64), by path relative to `root`: two snapshots are equal when nothing was written. */
export function snapshotFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path, `${prefix}${entry.name}/`);
      } else if (entry.isFile()) {
        files[`${prefix}${entry.name}`] = readFileSync(path).toString('base64');
      }
    }
  };
  walk(root, '');
  return files;
}

/** The entries of `days` (under journal/2026/11/) are sealed `.md.age` files with no plain `.md` left, beside the journal's key file. */
export function assertSealedOnDisk(workspace: string, days: readonly string[]): void {
  for (const day of days) {
    assert.ok(existsSync(join(workspace, `journal/2026/11/${day}.md.age`)), `${day}.md.age`);
    assert.ok(!existsSync(join(workspace, `journal/2026/11/${day}.md`)), `${day}.md is gone`);
  }
  assert.ok(existsSync(join(workspace, 'journal/.leadership-journal/key.age')));
}

/** A terminal's cursor and erase sequences (ESC [ … letter), which `age` writes around its prompt. */
const ESCAPES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

/** `age -d -i identity file` with the passphrase typed on its terminal; the plaintext, or the tool's failure thrown. */
export function ageDecrypt(identity: string, file: string, passphrase: string, scratch: string): string {
  const out = join(scratch, `age-out-${Date.now()}`);
  const quote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;
  try {
    execFileSync('script', ['-qec', `age -d -i ${quote(identity)} -o ${quote(out)} ${quote(file)}`, '/dev/null'], {
      input: `${passphrase}\n`, timeout: 60_000, stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (error) {
    // age writes its error to the terminal, which `script` copies to its stdout; the passphrase may be echoed there
    // (typed before age turns echo off), so it is blanked.
    const terminal = String((error as { stdout?: unknown }).stdout ?? '').split(passphrase).join('***').replace(ESCAPES, '').trim();
    throw new Error(`age -d ${file} failed: ${terminal || errorMessage(error)}`, { cause: error });
  }
  try {
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(out, { force: true });
  }
}

/** Every file under `root` whose bytes contain `text` (UTF-8, or `encoding`: a browser keeps some strings as UTF-16), following no links. */
export function filesContaining(root: string, text: string, encoding: 'utf8' | 'utf16le' = 'utf8'): string[] {
  const needle = Buffer.from(text, encoding);
  const found: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return; // Vanished while walking (VS Code writes its own files as we look).
    }
    for (const name of names) {
      const path = join(dir, name);
      let info;
      try {
        info = lstatSync(path, { throwIfNoEntry: false });
      } catch {
        continue;
      }
      if (info?.isDirectory()) {
        walk(path);
      } else if (info?.isFile()) {
        try {
          if (readFileSync(path).includes(needle)) {
            found.push(path);
          }
        } catch {
          // Unreadable or gone: nothing of ours to find.
        }
      }
    }
  };
  walk(root);
  return found;
}
