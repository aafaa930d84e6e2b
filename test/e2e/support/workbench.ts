// Drives the VS Code workbench in a browser the way a person does: keyboard, clicks, what is on screen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { repoRoot } from '../../../scripts/vscodePaths';

export const SCREENSHOT_DIR = join(repoRoot, '.e2e-artifacts', 'screenshots');

/** Debian's Chromium; never a downloaded browser. Flags keep it off the (closed) network. */
const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic',
  ],
};
const VIEWPORT = { width: 1400, height: 850 };

/** Chromium whose pages keep their storage in memory (Playwright's contexts are off the record). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(CHROMIUM);
}

/** Chromium whose profile — the pages' localStorage, IndexedDB, caches, session — is written to `profileDir`, as a person's browser writes it. */
export async function launchBrowserWithProfile(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { ...CHROMIUM, viewport: VIEWPORT });
}

export async function openWorkbench(browser: Browser | BrowserContext, url: string): Promise<Page> {
  const page = 'pages' in browser ? await browser.newPage() : await browser.newPage({ viewport: VIEWPORT });
  // The workbench's first load is the heaviest moment of a session: on a shared, busy machine it took
  // more than the default 30 s (every suite's start failed at once, with the load average at 17).
  await page.goto(url, { timeout: 120_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The activity bar is drawn once the workbench has restored its parts.
  await page.locator('.activitybar').waitFor({ timeout: 60_000 });
  return page;
}

/** Opens the Command Palette with F1, types the command's full title and runs it. */
export async function runCommand(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Escape');
    // A key pressed while a webview has the focus goes to its frame first, which passes it on, or
    // not yet while it is still loading: take the focus back to the workbench before F1.
    await page.evaluate(() => {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active.tagName === 'IFRAME') {
        active.blur();
      }
    });
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${title}`, { timeout: 10_000 });
      // Click the command's own row: Enter would run whichever row the palette ranks first.
      await clickRow(page, page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first());
      return;
    } catch (error) {
      // The palette closed under us (an editor reopened after a command took the focus): again.
      if (attempt >= 3) {
        throw error;
      }
    }
  }
}

/**
 * Clicks a quick input's row with the mouse coming from out of the way: a row left under the mouse
 * grows a hover (a description's tooltip) that covers the row below it and takes the click.
 */
async function clickRow(page: Page, row: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(0, 0);
    try {
      await row.click({ timeout: attempt < 3 ? 10_000 : 30_000 });
      return;
    } catch (error) {
      if (attempt >= 3) {
        throw error;
      }
    }
  }
}

/** Picks the row of the open QuickPick whose label contains `label`, by typing it and clicking it. */
export async function pickQuickItem(page: Page, label: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(label);
  await clickRow(page, page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first());
}

/**
 * Runs `command` and answers the input box it opens, titled `boxTitle`, with `text` (then Enter).
 * The box is known by its title, not by being the quick input: right after the palette row is
 * clicked, `.quick-input-widget input` is still the closing palette's. When the box does not show,
 * or closes before it is answered (something took the focus, or the click closed the palette
 * without running the command), the test says so, with what had the focus, and runs the command again
 * (at most three times in all).
 */
export async function runCommandAndAnswer(page: Page, command: string, boxTitle: string, text: string): Promise<void> {
  const box = page.locator('.quick-input-widget', { has: page.locator('.quick-input-title', { hasText: boxTitle }) });
  const input = box.locator('input');
  for (let attempt = 1; ; attempt++) {
    await runCommand(page, command);
    let failure: unknown = new Error(`the "${boxTitle}" box did not keep "${text}" after ${attempt} tries`);
    try {
      await input.waitFor({ state: 'visible', timeout: 20_000 });
      await input.fill(text, { timeout: 10_000 });
      if (await input.inputValue({ timeout: 5_000 }) === text) {
        await page.keyboard.press('Enter');
        return;
      }
    } catch (error) {
      failure = error;
    }
    if (attempt >= 3) {
      throw failure;
    }
    console.log(`      (the "${boxTitle}" box was not there to answer; the focus was on ${await focusDescription(page)}; running ${command} again)`);
  }
}

/** Opens the entry of a date phrase (`2026-11-27`, `-3d`, …) with Open Entry for Date…, as a person types it. */
export async function openEntryForDate(page: Page, phrase: string): Promise<void> {
  await runCommandAndAnswer(page, 'Leadership Journal: Open Entry for Date…', 'Open Entry for Date', phrase);
}

/**
 * Types `text` at the active editor's cursor and waits until the editor shows it. When the editor
 * has not got the keyboard focus (a person sees that before typing), the test says where the focus
 * was and gives it back to the editor first, which keeps the cursor where it was.
 */
export async function typeInActiveEditor(page: Page, text: string): Promise<void> {
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.waitFor();
  if (!await editor.evaluate((element) => element.contains(document.activeElement))) {
    console.log(`      (the focus was on ${await focusDescription(page)}, not the new entry's editor: given back to it before typing)`);
    await editor.locator('.native-edit-context, textarea.inputarea').first().focus();
  }
  await page.keyboard.type(text);
  await editor.locator('.view-line', { hasText: text.slice(0, 60) }).first().waitFor({ timeout: 30_000 });
}

/** What has the keyboard focus in the workbench, in a few words: for a test's message when a key went astray. */
export async function focusDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement)) {
      return 'nothing';
    }
    const label = active.getAttribute('aria-label') ?? active.getAttribute('title') ?? '';
    const part = active.closest('.part, .quick-input-widget, .monaco-dialog-box, .notification-toast')?.className.split(' ').slice(0, 2).join(' ') ?? '';
    return `<${active.tagName.toLowerCase()} class="${active.className}"${label ? ` label="${label.slice(0, 80)}"` : ''}>${part ? ` in ${part}` : ''}`;
  }).catch((error: unknown) => `(unknown: ${String(error)})`);
}

