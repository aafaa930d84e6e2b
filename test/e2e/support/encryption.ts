// Helpers for the encrypted journal's E2E specs: opening an entry at its end, answering the passphrase box, decrypting a file with
// the reference `age` tool (it reads a passphrase only from a terminal, so it is given one: `script`
// runs it on a pseudo-terminal fed from our stdin), checking that a journal's entries are sealed on
// disk, and looking for plain text anywhere on disk.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runCommand, waitForActiveTab } from './workbench';

/** Waits until the active editor draws a line holding `text` (Monaco draws only the lines in view). */
export async function editorShows(page: Page, text: string | RegExp, timeout = 120_000): Promise<void> {
  await page.locator('.editor-group-container.active .view-line', { hasText: text }).first().waitFor({ timeout });
}

/** Opens `date`'s entry with Open Entry for Date… and puts the cursor at its end. */
export async function openDateAtEnd(page: Page, date: string, timeout = 120_000): Promise<void> {
  await runCommand(page, 'Leadership Journal: Open Entry for Date…');
  await page.locator('.quick-input-widget input').fill(date);
  await page.keyboard.press('Enter');
  await waitForActiveTab(page, `${date}.md`);
  await editorShows(page, 'kind: daily', timeout);
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
}

/** Types `passphrase` into the open password box whose prompt matches `prompt`, and presses Enter. */
export async function answerPassphrase(page: Page, prompt: string | RegExp, passphrase: string): Promise<void> {
  const widget = page.locator('.quick-input-widget', { hasText: prompt });
  await widget.waitFor({ state: 'visible', timeout: 120_000 });
  const input = widget.locator('input[type="password"]');
  await input.fill(passphrase);
  await page.keyboard.press('Enter');
  await widget.filter({ hasText: prompt }).waitFor({ state: 'hidden', timeout: 60_000 }).catch(() => undefined);
}

/** The entries of `days` (under journal/2026/11/) are sealed `.md.age` files with no plain `.md` left, beside the journal's key file. */
export function assertSealedOnDisk(workspace: string, days: readonly string[]): void {
  for (const day of days) {
    assert.ok(existsSync(join(workspace, `journal/2026/11/${day}.md.age`)), `${day}.md.age`);
    assert.ok(!existsSync(join(workspace, `journal/2026/11/${day}.md`)), `${day}.md is gone`);
  }
  assert.ok(existsSync(join(workspace, 'journal/.leadership-journal/key.age')));
}

/** `age -d -i identity file` with the passphrase typed on its terminal; the plaintext, or the tool's failure thrown. */
export function ageDecrypt(identity: string, file: string, passphrase: string, scratch: string): string {
  const out = join(scratch, `age-out-${Date.now()}`);
  const quote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;
  execFileSync('script', ['-qec', `age -d -i ${quote(identity)} -o ${quote(out)} ${quote(file)}`, '/dev/null'], {
    input: `${passphrase}\n`, timeout: 60_000, stdio: ['pipe', 'ignore', 'pipe'],
  });
  try {
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(out, { force: true });
  }
}

/** Every file under `root` whose bytes contain `text` (UTF-8), following no links. */
export function filesContaining(root: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
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
