// E2E, in the real VS Code, driven as a person would: the Command Palette, QuickPicks, typing,
// completion. Screenshots of every kind go to .e2e-artifacts/screenshots/.
import * as assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ACTIVATION_BUDGET } from '../../scripts/activationBundle';
import { addDays, compareDates, formatIsoDate, localDateOf, weekday } from '../../src/core/calendar/localDate';
import { planEntry } from '../../src/core/entries/entryPlan';
import { ENTRY_KINDS, entryKind } from '../../src/core/entries/kinds';
import { dailyEntryPath } from '../../src/core/journal/entryPath';
import { promptOfTheDayFromPacks } from '../../src/core/prompts/rotation';
import type { Page } from 'playwright-core';
import { activateMarkdownNeighbours, openWorkspaceFile, reportedActivationMs } from './support/activationFigure';
import { startSession, type Session } from './support/session';
import {
  activeEditorText, answerInputBox, openEntryForDate, pickQuickItem, runCommand, screenshot, waitForActiveTab, webviewFrame,
} from './support/workbench';

const today = localDateOf(new Date());
const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** A Markdown file outside the journal: opening it activates the extension, and must start nothing else. */
const NOTES = 'notes.md';
/** A JSON file: opening it activates Extension Authoring, which also starts on a Markdown file. */
const SETTLE_JSON = 'settle.json';

function seedOldEntries(workspace: string): void {
  writeFileSync(join(workspace, NOTES), '# Notes\n\nNot a journal entry.\n');
  writeFileSync(join(workspace, SETTLE_JSON), '{}\n');
  for (const offset of [-10, -3]) {
    const file = join(workspace, 'journal', dailyEntryPath(addDays(today, offset)));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\ndate: ${formatIsoDate(addDays(today, offset))}\nkind: daily\n---\n\n# Seeded ${offset}\n`);
  }
}

/** The session's extensions folder: ours, and fixtures/activationProbe, which records what activation loaded. */
let extensionsDir = '';
// Its names do not match the row of ours that the test looks for in Running Extensions.
const PROBE = 'lj-test.lj-test-activation-probe-0.0.1';

function installActivationProbe(dir: string): void {
  extensionsDir = dir;
  cpSync(join(__dirname, 'fixtures', 'activationProbe'), join(dir, PROBE), { recursive: true });
}

/** The files of ours that ran so far, in order, as `load dist/extension.js`. */
function activationRecord(): string[] {
  return readFileSync(join(extensionsDir, PROBE, 'activation-record.txt'), 'utf8').split('\n').filter(Boolean);
}

/** Activation's budget as VS Code reports it (issue #14), and how many readings the test may take. */
const ACTIVATION_MS = 50;
const READINGS = 3;
/** Our row in Running Extensions (the probe's names do not match it). */
const OURS = /leadership-journal|Leadership Journal/;

/**
 * Reloads the window, which in code-server starts a new extension host (the web workbench has no
 * *Restart Extension Host*), with no editor open, and waits until the probe has started in the new
 * host, which empties its record, and the workbench shows our icon again: ours is then not active,
 * and is next activated by a Markdown file as at first.
 */
async function reloadWindow(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, 'Developer: Reload Window');
  for (const deadline = Date.now() + 120_000; activationRecord().length > 0; await page.waitForTimeout(200)) {
    if (Date.now() > deadline) {
      throw new Error(`no new extension host within 120 s of the reload: ${activationRecord().join(', ')}`);
    }
  }
  await page.locator('.activitybar .action-item a[aria-label="Leadership Journal"]').waitFor({ timeout: 60_000 });
}