/** Answers an open input box. */
export async function answerInputBox(page: Page, text: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(text);
  await page.keyboard.press('Enter');
}

/** Waits until the active editor tab shows the file. */
export async function waitForActiveTab(page: Page, fileName: string): Promise<void> {
  await page.locator(`.editor-group-container.active .tab.active[data-resource-name="${fileName}"]`).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The text of the visible lines of the active editor. */
export async function activeEditorText(page: Page): Promise<string> {
  const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line');
  const texts = await lines.allInnerTexts();
  // Monaco renders spaces as non-breaking spaces.
  return texts.map((t) => t.replace(/\u00a0/g, ' ')).join('\n');
}

/** The file name on the active editor tab. */
export async function activeTabFileName(page: Page): Promise<string> {
  return (await page.locator('.editor-group-container.active .tab.active').getAttribute('data-resource-name')) ?? '';
}

/** The content frame of the webview view with the given title (webviews nest two iframes). */
/**
 * The frame, of whichever webview, that shows a visible `selector` (with `text`, when given); waits for
 * it. Found by what it shows, not by the iframe's place among the workbench's webviews: a hidden
 * sidebar view or a panel being closed may come first in the page.
 */
export async function frameShowing(page: Page, selector: string, text?: string, timeoutMs = 60_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const found = frame.locator(selector, text === undefined ? {} : { hasText: text }).first();
      if (await found.isVisible().catch(() => false)) {
        return frame;
      }
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no webview shows ${selector}${text === undefined ? '' : ` "${text}"`}`);
}

/**
 * Ctrl+clicks a link in an editor as a person does: the mouse to the link's middle, Control held,
 * one click. Not `locator.click`: Monaco redraws a link when Control goes down over it, so the
 * element Playwright checked is gone by the time it clicks, and on a loaded machine its retries
 * chase the redraw until they time out. Tries again (at most three times in all) while `opened`
 * says the click has not taken effect yet.
 */
export async function ctrlClickLink(page: Page, link: Locator, opened: () => Promise<boolean>, waitMs = 20_000): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await link.waitFor({ timeout: 30_000 });
    const box = await link.boundingBox();
    if (box === null) {
      continue;
    }
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    try {
      await page.mouse.down();
      await page.mouse.up();
    } finally {
      await page.keyboard.up('Control');
    }
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      if (await opened()) {
        return;
      }
      await page.waitForTimeout(250);
    }
  }
  throw new Error('the link did not open after three Ctrl+clicks');
}

export function webviewFrame(page: Page, title: string): FrameLocator {
  return page.frameLocator(`iframe.webview[title="${title}"], iframe.webview`).first().frameLocator('#active-frame');
}

/** Shows the output channel `name` in the Output view and returns its text once it contains `waitFor`. */
export async function outputChannelText(page: Page, name: string, waitFor: string | RegExp): Promise<string> {
  await runCommand(page, 'Output: Show Output Channels...');
  await pickQuickItem(page, name);
  const log = page.locator('.part.panel .monaco-editor .view-lines');
  await log.filter({ hasText: waitFor }).waitFor({ timeout: 30_000 });
  return (await log.innerText()).replace(/\u00a0/g, ' ');
}
