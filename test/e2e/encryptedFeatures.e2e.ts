// E2E, in the real VS Code: the journal features on an encrypted journal (issue 17, item 2), driven as
// a person would. The sample journal is encrypted from the palette; New Entry… starts today's daily
// entry, where a line naming @Amara and a `- [ ] … #commit` commitment (the lj-commit snippet) are
// written and saved (tagged on save); Search Journal… finds a word of the line; Start Weekly Review drafts a
// review that counts the entry and lists the commitment; Explain Tags shows the line as a sentence;
// Open Person… shows Amara with the entry; the Commitments view lists the commitment; Customize
// Template… opens the daily template, which a save writes plain and whole (beside, then renamed, as
// entries are); Start Monthly Review drafts this month's review; New 1:1 with Person… starts today's
// 1:1 with Amara; Export Report… writes the report (plain, and says so). After each step
// every file of the journal on disk is a sealed `.md.age` that the reference `age -d` opens, and at
// the end no plain text of the typed lines is anywhere under the workspace or VS Code's data.
// Screenshots go to .e2e-artifacts/screenshots/encfeat-*.png.
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { formatIsoDate, localDateOf } from '../../src/core/calendar/localDate';
import { dayFormat } from '../../src/core/text/dates';
import { planEntry } from '../../src/core/entries/entryPlan';
import { entryKind } from '../../src/core/entries/kinds';
import { monthPeriod, reviewPath, weekPeriod } from '../../src/core/reflect/reviewPeriod';
import { useSession } from './support/session';
import { ageDecrypt, answerPassphrase, editorShows, filesContaining, toast, waitForSealedSave } from './support/encryption';
import { frameShowing, pickQuickItem, runCommand, screenshot as saveScreenshot, waitForActiveTab } from './support/workbench';

const SAMPLE = join(__dirname, '..', 'fixtures', 'sample-journal', 'journal');
const PASSPHRASE = 'Ein Tagebuch für die Führung, 4 Türen';
const today = localDateOf(new Date());
const TODAY = formatIsoDate(today);
const DAILY = planEntry({ kind: entryKind('daily'), date: today, weekStart: 1, prompt: '', locale: 'en' });
assert.ok(DAILY.ok);
/** Today's entry, under the journal folder, as New Entry… names it (sealed on disk as `…md.age`). */
const ENTRY = DAILY.path;
const ENTRY_NAME = ENTRY.split('/').pop() ?? '';
const ENTRY_TITLE = /^# (.+)$/m.exec(DAILY.text)?.[1] ?? '';
const PERSON = 'Amara';
const LINE = `I told @${PERSON} why merging the two support desks matters for the customers who keep falling between them.`;
const COMMITMENT = 'send Amara the staffing numbers for the shared desk before Thursday';
/** Written for this test; looked for on disk, in plain, at every step. */
const TYPED = [LINE, COMMITMENT];
const SEARCHED = 'merging';
const ONE_ON_ONE_PLAN = planEntry({ kind: entryKind('one-on-one'), date: today, weekStart: 1, prompt: '', locale: 'en', person: PERSON });
assert.ok(ONE_ON_ONE_PLAN.ok);
/** Today's 1:1 with Amara, as New 1:1 with Person… names it. */
const ONE_ON_ONE = ONE_ON_ONE_PLAN.path;
/** Typed at the end of the daily template (templates stay plain on disk). */
const TEMPLATE_LINE = 'Who did I thank today, and for what?';

/** A screenshot with the pointer off the workbench's items (a tooltip would cover what is shown). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(1100, 17);
  await saveScreenshot(page, `encfeat-${name}`);
}

/** Every file under `dir`, by path relative to `root`. */
function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(root, join(dir, entry.name)) : [relative(root, join(dir, entry.name))]);
}

