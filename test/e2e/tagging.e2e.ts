// E2E, in the real VS Code: a person writes in an entry, saves with Ctrl+S, and sees the tagger's
// labels appear in the front matter (the body exactly as typed), then follows the CodeLens to the
// Explain Tags panel. Then three entries written for this test — a clearly leading day, a clearly
// managing day and a day with nothing of either — are typed and saved, and each one's label in the
// front matter, its CodeLens and its rendered explanation are checked; the panel opens the entry at a
// sentence's line, follows the entry when it is saved again, and comes back after a reload. Last, a
// person changes the managing day's label by hand: it stays, the CodeLens says so, and its Unpin
// hands the label back to the tagger.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { splitEntry } from '../../src/core/entries/entrySplit';
import { recordFailure, startSession, type Session } from './support/session';
import { openEntryForDate, runCommand, screenshot, waitForActiveTab } from './support/workbench';

const PATH = 'journal/2026/11/2026-11-23.md';
const START = '---\ndate: 2026-11-23\nkind: daily\n---\n\n# Monday, 2026-11-23\n\n';
const TYPED = [
  'I explained to Sam why the new intake process matters to the families we serve, and asked what he thought.',
  'Then I set up the rota for December and moved the audit deadline to Friday.',
];

/** Written for this test, in plain prose (no brackets or quotes, which the editor may pair). */
const DAYS = {
  leading: {
    date: '2026-11-24',
    heading: '# Tuesday, 2026-11-24',
    label: 'why',
    lines: [
      'Sat down with Amara after the reorganisation news and told her why the move to one shared support desk matters for the customers who keep falling between our two teams.',
      'She worried the change would swallow her specialist work, so I asked what she wants to be known for in a year and listened.',
      'I said I trust her to shape how the new desk welcomes people, and that she can make that call without me.',
      'Tomorrow I will thank the team for their patience and explain the purpose again at the stand-up.',
    ],
  },
  managing: {
    date: '2026-11-25',
    heading: '# Wednesday, 2026-11-25',
    label: 'how',
    lines: [
      'Built the December rota for the warehouse and covered the two late shifts that were still open.',
      'Moved the stock audit to Thursday, booked the forklift inspection for Monday morning and sent the overtime figures to payroll.',
      'Checked the spending this week against the budget: we are four percent over on packaging, so I cut the next order.',
      'Delegated the supplier invoices to Sam with a deadline of Friday noon.',
    ],
  },
  plain: {
    date: '2026-11-26',
    heading: '# Thursday, 2026-11-26',
    label: 'unclear',
    lines: [
      'Rain all morning, so I took the bus instead of cycling.',
      'Lunch was the lentil soup from the place on the corner.',
      'Someone had left a pot of tulips by the window in the kitchen.',
      'Finished the crossword on the train home.',
    ],
  },
} as const;

/** The 1-based line of `text` in the file: the front matter grows as tags are written, so it is looked up. */
const lineOf = (file: string, text: string): number => file.split('\n').indexOf(text) + 1;
const entryPath = (date: string): string => `journal/${date.slice(0, 4)}/${date.slice(5, 7)}/${date}.md`;
const scaffold = (date: string, heading: string): string => `---\ndate: ${date}\nkind: daily\n---\n\n${heading}\n\n`;

/** The Explain Tags panel on screen: webviews nest two iframes, and only the visible panel has content. */
function explainFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview >> visible=true').first().frameLocator('#active-frame');
}

/**
 * Opens the entry for `date`, writes `lines` at its end, saves with Ctrl+S and waits for the tags in
 * the file. `typed` sends a key per character, as a person types; otherwise each line goes in as one
 * input, as a keyboard's input method commits text (a key per character costs a minute on a busy
 * machine), with Enter pressed between lines.
 */
async function writeAndSave(session: Session, date: string, lines: readonly string[], typed = false): Promise<string> {
  const { page, workspace } = session;
  await openEntryForDate(page, date);
  await waitForActiveTab(page, `${date}.md`);
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  if (typed) {
    await page.keyboard.type(lines.join('\n'));
  }
  for (const [index, line] of typed ? [] : lines.entries()) {
    if (index > 0) {
      await page.keyboard.press('Enter');
    }
    await page.keyboard.insertText(line);
  }
  await page.keyboard.press('Control+S');
  const file = join(workspace, entryPath(date));
  let saved = '';
  for (let i = 0; i < 100 && !/^tags: /m.test(saved); i++) {
    await page.waitForTimeout(100);
    saved = readFileSync(file, 'utf8');
  }
  return saved;
}

