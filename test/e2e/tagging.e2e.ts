// E2E, in the real VS Code: a person writes in an entry, saves with Ctrl+S, and sees the tagger's
// labels appear in the front matter (the body exactly as typed), then opens the explanation.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { splitEntry } from '../../src/core/entries/entrySplit';
import { startSession, type Session } from './support/session';
import { activeEditorText, runCommand, screenshot, waitForActiveTab } from './support/workbench';

const PATH = 'journal/2026/11/2026-11-23.md';
const START = '---\ndate: 2026-11-23\nkind: daily\n---\n\n# Monday, 2026-11-23\n\n';
const TYPED = [
  'I explained to Sam why the new intake process matters to the families we serve, and asked what he thought.',
  'Then I set up the rota for December and moved the audit deadline to Friday.',
];

describe('Tagging in the real VS Code', function () {
  let session: Session;

  before(async function () {
    session = await startSession({
      seed: (workspace) => {
        const file = join(workspace, PATH);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, START);
      },
    });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await screenshot(session.page, `failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
    }
  });

  after(async function () {
    await session?.close();
  });

  it('writes tags into the front matter on save and leaves the typed body exactly as typed', async function () {
    const { page, workspace } = session;
    await runCommand(page, "Leadership Journal: Open Entry for Date…");
    const input = page.locator('.quick-input-widget input');
    await input.fill('2026-11-23');
    await page.keyboard.press('Enter');
    await waitForActiveTab(page, '2026-11-23.md');
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    // Typed as a person would; Monaco may auto-close nothing here (plain prose).
    await page.keyboard.type(TYPED.join('\n'));
    await page.keyboard.press('Control+S');
    const file = join(workspace, PATH);
    let saved = '';
    for (let i = 0; i < 100 && !/^tags: /m.test(saved); i++) {
      await page.waitForTimeout(100);
      saved = readFileSync(file, 'utf8');
    }
    assert.match(saved, /^tags: \[(why|how|balanced)\]$/m);
    assert.match(saved, /^why: [\d.]+$/m);
    assert.equal(splitEntry(saved).body, `${splitEntry(START).body}${TYPED.join('\n')}`);
    await page.locator('.editor-group-container.active .view-line', { hasText: 'tags: [' }).waitFor();
    assert.doesNotMatch(await page.locator('.editor-group-container.active .tab.active').getAttribute('class') ?? '', /dirty/);
    await screenshot(page, 'tagged-on-save');
  });

  it('shows a CodeLens over the tags that opens the explanation', async function () {
    const { page } = session;
    const lens = page.locator('.editor-group-container.active .codelens-decoration a', { hasText: /— explain/ });
    await lens.waitFor();
    assert.match(await lens.innerText(), /^(why|how|balanced) · why \d+% · how \d+%/);
    await lens.click();
    await page.locator('.tab', { hasText: 'Tags of 2026-11-23' }).waitFor();
    await page.locator('.view-line', { hasText: 'Why these tags?' }).first().waitFor();
    assert.match(await activeEditorText(page).catch(() => ''), /./);
    await screenshot(page, 'explain-tags');
  });
});