describe('Journal features on an encrypted journal in the real VS Code', function () {
  const session = useSession('encfeat', { seed: (workspace) => cpSync(SAMPLE, join(workspace, 'journal'), { recursive: true }) });
  /** The session's folder: the workspace, VS Code's user data and the extensions beside it. */
  const root = (): string => dirname(session().workspace);

  /**
   * What the journal holds on disk, decrypted by `age -d`: every file but the journal's key and
   * descriptor, and the templates (plain by design), is a sealed `.md.age` (none plain, none half-written), and no file in the workspace holds
   * a typed line in plain. Returns the decrypted texts by path under the journal, without `.age`.
   */
  function openedByAge(): Map<string, string> {
    const journal = join(session().workspace, 'journal');
    const key = join(journal, '.leadership-journal', 'key.age');
    const opened = new Map<string, string>();
    for (const path of filesUnder(journal)) {
      if (path.startsWith('.leadership-journal/')) {
        assert.match(path, /^\.leadership-journal\/(key\.age|encryption\.json)$/, 'only the key and the descriptor beside the entries');
        continue;
      }
      if (path.startsWith('.templates/')) {
        assert.match(path, /^\.templates\/[a-z-]+\.md$/, `${path}: templates stay plain, and no partial of one is left`);
        continue;
      }
      assert.match(path, /\.md\.age$/, `${path} is sealed`);
      opened.set(path.replace(/\.age$/, ''), ageDecrypt(key, join(journal, path), PASSPHRASE, root()));
    }
    for (const line of TYPED) {
      assert.deepEqual(filesContaining(session().workspace, line), [], `no plain "${line}" in the workspace`);
    }
    return opened;
  }

  it('encrypts the sample journal from the palette', async function () {
    this.timeout(300_000);
    const { page } = session();
    await runCommand(page, 'Leadership Journal: Encrypt Journal…');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Encrypt, Keep Names Readable' }).click();
    await pickQuickItem(page, 'With a Passphrase');
    await answerPassphrase(page, 'Choose a passphrase', PASSPHRASE);
    await answerPassphrase(page, 'Type the same passphrase again', PASSPHRASE);
    await toast(page, 'Encrypted 2 entries');
    assert.deepEqual([...openedByAge().keys()].sort(), ['2026/11/2026-11-18.md', '2026/11/2026-11-20.md']);
  });

  it('New Entry… starts today\'s daily entry; a line naming @Amara and a commitment from the lj-commit snippet are tagged on save, sealed', async function () {
    this.timeout(300_000);
    const { page, workspace } = session();
    await runCommand(page, 'Leadership Journal: New Entry…');
    await pickQuickItem(page, entryKind('daily').label);
    await waitForActiveTab(page, ENTRY_NAME);
    await editorShows(page, 'kind: daily');
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(LINE);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // The commitment through the lj-commit snippet: `- [ ] what #commit`, its placeholder typed over.
    await page.keyboard.type('lj-commit');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget .monaco-list-row', { hasText: 'lj-commit' }).first().waitFor();
    await screenshot(page, '1-snippet');
    await page.keyboard.press('Enter');
    await editorShows(page, '#commit');
    await page.keyboard.insertText(COMMITMENT);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    await editorShows(page, 'tags: [');
    await page.locator('.editor-group-container.active .tab.active:not(.dirty)').waitFor({ timeout: 60_000 });
    await screenshot(page, '1-new-entry-tagged');
    const sealed = { file: join(workspace, 'journal', `${ENTRY}.age`), identity: join(workspace, 'journal/.leadership-journal/key.age'), passphrase: PASSPHRASE, scratch: root() };
    // The tags come with the save that follows the typed one (the tag write), so both are waited for.
    const saved = await waitForSealedSave(page, sealed, (text) => text.includes(COMMITMENT) && /^tags: \[/m.test(text));
    assert.match(saved, new RegExp(`^---\\ndate: ${TODAY}\\nkind: daily\\n`));
    assert.match(saved, /^tags: \[(why|how|balanced|unclear)\]$/m);
    assert.ok(saved.includes(`${LINE}\n\n- [ ] ${COMMITMENT} #commit`), saved);
    assert.equal(openedByAge().get(ENTRY), saved);
  });

  it('Search Journal… finds a word of the line in the encrypted entry', async function () {
    this.timeout(180_000);
    const { page } = session();
    await runCommand(page, 'Leadership Journal: Search Journal…');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(SEARCHED);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'support desks' }).first().waitFor({ timeout: 60_000 });
    await page.locator('.quick-input-widget', { hasText: '— 1 match' }).waitFor({ timeout: 60_000 });
    await screenshot(page, '2-search');
    await page.keyboard.press('Escape');
    openedByAge();
  });

  it('Start Weekly Review drafts a review that counts the entry and lists its commitment, sealed', async function () {
    this.timeout(180_000);
    const { page } = session();
    const period = weekPeriod(today, 1);
    const path = reviewPath(period);
    assert.ok(path.ok);
    await runCommand(page, 'Leadership Journal: Start Weekly Review');
    await waitForActiveTab(page, path.path.split('/').pop() ?? '');
    const frame = await frameShowing(page, 'h1', `Week ${period.label} review`, 120_000);
    await frame.locator('p', { hasText: /· 1 entry\b/ }).first().waitFor();
    const listed = frame.locator('li', { hasText: COMMITMENT }).first();
    await listed.waitFor();
    await listed.scrollIntoViewIfNeeded();
    await screenshot(page, '3-weekly-review');
    const review = openedByAge().get(path.path);
    assert.ok(review !== undefined, `the review is sealed on disk as ${path.path}.age`);
    assert.match(review, new RegExp(`^---\\ndate: ${TODAY}\\nkind: weekly-review\\nweek: ${period.label}\\n---\\n`));
    assert.match(review, /· 1 entry\b/);
    assert.ok(review.includes(COMMITMENT), review);
  });

  it('Explain Tags shows the line as a sentence of the encrypted entry', async function () {
    this.timeout(180_000);
    const { page } = session();
    await runCommand(page, 'Leadership Journal: Open Today\'s Entry');
    await waitForActiveTab(page, ENTRY_NAME);
    await runCommand(page, 'Leadership Journal: Explain Tags');
    await page.locator('.tab', { hasText: `Tags of ${TODAY}` }).waitFor({ timeout: 60_000 });
    const frame = await frameShowing(page, 'li.sentence .text', `@${PERSON} why merging`);
    assert.equal(await frame.locator('h1').innerText(), ENTRY_NAME);
    await screenshot(page, '4-explain-tags');
    openedByAge();
  });

  it('Open Person… shows Amara, named in the entry, which opens from her timeline', async function () {
    this.timeout(180_000);
    const { page } = session();
    await runCommand(page, 'View: Close All Editors'); // The entry then opens from the page, decrypted anew.
    await runCommand(page, 'Leadership Journal: Open Person…');
    await pickQuickItem(page, PERSON);
    const frame = await frameShowing(page, 'h1', PERSON);
    await frame.locator('p', { hasText: `Named in 1 entry, on ${TODAY}.` }).waitFor({ timeout: 60_000 });
    const link = frame.locator('a', { hasText: ENTRY_TITLE }).first();
    await link.scrollIntoViewIfNeeded();
    await screenshot(page, '5-person');
    await link.click();
    await waitForActiveTab(page, ENTRY_NAME);
    await editorShows(page, `@${PERSON} why merging`);
    openedByAge();
  });

  it('the Commitments view lists the commitment written in the encrypted entry, and opens it at its line', async function () {
    this.timeout(180_000);
    const { page } = session();
    await page.keyboard.press('Escape');
    const shown = await page.locator('.activitybar .action-item.checked a[aria-label="Leadership Journal"]').count() > 0;
    if (!shown) {
      await page.locator('.activitybar .action-item a[aria-label="Leadership Journal"]').click();
    }
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Commitments' }) });
    const row = pane.locator('.monaco-list-row', { hasText: COMMITMENT });
    await row.waitFor({ timeout: 60_000 });
    await runCommand(page, 'View: Close All Editors');
    await screenshot(page, '6-commitments');
    // Its row opens the entry at the commitment's line.
    await row.click();
    await waitForActiveTab(page, ENTRY_NAME);
    const line = (openedByAge().get(ENTRY) ?? '').split('\n').findIndex((text) => text.includes(COMMITMENT)) + 1;
    assert.ok(line > 0);
    await page.locator('.statusbar', { hasText: new RegExp(`Ln ${line}, Col \\d+`) }).waitFor({ timeout: 30_000 });
    await screenshot(page, '6b-commitment-opened');
  });

  it('Customize Template… opens the daily template through the encrypted journal; a line typed and saved lands in it whole, plain, no partial left', async function () {
    this.timeout(180_000);
    const { page, workspace } = session();
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Leadership Journal: Customize Template…');
    await pickQuickItem(page, entryKind('daily').label);
    await waitForActiveTab(page, 'daily.md');
    await editorShows(page, '# {{weekday}}, {{date}}');
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(TEMPLATE_LINE);
    await page.keyboard.press('Control+S');
    await page.locator('.editor-group-container.active .tab.active:not(.dirty)').waitFor({ timeout: 60_000 });
    const file = join(workspace, 'journal', '.templates', 'daily.md');
    for (let i = 0; i < 30 && !(existsSync(file) && readFileSync(file, 'utf8').includes(TEMPLATE_LINE)); i++) {
      await page.waitForTimeout(500);
    }
    assert.equal(readFileSync(file, 'utf8'), `${entryKind('daily').body}${TEMPLATE_LINE}`, 'the built-in body Customize Template… wrote, and the line typed at its end');
    await screenshot(page, '7-template-saved');
    openedByAge(); // The template plain, nothing else beside the sealed entries, no .lj-partial.
  });

  it('Start Monthly Review drafts this month\'s review, sealed', async function () {
    this.timeout(180_000);
    const { page } = session();
    const period = monthPeriod(today);
    const path = reviewPath(period);
    assert.ok(path.ok);
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Leadership Journal: Start Monthly Review');
    await waitForActiveTab(page, path.path.split('/').pop() ?? '');
    const frame = await frameShowing(page, 'h1', `${dayFormat('en', 'monthYear')(today)} review`, 120_000);
    await frame.locator('h2').first().waitFor();
    await screenshot(page, '8-monthly-review');
    const review = openedByAge().get(path.path);
    assert.ok(review !== undefined, `the review is sealed on disk as ${path.path}.age`);
    assert.match(review, new RegExp(`^---\\ndate: ${TODAY}\\nkind: monthly-review\\nmonth: ${period.label}\\n---\\n`));
  });

  it('New 1:1 with Person… starts today\'s 1:1 with Amara, sealed', async function () {
    this.timeout(180_000);
    const { page } = session();
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Leadership Journal: New 1:1 with Person…');
    await pickQuickItem(page, PERSON);
    await waitForActiveTab(page, ONE_ON_ONE.split('/').pop() ?? '');
    await editorShows(page, 'kind: one-on-one');
    await screenshot(page, '9-one-on-one');
    let sealed = openedByAge().get(ONE_ON_ONE);
    for (let i = 0; i < 20 && sealed === undefined; i++) {
      await page.waitForTimeout(500); // Created by the command before its editor opens; read back once it is there.
      sealed = openedByAge().get(ONE_ON_ONE);
    }
    assert.ok(sealed !== undefined, `the 1:1 is sealed on disk as ${ONE_ON_ONE}.age`);
    assert.match(sealed, new RegExp(`^---\\ndate: ${TODAY}\\nkind: one-on-one\\n`));
    assert.ok(sealed.includes(PERSON), sealed);
  });

  it('Export Report… writes the report where asked and says it is plain text, as the journal is encrypted', async function () {
    this.timeout(180_000);
    const { page, workspace } = session();
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Leadership Journal: Export Report…');
    // VS Code's own save dialog in the browser: a path box, filled with the suggested file in the workspace folder.
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForFunction(() => (document.querySelector('.quick-input-widget input') as HTMLInputElement | null)?.value.includes('leadership-report-') === true, undefined, { timeout: 30_000 });
    await screenshot(page, '10-export-dialog');
    await page.keyboard.press('Enter');
    await toast(page, 'The journal is encrypted, but this file is written in plain text');
    await screenshot(page, '10-export-report');
    const report = join(workspace, `leadership-report-${TODAY}.html`);
    assert.ok(existsSync(report), `${report} is written`);
    assert.match(readFileSync(report, 'utf8'), /^<!doctype html>/i, 'plain HTML, as the notice says');
    rmSync(report); // As the notice advises; the next step looks for plain text of the typed lines everywhere.
  });

  it('leaves no plain text of the typed lines under the workspace or VS Code\'s data', async function () {
    this.timeout(120_000);
    const { page } = session();
    // VS Code's hot-exit backup of text typed before a save is deleted after the save, a moment later.
    let plain = TYPED.flatMap((line) => filesContaining(root(), line));
    for (let i = 0; i < 60 && plain.length > 0; i++) {
      await page.waitForTimeout(1000);
      plain = TYPED.flatMap((line) => filesContaining(root(), line));
    }
    assert.deepEqual(plain, []);
    assert.equal(openedByAge().size, 6, 'the two sample entries, today\'s entry, the two reviews and the 1:1');
  });
});
