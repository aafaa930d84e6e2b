// E2E, in the real VS Code, driven as a person, with `leadershipJournal.privacy.hidePrivateInSearch`
// on (issue #17, item 4): a week holding a private entry and one that is not. The weekly review's
// rendered preview counts both and names nothing from the private one; Search Journal… finds the
// entry that is not private and, for words only the private entry holds, says that nothing matches
// and that one private entry was left out. Screenshots: .e2e-artifacts/screenshots/private-*.png.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatIsoDate, localDateOf, type LocalDate } from '../../src/core/calendar/localDate';
import { dailyEntryPath } from '../../src/core/journal/entryPath';
import { reviewPath, weekPeriod } from '../../src/core/reflect/reviewPeriod';
import { useSession } from './support/session';
import { frameShowing, runCommand, screenshot, waitForActiveTab } from './support/workbench';

const today = localDateOf(new Date());
const PERIOD = weekPeriod(today, 1);
/** The private entry is dated today and the other on the week's first day, so both are in this week. */
const PRIVATE_PATH = dailyEntryPath(today).replace(/\.md$/, '-note.md');
const FIRST_DAY: LocalDate = PERIOD.start;
const OTHER_PATH = dailyEntryPath(FIRST_DAY);
const SECRETS = ['Zoe', 'reorg', 'retention'];

function write(workspace: string, path: string, text: string): void {
  const file = join(workspace, 'journal', path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function seed(workspace: string): void {
  const day = formatIsoDate(today);
  write(workspace, PRIVATE_PATH, `---\ndate: ${day}\nkind: daily\nprivate: true\n---\n\n# Zoe and the reorg\n\n`
    + '@zoe told me she may leave; I explained why the reorg matters and planned the handover.\n\n## Next\n\n- [ ] Ask HR about retention for Zoe\n');
  // When today is the week's first day, the other entry is a second file of that day.
  const other = formatIsoDate(FIRST_DAY) === day ? OTHER_PATH.replace(/\.md$/, '-plan.md') : OTHER_PATH;
  write(workspace, other, `---\ndate: ${formatIsoDate(FIRST_DAY)}\nkind: daily\n---\n\n# Planning the sprint\n\n`
    + 'I asked @ana what she needs from me, then planned the next sprint and assigned owners.\n');
  write(workspace, 'people.yml', 'Ana Ruiz: [ana]\n');
}

describe('Private entries in the real VS Code: the weekly review and Search Journal', function () {
  const session = useSession('private', { seed, settings: { 'leadershipJournal.privacy.hidePrivateInSearch': true } });

  it('drafts the weekly review counting the private entry and naming nothing from it', async function () {
    const { page, workspace } = session();
    const path = reviewPath(PERIOD);
    assert.ok(path.ok);
    await runCommand(page, 'Leadership Journal: Start Weekly Review');
    await waitForActiveTab(page, path.path.split('/').pop() ?? '');
    const frame = await frameShowing(page, 'p', 'one of them private');
    await frame.locator('h2', { hasText: 'People' }).waitFor();
    await frame.locator('td', { hasText: 'Ana Ruiz' }).waitFor();
    await frame.locator('p', { hasText: '1 open commitment from private entries is not listed here.' }).waitFor();
    const shown = await frame.locator('body').innerText();
    const text = readFileSync(join(workspace, 'journal', path.path), 'utf8');
    assert.match(text, /· 2 entries, one of them private \(counted in the numbers, named nowhere below\)\./);
    for (const secret of SECRETS) {
      assert.ok(!shown.includes(secret), `the preview shows "${secret}"`);
      assert.ok(!text.includes(secret), `the review's file holds "${secret}"`);
    }
    await screenshot(page, 'private-1-weekly-review');
  });

  it('leaves the private entry out of Search Journal and says how many were left out', async function () {
    const { page } = session();
    await page.keyboard.press('Escape');
    await runCommand(page, 'Leadership Journal: Search Journal…');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    const rows = page.locator('.quick-input-widget .monaco-list-row');
    await input.fill('reorg');
    await rows.filter({ hasText: 'No entry matches.' }).waitFor();
    await rows.filter({ hasText: '1 private entry left out' }).waitFor();
    assert.equal(await rows.filter({ hasText: 'Zoe' }).count(), 0, 'the private entry is not listed');
    await screenshot(page, 'private-2-search-left-out');
    // Words the other entry holds: it is found; the private one, which the filters let through, is counted.
    await input.fill('sprint');
    await rows.filter({ hasText: 'Planning the sprint' }).first().waitFor(); // The entry, and the review linking it.
    await rows.filter({ hasText: '1 private entry left out' }).waitFor();
    await screenshot(page, 'private-3-search-found');
    await page.keyboard.press('Escape');
  });
});
