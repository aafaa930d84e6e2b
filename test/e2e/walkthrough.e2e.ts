/// <reference lib="dom" />
// E2E, in the real VS Code: the Getting Started walkthrough. A person opens it from Welcome: Open
// Walkthrough…, sees the four steps with their pictures, each ticked off once done, and starts the
// first entry from it. On the way the test takes the screenshots the walkthrough's pictures are made from (walkthrough-src-*;
// scripts/walkthroughImages.ts turns them into media/walkthrough/*.jpg).
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addDays, formatIsoDate, localDateOf } from '../../src/core/calendar/localDate';
import { dailyEntryPath } from '../../src/core/journal/entryPath';
import { useSession } from './support/session';
import { frameShowing, pickQuickItem, runCommand, screenshot, typeInActiveEditor, waitForActiveTab } from './support/workbench';

const today = localDateOf(new Date());
const TEXTS = [
  'I explained to the team why the new intake matters to the families we serve, and listened to their worries.',
  'I rebuilt the rota, moved the audit deadline to Friday and assigned owners to the open tickets.',
  'I asked Priya what she wants to grow into this year. Then I updated the project plan and the budget.',
  'We agreed the quarter\'s goals together, and I thanked Omar for carrying the release.',
];

function seedJournal(workspace: string): void {
  for (let i = 1; i <= 120; i++) {
    const date = addDays(today, -i);
    if (i % 7 === 3) {
      continue; // A gap now and then, as in a real journal.
    }
    const file = join(workspace, 'journal', dailyEntryPath(date));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\ndate: ${formatIsoDate(date)}\nkind: daily\n---\n\n# ${formatIsoDate(date)}\n\n${TEXTS[i % TEXTS.length]}\n`);
  }
}

describe('The Getting Started walkthrough in the real VS Code', function () {
  // As VS Code desktop starts by default: the Welcome page on startup (so the walkthroughs' progress
  // is followed from the start, not from the first time Welcome opens) and no auto save (an explicit
  // save that lands while an auto save is being written joins it, and the tags then wait for the pause).
  const session = useSession('walkthrough', {
    seed: seedJournal,
    settings: { 'workbench.startupEditor': 'welcomePage', 'files.autoSave': 'off' },
  });

  it('takes the pictures the walkthrough shows, from the real product', async function () {
    const { page } = session();
    // The walkthrough is opened once first, as a new user meets it: VS Code follows a walkthrough's
    // progress from the moment its Welcome page has been shown (its service starts with that page).
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await pickQuickItem(page, 'Get started with Leadership Journal');
    await page.locator('.gettingStartedContainer').getByText('Get started with Leadership Journal').first().waitFor({ timeout: 30_000 });
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Preferences: Open Settings (UI)');
    const search = page.locator('.settings-editor .suggest-input-container .monaco-editor').first();
    await search.waitFor();
    await search.click();
    await page.keyboard.type('leadershipJournal.journalFolder');
    await page.locator('.settings-editor .setting-item-contents', { hasText: 'Journal Folder' }).first().waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'walkthrough-src-journal-folder');
    await page.keyboard.press('Control+W');

    await runCommand(page, 'Leadership Journal: New Entry…');
    await pickQuickItem(page, 'Daily reflection');
    await waitForActiveTab(page, `${formatIsoDate(today)}.md`);
    // The cursor waits on the first answer line, as a new entry opens: just type.
    await typeInActiveEditor(page, 'I told the team why the merger matters for our patients, and asked what worries them.');
    await screenshot(page, 'walkthrough-src-first-entry');

    await page.keyboard.press('Control+S');
    // Saved: the tab's unsaved-changes dot is gone (the tags are written in the same save).
    await page.locator('.editor-group-container.active .tab.active:not(.dirty)').waitFor({ timeout: 30_000 });
    await page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText: /^tags:/ }).waitFor({ timeout: 30_000 });
    await runCommand(page, 'Leadership Journal: Explain Tags');
    await page.locator('.tab', { hasText: `Tags of ${formatIsoDate(today)}` }).first().waitFor({ timeout: 30_000 });
    // The Explain Tags panel has drawn its entry's label.
    await page.frameLocator('iframe.webview >> visible=true').first().frameLocator('#active-frame')
      .locator('body[data-label]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    await screenshot(page, 'walkthrough-src-tags');

    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Leadership Journal: Show Trends');
    // The Trends panel is the webview whose chart shows: found by that, not by its place in the page.
    const frame = await frameShowing(page, 'canvas');
    await frame.getByText(/entries/).first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(800);
    await screenshot(page, 'walkthrough-src-trends');
  });

  it('opens from Welcome: Open Walkthrough…, shows the four steps and their pictures, and starts an entry', async function () {
    const { page } = session();
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await pickQuickItem(page, 'Get started with Leadership Journal');
    const container = page.locator('.gettingStartedContainer');
    await container.getByText('Get started with Leadership Journal').first().waitFor({ timeout: 30_000 });
    for (const title of ['Choose where your journal lives', 'Write your first entry', 'See the tags', 'Open the trends']) {
      await container.getByText(title).first().waitFor();
    }
    // The test before did each step (the journal read, an entry written and tagged, the trends
    // shown): each is ticked off, whichever way it was done.
    for (const step of ['journalFolder', 'firstEntry', 'seeTags', 'trends']) {
      await container.locator(`button.getting-started-step[data-step-id$="${step}"][aria-checked="true"]`).first().waitFor({ timeout: 15_000 });
    }
    await screenshot(page, 'walkthrough-00-ticked');
    // Each step's picture is one of the extension's files, and it loads.
    // Selecting a step shows its picture beside the steps: select it until VS Code says it is
    // expanded (a click that lands while the page is still laying out is lost on a slow machine).
    const step = container.locator('button.getting-started-step[data-step-id$="firstEntry"]').first();
    for (let tries = 0; tries < 10 && await step.getAttribute('aria-expanded') !== 'true'; tries++) {
      await step.click();
      await page.waitForTimeout(500);
    }
    assert.equal(await step.getAttribute('aria-expanded'), 'true', 'the step "Write your first entry" is selected');
    const picture = container.locator('img[alt*="new daily reflection"]').first();
    await picture.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      // Say why it is hidden (not loaded, or a hidden column), so a failure elsewhere can be read.
      const why = await picture.evaluate((img: HTMLImageElement) => {
        const hidden: string[] = [];
        for (let node: HTMLElement | null = img; node !== null; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (style.display === 'none' || style.visibility === 'hidden') {
            hidden.push(`${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`);
          }
        }
        return { complete: img.complete, naturalWidth: img.naturalWidth, box: img.getBoundingClientRect().toJSON(), hidden };
      }).catch(() => 'gone');
      throw new Error(`the step's picture is not shown: ${JSON.stringify(why)}; ${String(error)}`);
    });
    await page.waitForFunction((img) => (img as HTMLImageElement).complete, await picture.elementHandle(), { timeout: 10_000 });
    const width = await picture.evaluate((img: HTMLImageElement) => img.naturalWidth);
    assert.ok(width >= 400, `the step's picture loaded (${width} px wide)`);
    await screenshot(page, 'walkthrough-01');

    await container.locator('a, .monaco-button', { hasText: 'New Entry' }).first().click();
    await page.locator('.quick-input-widget input[placeholder]').first().waitFor();
    await screenshot(page, 'walkthrough-02-new-entry');
    await page.keyboard.press('Escape');
  });
});