describe('Tagging in the real VS Code', function () {
  let session: Session;

  before(async function () {
    session = await startSession({
      seed: (workspace) => {
        const files: [string, string][] = [[PATH, START], ...Object.values(DAYS).map((day): [string, string] => [entryPath(day.date), scaffold(day.date, day.heading)])];
        for (const [path, text] of files) {
          const file = join(workspace, path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        }
      },
    });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await recordFailure(session, this.currentTest.title, this.currentTest.title);
    }
  });

  after(async function () {
    await session?.close();
  });

  it('writes tags into the front matter on save and leaves the typed body exactly as typed', async function () {
    const { page } = session;
    const saved = await writeAndSave(session, '2026-11-23', TYPED, true);
    assert.match(saved, /^tags: \[(why|how|balanced)\]$/m);
    assert.match(saved, /^why: [\d.]+$/m);
    assert.equal(splitEntry(saved).body, `${splitEntry(START).body}${TYPED.join('\n')}`);
    await page.locator('.editor-group-container.active .view-line', { hasText: 'tags: [' }).waitFor();
    assert.doesNotMatch(await page.locator('.editor-group-container.active .tab.active').getAttribute('class') ?? '', /dirty/);
    await screenshot(page, 'tagged-on-save');
  });

  it('shows a CodeLens over the tags that opens the explanation panel', async function () {
    const { page, workspace } = session;
    const label = /^tags: \[(\w+)\]$/m.exec(readFileSync(join(workspace, PATH), 'utf8'))?.[1];
    const lens = page.locator('.editor-group-container.active .codelens-decoration a', { hasText: /— explain/ });
    await lens.waitFor();
    assert.match(await lens.innerText(), /^(why|how|balanced) · why \d+% · how \d+%/);
    await lens.click();
    await page.locator('.tab', { hasText: 'Tags of 2026-11-23' }).waitFor();
    const frame = explainFrame(page);
    await frame.locator(`body[data-label="${label}"]`).waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('h1').innerText(), '2026-11-23.md');
    assert.equal(await frame.locator('li.sentence').count(), 2);
    await screenshot(page, 'explain-tags');
  });

  for (const [name, day] of Object.entries(DAYS)) {
    it(`labels a ${name} entry ${day.label} on save, in the front matter, the CodeLens and the rendered explanation`, async function () {
      const { page } = session;
      const saved = await writeAndSave(session, day.date, day.lines);
      assert.match(saved, new RegExp(`^tags: \\[${day.label}\\]$`, 'm'), saved);
      assert.equal(splitEntry(saved).body, `${splitEntry(scaffold(day.date, day.heading)).body}${day.lines.join('\n')}`);
      const why = Math.round(Number(/^why: ([\d.]+)$/m.exec(saved)?.[1]) * 100);
      const how = Math.round(Number(/^how: ([\d.]+)$/m.exec(saved)?.[1]) * 100);
      if (day.label === 'unclear') {
        assert.deepEqual([why, how], [0, 0], 'an unclear entry has no share of either side');
      }
      const lens = page.locator('.editor-group-container.active .codelens-decoration a', { hasText: /— explain/ });
      await lens.waitFor();
      // An unclear entry has no shares to state: its lens says why there is no label instead.
      const lensText = day.label === 'unclear' ? 'unclear · nothing here shows leading or managing — explain' : `${day.label} · why ${why}% · how ${how}% — explain`;
      assert.equal(await lens.innerText(), lensText);
      await lens.click();
      await page.locator('.tab', { hasText: `Tags of ${day.date}` }).waitFor();
      const frame = explainFrame(page);
      await frame.locator(`body[data-label="${day.label}"]`).waitFor({ timeout: 30_000 });
      assert.equal(await frame.locator('h1').innerText(), `${day.date}.md`);
      assert.equal(await frame.locator('#entry-label').innerText(), day.label);
      const sentences = frame.locator('li.sentence');
      assert.equal(await sentences.count(), day.lines.length);
      for (const [index, line] of day.lines.entries()) {
        const item = sentences.nth(index);
        assert.equal(await item.locator('.text').innerText(), line, 'the sentence as written, no escapes');
        assert.equal(await item.locator('button.line-link').innerText(), `Line ${lineOf(saved, line)}`);
      }
      const summary = await frame.locator('.summary').innerText();
      if (day.label === 'unclear') {
        assert.match(await frame.locator('#unclear-reason').innerText(), /^Nothing written here shows leading or managing/);
        assert.equal(await frame.locator('.share-bar').count(), 0);
        assert.equal(await sentences.filter({ hasText: /^No side/i }).count(), day.lines.length);
      } else {
        assert.match(summary, new RegExp(`Why \\(leading\\) ${why} %[\\s\\S]*How \\(managing\\) ${how} %`));
        // Most sentences read as the entry's side, each with a cue that names it.
        const side = sentences.filter({ hasText: new RegExp(`counts for ${day.label}`) });
        assert.ok(await side.count() >= day.lines.length - 1, `${await side.count()} of ${day.lines.length} sentences with a ${day.label} cue`);
      }
      await screenshot(page, `explain-${name}`);
    });
  }

  it('opens the entry at a sentence\'s line from the panel', async function () {
    const { page, workspace } = session;
    // The unclear entry's panel is on screen: its third sentence's link selects that line in the entry.
    const line = lineOf(readFileSync(join(workspace, entryPath(DAYS.plain.date)), 'utf8'), DAYS.plain.lines[2]);
    await explainFrame(page).getByRole('button', { name: `Line ${line}: open the entry at this line` }).click();
    await waitForActiveTab(page, `${DAYS.plain.date}.md`);
    await page.locator('.statusbar', { hasText: new RegExp(`Ln ${line}, Col \\d+ \\(\\d+ selected\\)`) }).waitFor();
  });

  it('follows the entry: a new paragraph saved is explained again, with the label written into the front matter', async function () {
    const { page, workspace } = session;
    const added = 'I asked the team why the new returns desk matters to them and thanked Joe for leading the first week.';
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(added);
    const frame = explainFrame(page);
    await frame.locator('#dirty').waitFor({ timeout: 30_000 }); // Read while typed, marked as not yet saved.
    await page.keyboard.press('Control+S');
    await frame.locator('#dirty').waitFor({ state: 'detached', timeout: 30_000 });
    const item = frame.locator('li.sentence', { hasText: added });
    await item.waitFor();
    // On a busy machine code-server's auto save (its web default) can save the paragraph before
    // Ctrl+S does; the tags then follow once the entry is left alone (the writing pause, 30 s).
    let saved = '';
    for (let i = 0; i < 90 && !/^tags: \[why\]$/m.test(saved); i++) {
      saved = readFileSync(join(workspace, entryPath(DAYS.plain.date)), 'utf8');
      if (!/^tags: \[why\]$/m.test(saved)) {
        await page.waitForTimeout(500);
      }
    }
    assert.match(await item.innerText(), new RegExp(`^Why\\s+Line ${lineOf(saved, added)}\\b`, 'i'));
    const label = /^tags: \[(\w+)\]$/m.exec(saved)?.[1];
    assert.equal(label, 'why', saved);
    await frame.locator(`body[data-label="${label}"]`).waitFor();
    assert.equal(await frame.locator('#entry-label').innerText(), label);
    await screenshot(page, 'explain-after-save');
  });

  it('brings the panel back after a reload, drawn for its entry', async function () {
    // The extension host starts again with the window: seconds on a quiet machine, over a minute on a busy one.
    this.timeout(300_000);
    const { page } = session;
    await runCommand(page, 'Developer: Reload Window');
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    await page.locator('.tab', { hasText: `Tags of ${DAYS.plain.date}` }).waitFor({ timeout: 120_000 });
    const frame = explainFrame(page);
    await frame.locator('body[data-label="why"]').waitFor({ timeout: 150_000 });
    assert.equal(await frame.locator('h1').innerText(), `${DAYS.plain.date}.md`);
  });

  it("keeps a label changed by hand, says so in the CodeLens, and unpins from it", async function () {
    this.timeout(180_000);
    const { page, workspace } = session;
    const date = DAYS.managing.date;
    const file = join(workspace, entryPath(date));
    await openEntryForDate(page, date);
    await waitForActiveTab(page, `${date}.md`);
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+Home');
    for (let line = 1; line < lineOf(readFileSync(file, 'utf8'), 'tags: [how]'); line++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.insertText('tags: [why]');
    await page.keyboard.press('Control+S');
    let saved = '';
    for (let i = 0; i < 100 && !/^tags-pinned: true$/m.test(saved); i++) {
      await page.waitForTimeout(100);
      saved = readFileSync(file, 'utf8');
    }
    assert.match(saved, /^tags: \[why\]$/m, 'the label the person wrote is what is saved');
    assert.match(saved, /^tags-pinned: true$/m);
    const lens = page.locator('.editor-group-container.active .codelens-decoration a', { hasText: /your label — unpin/ });
    await lens.waitFor({ timeout: 30_000 });
    assert.equal(await lens.innerText(), 'why · your label — unpin');
    await screenshot(page, 'your-label');
    await lens.click();
    // Until the file holds the tagger's label again (a read while VS Code writes the file may see it empty).
    for (let i = 0; i < 150 && (/tags-pinned/.test(saved) || !/^tags: \[how\]$/m.test(saved)); i++) {
      await page.waitForTimeout(100);
      saved = readFileSync(file, 'utf8');
    }
    assert.doesNotMatch(saved, /tags-pinned/);
    assert.match(saved, /^tags: \[how\]$/m, "the tagger's label is back");
    await page.locator('.editor-group-container.active .codelens-decoration a', { hasText: /^how · why \d+% · how \d+%/ }).waitFor({ timeout: 30_000 });
  });
});