describe('Journal entries in the real VS Code', function () {
  let session: Session;

  before(async function () {
    session = await startSession({ seed: seedOldEntries, extraExtensions: [installActivationProbe] });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await screenshot(session.page, `failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
    }
  });

  after(async function () {
    await session?.close();
  });

  it('activates on a Markdown file outside the journal by loading its one small bundle, and nothing else, and prints the activation VS Code reports', async function () {
    // Up to three readings, each new one after a reload of the window (a new extension host).
    this.timeout(600_000);
    // Counted: opening any Markdown file activates the extension (onLanguage:markdown), and its
    // CodeLens and hover are asked for the file; fixtures/activationProbe records, in this extension
    // host, each file of ours that ran. Only dist/extension.js may have.
    // Timed: VS Code's own figure, as a person reads it in Running Extensions (loading the bundle plus
    // `activate`), printed for the README's figures against the 50 ms. It counts ours alone only once the built-in extensions
    // that also start on a Markdown file are active: opened first, they are loaded before ours on the
    // same event and their loading is counted in our figure (1,003 to 1,194 ms so read;
    // support/activationFigure.ts). It is still a wall-clock span, and on a two-core machine shared
    // with other runs the host can be left waiting for a core in the middle of it; a heavier bundle or
    // eager work lengthens every reading, a busy machine only some. So the figure is read up to three
    // times, the window reloaded (a new extension host) before each new one, until one is within the
    // budget, and printed. It is not asserted: on this shared machine one reading ranged from 30 to
    // 254 ms under load, and a test that depends on time must never fail on a busy machine (README
    // Contributing). What would make activation slower — another bundle or module loaded, a larger
    // dist/extension.js — is asserted by count and size, at every reading.
    const { page } = session;
    const readings: number[] = [];
    for (;;) {
      await activateMarkdownNeighbours(page, SETTLE_JSON);
      await openWorkspaceFile(page, NOTES);
      readings.push(await reportedActivationMs(page, OURS));
      // What ran: dist/extension.js alone — not the features, the tagger, yaml or any other bundle.
      assert.deepEqual(activationRecord(), ['load dist/extension.js']);
      if (Math.min(...readings) <= ACTIVATION_MS || readings.length === READINGS) {
        break;
      }
      await reloadWindow(page);
    }
    await screenshot(page, 'running-extensions');
    const installed = readdirSync(extensionsDir).filter((name) => name.startsWith('leadership-journal.leadership-journal-'));
    assert.equal(installed.length, 1, installed.join(', '));
    const bytes = statSync(join(extensionsDir, installed[0] ?? '', 'dist', 'extension.js')).size;
    assert.ok(bytes <= ACTIVATION_BUDGET, `dist/extension.js as installed is ${bytes} bytes, over ${ACTIVATION_BUDGET}`);
    const best = Math.min(...readings);
    if (this.test) {
      // Printed for the README's figures.
      this.test.title += ` (${bytes} bytes; VS Code reports activation: ${readings.join(', ')} ms)`;
    }
    console.log(`      VS Code reports activation: ${readings.join(', ')} ms (best ${best} ms; budget ${ACTIVATION_MS} ms)`);
    await runCommand(page, 'View: Close All Editors');
  });

  for (const kind of ENTRY_KINDS) {
    it(`creates a ${kind.label.toLowerCase()} from New Entry…`, async function () {
      const { page, workspace } = session;
      await runCommand(page, 'Leadership Journal: New Entry…');
      await pickQuickItem(page, kind.label);
      if (kind.needsPerson) {
        await answerInputBox(page, 'Ana');
      }
      const plan = planEntry({ kind, date: today, weekStart: 1, prompt: promptOfTheDayFromPacks(today).text, locale: 'en', person: 'Ana' });
      assert.ok(plan.ok);
      await waitForActiveTab(page, fileName(plan.path));
      const file = join(workspace, 'journal', plan.path);
      assert.ok(existsSync(file), `${plan.path} exists`);
      const text = readFileSync(file, 'utf8');
      assert.match(text, new RegExp(`^---\\ndate: ${formatIsoDate(today)}\\nkind: ${kind.id}\\n`));
      // The tab can be active a moment before the editor has drawn its lines.
      await page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText: `kind: ${kind.id}` }).first().waitFor();
      assert.match(await activeEditorText(page), new RegExp(`kind: ${kind.id}`));
      // The cursor waits on the first answer line (status bar numbers lines from 1).
      await page.locator('.statusbar', { hasText: `Ln ${plan.cursor.line + 1}, Col ${plan.cursor.character + 1}` }).waitFor();
      await screenshot(page, `kind-${kind.id}`);
    });
  }

  it('opens the existing entry when New Entry… runs again, leaving it unchanged', async function () {
    const { page, workspace } = session;
    const file = join(workspace, 'journal', dailyEntryPath(today));
    appendFileSync(file, 'Something only I wrote.\n');
    const before = readFileSync(file, 'utf8');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('W'); // close all editors
    await runCommand(page, 'Leadership Journal: New Entry…');
    await pickQuickItem(page, entryKind('daily').label);
    await waitForActiveTab(page, fileName(dailyEntryPath(today)));
    await page.locator('.editor-group-container.active .view-line', { hasText: 'Something only I wrote.' }).waitFor();
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  it('inserts an after-action review through snippet completion', async function () {
    const { page } = session;
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('lj-aar');
    await page.keyboard.press('Control+Space');
    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'lj-aar' }).first();
    await suggestion.waitFor();
    await screenshot(page, 'snippet-completion');
    await page.keyboard.press('Enter');
    await page.locator('.editor-group-container.active .view-line', { hasText: 'What did we expect to happen?' }).waitFor();
    assert.doesNotMatch(await activeEditorText(page), /lj-aar/);
  });

  it('opens an entry for a typed date phrase, then steps to the previous and next entries', async function () {
    const { page } = session;
    await openEntryForDate(page, '-3d');
    await waitForActiveTab(page, fileName(dailyEntryPath(addDays(today, -3))));
    await runCommand(page, 'Leadership Journal: Open Previous Entry');
    await waitForActiveTab(page, fileName(dailyEntryPath(addDays(today, -10))));
    assert.match(await activeEditorText(page), /# Seeded -10/);
    await runCommand(page, 'Leadership Journal: Open Next Entry');
    await waitForActiveTab(page, fileName(dailyEntryPath(addDays(today, -3))));
    assert.match(await activeEditorText(page), /# Seeded -3/);
    await screenshot(page, 'navigate-previous-next');
    // Next in calendar order: this week's review (written by a test above) if its day comes first —
    // a weekly entry's day is its ISO week's Thursday, so from Friday to Sunday it sits between the
    // seeded entry of three days ago and today — else today's entries, in file-name order, where
    // the 1:1 with Ana sorts first.
    const thursday = addDays(today, 4 - (weekday(today) || 7));
    const review = planEntry({ kind: entryKind('weekly-review'), date: today, weekStart: 1, prompt: '', locale: 'en' });
    assert.ok(review.ok);
    const reviewNext = compareDates(thursday, addDays(today, -3)) >= 0 && compareDates(thursday, today) < 0;
    await runCommand(page, 'Leadership Journal: Open Next Entry');
    await waitForActiveTab(page, reviewNext ? fileName(review.path) : `${formatIsoDate(today)}-1on1-ana.md`);
  });

  it('shows the sidebar view, which answers the handshake', async function () {
    const { page } = session;
    await page.locator('.activitybar .action-item a[aria-label="Leadership Journal"]').click();
    // The container's three views (Trends, Commitments, On This Day) each have a pane header.
    await page.locator('.sidebar .pane-header', { hasText: /Trends/i }).first().waitFor();
    const frame = webviewFrame(page, 'Trends');
    await frame.getByRole('heading', { name: 'Your leadership trends' }).waitFor();
    // The footer is filled from the host's `init` message: proof the ready handshake ran.
    const footer = await frame.locator('#journal-folder').innerText();
    assert.match(footer, /^Journal folder: journal · v\d+\.\d+\.\d+$/);
    await screenshot(page, 'sidebar');
  });

  it('loaded its features with the first command, after activation (the probe sees what loads)', function () {
    // The check of the first test holds only if the probe sees a file load: here is one it saw.
    const events = activationRecord();
    assert.equal(events[0], 'load dist/extension.js', events.join('\n'));
    assert.ok(events.includes('load dist/features.js'), events.join('\n'));
  });
});
