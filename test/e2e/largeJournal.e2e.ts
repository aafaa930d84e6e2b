// E2E, in the real VS Code: a journal of 50,000 entries (several a day for decades, the issue's
// "bad input" of size). The trends view must show an indexing state, then the whole journal, and
// stay usable; the index reads it (on worker threads when a core is free for them) and the output channel says how long it took.
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, formatIsoDate, localDateOf } from '../../src/core/calendar/localDate';
import { useSession } from './support/session';
import { outputChannelText, runCommand, screenshot, webviewFrame } from './support/workbench';

const COUNT = 50_000;
const PER_DAY = 4;
const TEXTS = [
  'I explained to the team why the new intake matters to the families we serve.',
  'I rebuilt the rota and moved the audit deadline to Friday.',
  'I asked Priya what she wants to grow into this year, then updated the budget.',
];

function seedJournal(workspace: string): void {
  const today = localDateOf(new Date());
  for (let i = 0; i < COUNT; i++) {
    const date = formatIsoDate(addDays(today, -1 - Math.floor(i / PER_DAY)));
    const folder = join(workspace, 'journal', date.slice(0, 4), date.slice(5, 7));
    if (i % PER_DAY === 0) {
      mkdirSync(folder, { recursive: true });
    }
    writeFileSync(join(folder, `${date}-note-${i % PER_DAY}.md`), `---\ndate: ${date}\nkind: note\n---\n\n${TEXTS[i % TEXTS.length]}\n`);
  }
}

describe('A 50,000-entry journal in the real VS Code', function () {
  this.timeout(300_000);
  const session = useSession('large', { seed: seedJournal });

  it('indexes every entry, shows the trends of the whole journal, and logs the time it took', async function () {
    const { page } = session();
    const started = Date.now();
    await runCommand(page, 'Leadership Journal: Show Trends');
    const frame = webviewFrame(page, 'Leadership Journal: Trends');
    await frame.locator('#entry-count', { hasText: '50,000' }).waitFor({ timeout: 240_000 });
    const seconds = (Date.now() - started) / 1000;
    await frame.locator('canvas').first().waitFor();
    await screenshot(page, 'large-01-trends');
    // The view still answers: switch to months and see the chart redrawn.
    await frame.getByRole('radio', { name: 'Month' }).click();
    await frame.getByRole('radio', { name: 'Month', checked: true }).waitFor({ timeout: 30_000 });

    const text = await outputChannelText(page, 'Leadership Journal', 'Journal index:');
    const line = /Journal index: ([\d,]+) files, ([\d,]+) read, (\d+) skipped, in (\d+) ms \(([^)]*)\)/.exec(text);
    assert.ok(line, 'the index logs what it read');
    assert.equal(Number(line[1]?.replace(/,/g, '')), COUNT);
    assert.equal(Number(line[3]), 0);
    if (this.test) {
      this.test.title += ` (index ${line[4]} ms: ${line[5]}; view shown after ${seconds.toFixed(1)} s)`;
    }
    await screenshot(page, 'large-02-log');
  });
});
