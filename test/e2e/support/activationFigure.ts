// VS Code's own report of an extension's activation, read as a person reads it, and the conditions
// under which it reports ours alone.
//
// *Developer: Show Running Extensions* lists each active extension with "Activation: N ms", which is
// its `activationTimes.codeLoadingTime + activateCallTime` as the extension host measured them: from
// the moment the host starts loading the extension's main file until Node's `require` of it returns,
// plus the synchronous run of `activate`. The first span begins before an `await` in the host, so
// when several extensions activate on one event it also holds the loading of every extension the
// host turns to first: measured on 2026-12-05 (`Developer: Startup Performance` and the host's
// performance marks), opening the first Markdown file activated Extension Authoring, Markdown
// Language Features (a 2 MB bundle) and ours on `onLanguage:markdown`, in that order, and 1,130 ms of
// our 1,194 ms was their `require`s, run before ours (docs/figures.md). What VS Code reports for ours
// is only ours once those two are active: `activateMarkdownNeighbours` does that without opening a
// Markdown file.
import type { Page } from 'playwright-core';
import { runCommand, waitForActiveTab } from './workbench';

/** Opens a file of the workspace with Go to File…, as a person does. */
export async function openWorkspaceFile(page: Page, name: string): Promise<void> {
  await runCommand(page, 'Go to File...');
  await page.locator('.quick-input-widget input').fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().click();
  await waitForActiveTab(page, name);
}

/**
 * VS Code's "Activation: N ms" for the row of Running Extensions whose text matches `row`, waiting
 * until the row shows it (a row reads "Activating..." until then). Leaves Running Extensions open.
 */
export async function reportedActivationMs(page: Page, row: RegExp): Promise<number> {
  await runCommand(page, 'Developer: Show Running Extensions');
  const list = page.locator('.runtime-extensions-editor .monaco-list');
  await list.waitFor();
  // Slowest first, and only the rows in sight are drawn: scroll until the row is.
  const found = list.locator('.monaco-list-row', { hasText: row });
  for (let tries = 0; tries < 40 && (await found.count()) === 0; tries++) {
    await list.hover();
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(100);
  }
  await found.first().scrollIntoViewIfNeeded();
  const time = found.first().locator('.activation-time');
  await time.filter({ hasText: /Activation: \d+ms/ }).waitFor();
  const ms = /Activation: (\d+)ms/.exec(await time.innerText())?.[1];
  if (ms === undefined) {
    throw new Error(`no activation figure in the Running Extensions row matching ${String(row)}`);
  }
  return Number(ms);
}

/** How long the workbench is left alone after the neighbours have activated. */
const QUIET_MS = 3000;

/** The built-in extensions that, like ours, activate on `onLanguage:markdown`, as Running Extensions names them. */
export const MARKDOWN_NEIGHBOURS = [/Extension Authoring/, /Markdown Language Features/] as const;

/**
 * Activates the built-in extensions that start on the same event as ours (`MARKDOWN_NEIGHBOURS`)
 * without opening a Markdown file, and waits until Running Extensions lists both as activated:
 * Extension Authoring by opening `jsonFile`, a JSON file of the workspace (`onLanguage:json`), and
 * Markdown Language Features by running *Markdown: Configure Frontmatter Visibility*, the one command
 * of it the Command Palette offers with no Markdown editor open (it opens the Settings editor).
 * Closes every editor after.
 */
export async function activateMarkdownNeighbours(page: Page, jsonFile: string): Promise<void> {
  await openWorkspaceFile(page, jsonFile);
  await runCommand(page, 'Markdown: Configure Frontmatter Visibility');
  // The Settings editor opens once Markdown Language Features has activated and run the command;
  // waited for, so that it does not open over Running Extensions while a figure is read there.
  await page.locator('.settings-editor').waitFor({ timeout: 60_000 });
  for (const row of MARKDOWN_NEIGHBOURS) {
    await reportedActivationMs(page, row);
  }
  await runCommand(page, 'View: Close All Editors');
  // Activated, Markdown Language Features goes on starting its language server and answering the
  // Settings editor; a few quiet seconds let the extension host finish that before ours is timed.
  await page.waitForTimeout(QUIET_MS);
}
