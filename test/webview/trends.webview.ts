// The trends webview in Chromium, without VS Code (see harness.ts): what it shows for each host
// state, what it posts back, that user text stays text, and that a ten-year journal renders in time.
//
//   npx mocha --import=tsx test/webview/trends.webview.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webviewStrings, type Translator } from '../../src/extension/views/webviewStrings';
import { percentText } from '../../src/webview/trends/format';
import type { StateMessage } from '../../src/webview/protocol';
import {
  emptyState, errorState, FIXTURE_TODAY, generateJournal, indexingState, readyState, XSS_PERSON, XSS_TITLE,
} from './fixtures';
import { createHarness, type Harness, type HarnessPage } from './harness';

/** Generous, so a slow CI machine cannot fail it; the 200 ms target is the bench's to report. */
const RENDER_MS_BOUND = 1500;

describe('trends webview', function () {
  this.timeout(60_000);
  let harness: Harness;
  let view: HarnessPage | undefined;
  const twoYears = generateJournal({ years: 2 });
  const quarter = readyState(twoYears, { granularity: 'week', periods: 13 });

  before(async () => {
    harness = await createHarness();
  });

  after(async () => {
    await harness?.close();
  });

  afterEach(async () => {
    if (view) {
      // Nothing may have gone wrong on the page: no dialog, no uncaught error, no CSP violation.
      assert.deepEqual(view.dialogs, [], 'no dialog opened');
      assert.deepEqual(view.errors, [], 'no page errors');
      await view.close();
      view = undefined;
    }
  });

  async function show(state: StateMessage, viewName: string): Promise<HarnessPage> {
    view = await harness.open();
    await view.post(state);
    await view.page.waitForSelector(`body[data-view="${viewName}"]`);
    return view;
  }

  it('posts ready when it starts', async () => {
    view = await harness.open();
    await view.page.waitForFunction('window.__posted.length > 0');
    assert.deepEqual((await view.posted())[0], { type: 'ready' });
  });

  it('offers the first entry when the journal is empty, and the button posts newEntry', async () => {
    const page = (await show(emptyState(), 'first-run')).page;
    await page.getByRole('button', { name: 'Write your first entry' }).click();
    assert.deepEqual((await view?.posted())?.at(-1), { type: 'newEntry' });
  });

  it('shows progress while indexing and the message with a New entry button on error', async () => {
    const indexing = await show(indexingState(312), 'indexing');
    assert.match(await indexing.page.locator('#root').innerText(), /Reading your journal[\s\S]*312 entries read so far/);
    await indexing.close();
    const failing = await show(errorState('The journal folder does not exist.'), 'error');
    assert.match(await failing.page.locator('#root').innerText(), /The journal folder does not exist\./);
    await failing.page.getByRole('button', { name: 'New entry' }).click();
    assert.deepEqual((await failing.posted()).at(-1), { type: 'newEntry' });
  });

  it('shows a text error, not a blank view, when drawing fails', async () => {
    const broken = { ...quarter, summary: { ...quarter.summary, comparison: {} } } as unknown as StateMessage;
    const page = (await show(broken, 'failure')).page;
    assert.match(await page.locator('#root').innerText(), /Something went wrong while drawing the trends/);
    view?.errors.splice(0); // The failure is logged to the console on purpose.
  });

  for (const [name, state] of [
    ['weeks', quarter],
    ['days, with untagged gaps', readyState(twoYears, { granularity: 'day', periods: 28 })],
  ] as const) {
    it(`has a table with the chart's numbers (${name})`, async () => {
      const page = (await show(state, 'trends')).page;
      const buckets = state.summary?.buckets ?? [];
      const chartWhy = (await page.getAttribute('#balance-chart', 'data-why'))?.split(',');
      const tableWhy = await page.locator('#trend-table tbody tr td:nth-child(3)').allTextContents();
      assert.equal(tableWhy.length, buckets.length, 'one row per bucket');
      assert.deepEqual(tableWhy, chartWhy);
      assert.deepEqual(tableWhy, buckets.map((bucket) => percentText(bucket.whyShare)));
      assert.equal(await page.getAttribute('#balance-chart', 'role'), 'img');
      assert.match((await page.getAttribute('#balance-chart', 'aria-label')) ?? '', /why \(leading\) and how \(managing\) share/);
      assert.equal(await page.locator('#trend-table caption').count(), 1);
      assert.equal(await page.locator('#trend-table thead th[scope="col"]').count(), 5);
    });
  }

  it('speaks German when the host sends German strings and the de locale, with dates and numbers for de', async () => {
    const german = JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
    // As vscode.l10n.t does with no arguments: the translation, placeholders left in place.
    const strings = webviewStrings({ t: (message: string) => german[message] ?? message } as Translator);
    const page = (await show({ ...quarter, locale: 'de', strings }, 'trends')).page;
    const text = await page.locator('#root').innerText();
    assert.match(text, /Ihre Führungstrends/);
    assert.match(text, /Warum und Wie im Zeitverlauf/i);
    assert.match(await page.locator('#entry-count').innerText(), /^\d{1,3}(\.\d{3})* Einträge$/, 'a German thousands separator');
    assert.match(await page.locator('#trend-table caption').innerText(), /^Warum und Wie je Woche, die ältesten zuerst \(13 Wochen\)$/);
    assert.equal(await page.getByRole('radio', { name: 'Monat' }).count(), 1);
    // `Intl` in German: the selected (last) week is cut to today, Monday, 23 November 2026.
    assert.match(await page.locator('#bucket-details').innerText(), /^Mo\., 23\. Nov\. 2026 /);
    assert.match(await page.locator('#bucket-details').innerText(), /\d+ \(\d+ getaggt, [\d.]+ Wörter\)/);
    assert.equal(await page.evaluate('document.documentElement.lang'), 'de');
    await view?.screenshot('trends-german');
  });

  it('has untagged buckets as gaps: empty in data-why and in the table', async () => {
    const page = (await show(readyState(twoYears, { granularity: 'day', periods: 28 }), 'trends')).page;
    const chartWhy = (await page.getAttribute('#balance-chart', 'data-why'))?.split(',') ?? [];
    assert.ok(chartWhy.includes(''), 'a 28-day range of this journal has days without tagged entries');
  });

  it('opens the entry of a recent trap', async () => {
    const page = (await show(quarter, 'trends')).page;
    const sighting = quarter.summary?.recentTraps.traps[0]?.entries[0];
    assert.ok(sighting, 'the fixture has a recent trap');
    await page.locator('#traps button.entry-link').first().click();
    assert.deepEqual((await view?.posted())?.at(-1), { type: 'openEntry', path: sighting.path });
  });

  it('posts setView when the granularity or the range changes, by mouse and by keyboard', async () => {
    const page = (await show(quarter, 'trends')).page;
    await page.getByRole('radio', { name: 'Month' }).click();
    assert.deepEqual((await view?.posted())?.at(-1), { type: 'setView', view: { granularity: 'month', periods: 12 } });
    // The choice shows at once, and focus stays on it, before the host answers.
    assert.equal(await page.getByRole('radio', { name: 'Month' }).getAttribute('aria-checked'), 'true');
    await page.keyboard.press('ArrowLeft');
    assert.deepEqual((await view?.posted())?.at(-1), { type: 'setView', view: { granularity: 'week', periods: 13 } });
    await page.selectOption('#range-select', '52');
    assert.deepEqual((await view?.posted())?.at(-1), { type: 'setView', view: { granularity: 'week', periods: 52 } });
  });

  it('shows entry titles and names with markup as text, and runs none of it', async () => {
    const page = (await show(readyState(twoYears, { granularity: 'week', periods: 52 }), 'trends')).page;
    assert.equal(await page.getByText(XSS_TITLE, { exact: true }).count(), 1, 'the title shows literally');
    assert.ok(await page.getByText(XSS_PERSON, { exact: true }).count() >= 1, 'the name shows literally');
    assert.equal(await page.locator('#root img, #root b').count(), 0, 'no element was made from entry text');
    await page.waitForTimeout(200); // An injected onerror would fire by now.
  });

  it('redraws the saved state at once when restored, and asks again for the saved view', async () => {
    const month = readyState(twoYears, { granularity: 'month', periods: 12 });
    view = await harness.open({ savedState: { last: month, view: month.view, periods: { month: 12 } } });
    await view.page.waitForSelector('body[data-view="trends"]');
    assert.equal(await view.page.getByRole('radio', { name: 'Month' }).getAttribute('aria-checked'), 'true');
    await view.page.waitForFunction('window.__posted.length >= 2');
    assert.deepEqual(await view.posted(), [{ type: 'ready' }, { type: 'setView', view: { granularity: 'month', periods: 12 } }]);
  });

  it('re-themes the chart when VS Code changes the theme', async () => {
    const page = (await show(quarter, 'trends')).page;
    const pixels = (): Promise<string> => page.locator('#balance-chart').evaluate((canvas) => (canvas as unknown as { toDataURL(): string }).toDataURL());
    const dark = await pixels();
    await view?.setTheme('light');
    await page.waitForFunction((before) => {
      const canvas = (globalThis as unknown as { document: { getElementById(id: string): { toDataURL(): string } } }).document.getElementById('balance-chart');
      return canvas.toDataURL() !== before;
    }, dark);
    assert.notEqual(await pixels(), dark);
  });

  it(`records renderMs for ten years of daily entries (asserted < ${RENDER_MS_BOUND} ms)`, async () => {
    const entries = generateJournal({ years: 10 });
    const state = readyState(entries, { granularity: 'week', periods: 520 });
    const page = (await show(state, 'trends')).page;
    await page.waitForSelector('body[data-render-ms]');
    const renderMs = Number(await page.getAttribute('body', 'data-render-ms'));
    console.log(`      renderMs, ${entries.length} entries to ${FIXTURE_TODAY}, 520 weeks + heat-map: ${renderMs} ms (target ≤ 200 ms)`);
    assert.ok(Number.isFinite(renderMs) && renderMs > 0, 'renderMs is recorded');
    assert.ok(renderMs < RENDER_MS_BOUND, `renderMs ${renderMs} < ${RENDER_MS_BOUND}`);
    assert.equal(await page.locator('#trend-table tbody tr').count(), 520);
    assert.equal(await page.locator('.heat-cells .cell').count(), 53 * 7);
  });
});
