// The trends webview in Chromium, without VS Code (see harness.ts): what it shows for each host
// state, what it posts back, that user text stays text, and that a ten-year journal renders in time.
//
//   npx mocha --import=tsx test/webview/trends.webview.ts
import assert from 'node:assert/strict';
import { percentText } from '../../src/webview/trends/format';
import type { StateMessage } from '../../src/webview/protocol';
import {
  emptyState, errorState, FIXTURE_TODAY, generateJournal, indexingState, readyState, withCalendar, XSS_PERSON, XSS_TITLE,
} from './fixtures';
import { describeFindings, runAxe, seriousFindings } from '../support/axe';
import { createHarness, germanL10n, type Harness, type HarnessPage } from './harness';
import { areaOf, describeAreas, READ_CHART_COLOURS, type ChartColours } from './pixels';
import { MODERN_THEME_NAMES, THEME_NAMES, THEMES_2026, type ThemeName } from './themes';

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

  async function show(state: StateMessage, viewName: string, options: Parameters<Harness['open']>[0] = {}): Promise<HarnessPage> {
    view = await harness.open(options);
    await view.post(state);
    await view.page.waitForSelector(`body[data-view="${viewName}"]`);
    return view;
  }

  /** Runs axe-core in the page; fails on any serious or critical finding, naming each one. */
  async function assertNoSeriousFindings(page: HarnessPage['page'], where: string): Promise<void> {
    const serious = seriousFindings(await runAxe(page));
    assert.equal(serious.length, 0, `axe-core, ${where}:\n${describeFindings(serious)}`);
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
      // The chart is the control that picks a period: a slider, its value the selected period.
      assert.equal(await page.getAttribute('#balance-chart', 'role'), 'slider');
      assert.equal(await page.getAttribute('#balance-chart', 'aria-label'), 'Period shown in the why and how chart');
      assert.equal(await page.getAttribute('#balance-chart', 'aria-valuenow'), String(buckets.length), 'the newest period is selected');
      assert.equal(await page.getAttribute('#balance-chart', 'aria-valuemax'), String(buckets.length));
      assert.match(await page.locator('#balance-chart-summary').innerText(), /why \(leading\) and how \(managing\) share/);
      assert.equal(await page.locator('#trend-table caption').count(), 1);
      assert.equal(await page.locator('#trend-table thead th[scope="col"]').count(), 6);
    });
  }

  it('speaks German when the host posts the German bundle and the de locale, with dates and numbers for de', async () => {
    const page = (await show(quarter, 'trends', { l10n: germanL10n() })).page;
    const text = await page.locator('#root').innerText();
    assert.match(text, /Ihre Führungstrends/);
    assert.match(text, /Warum und Wie im Zeitverlauf/i);
    assert.match(await page.locator('#entry-count').innerText(), /^\d{1,3}(\.\d{3})* Einträge$/, 'a German thousands separator');
    assert.match(await page.locator('#trend-table caption').innerText(), /^Warum und Wie je Woche, die ältesten zuerst \(13 Wochen\)$/);
    assert.equal(await page.getByRole('radio', { name: 'Monat' }).count(), 1);
    // `Intl` in German: the selected (last) week is cut to today, Monday, 23 November 2026.
    assert.match(await page.locator('#bucket-details').innerText(), /^Mo\., 23\. Nov\. 2026 /);
    assert.match(await page.locator('#bucket-details').innerText(), /\d+ \(\d+ getaggt, \d+ unklar, [\d.]+ Wörter\)/);
    assert.equal(await page.evaluate('document.documentElement.lang'), 'de');
    await view?.screenshot('trends-german');
  });

  it('says one and many through the one count rule: 1 entry and Last week, 2 entries and Last 13 weeks, in English and German', async () => {
    const today = '2026-12-01';
    const first = generateJournal({ years: 1 }).find((entry) => entry.label === 'why');
    assert.ok(first, 'the fixture has a why entry');
    const one = { ...first, date: today, path: `2026/12/${today}.md` };
    const two = { ...first, date: '2026-11-30', path: '2026/11/2026-11-30.md' };
    const cases = [
      { l10n: undefined, entries: [one], periods: 1, count: '1 entry', range: 'Last week', caption: /^Day 1 of this month against the mean of day 1 of each of the 3 months before/, longest: /^longest 1 day \(Dec 1 2026\)$/ },
      { l10n: undefined, entries: [one, two], periods: 13, count: '2 entries', range: 'Last 13 weeks (a quarter)', caption: /^Day 1 of this month/, longest: /^longest 2 days \(Nov 30 2026 – Dec 1 2026\)$/ },
      { l10n: germanL10n(), entries: [one], periods: 1, count: '1 Eintrag', range: 'Letzte Woche', caption: /^Tag 1 dieses Monats im Vergleich zum Mittel von Tag 1 der 3 Monate davor/, longest: /^längste: 1 Tag \(1\. Dez\. 2026\)$/ },
      { l10n: germanL10n(), entries: [one, two], periods: 13, count: '2 Einträge', range: 'Letzte 13 Wochen (ein Quartal)', caption: /^Tag 1 dieses Monats/, longest: /^längste: 2 Tage \(30\. Nov\. 2026 – 1\. Dez\. 2026\)$/ },
    ];
    for (const { l10n, entries, periods, count, range, caption, longest } of cases) {
      const page = (await show(readyState(entries, { granularity: 'week', periods }, today), 'trends', { l10n })).page;
      assert.equal(await page.locator('#entry-count').innerText(), count);
      assert.equal(await page.locator('#range-select option:checked').innerText(), range);
      assert.match(await page.locator('#comparison-table caption').innerText(), caption);
      assert.match(await page.locator('#streak small').innerText(), longest);
      await view?.close();
      view = undefined;
    }
  });

  it('has untagged buckets as gaps: empty in data-why and in the table', async () => {
    const page = (await show(readyState(twoYears, { granularity: 'day', periods: 28 }), 'trends')).page;
    const chartWhy = (await page.getAttribute('#balance-chart', 'data-why'))?.split(',') ?? [];
    assert.ok(chartWhy.includes(''), 'a 28-day range of this journal has days without tagged entries');
  });

  it('keeps unclear entries in a band and a column of their own, out of the shares, and says what is not counted', async () => {
    const entries = generateJournal({ years: 1 });
    const unclear = entries.filter((entry) => entry.label === 'unclear' && entry.date >= '2026-08-24');
    assert.ok(unclear.length > 0, 'the fixture has unclear entries in the range');
    const scaffold = { ...unclear[0]!, path: 'scaffold.md', label: null, why: 0, how: 0, words: 0 };
    const future = { ...unclear[0]!, path: 'future.md', date: '2026-11-30', label: 'why' as const, why: 1, how: 0 };
    const state = readyState([...entries, scaffold, future], { granularity: 'week', periods: 13 });
    const page = (await show(state, 'trends')).page;
    const buckets = state.summary?.buckets ?? [];
    const tableUnclear = await page.locator('#trend-table tbody tr td:nth-child(6)').allTextContents();
    assert.deepEqual(tableUnclear, buckets.map((bucket) => String(bucket.labels.unclear)));
    assert.deepEqual((await page.getAttribute('#balance-chart', 'data-unclear'))?.split(','), tableUnclear);
    assert.equal(tableUnclear.reduce((sum, n) => sum + Number(n), 0), unclear.length);
    assert.match(await page.locator('.range-lean').innerText(), new RegExp(`${unclear.length} unclear \\(nothing in them shows either side\\) are not in these shares`));
    assert.equal(await page.locator('.legend .swatch.unclear').count(), 1);
    assert.match(await page.locator('#not-counted').innerText(), /^2 entries not counted yet: nothing written in them, or dated after today$/);
    assert.match(await page.locator('#functions .intro').innerText(), /Kotter's six functions/);
    assert.match(await page.locator('#comparison-table caption').innerText(), /^Days 1–23 of this month against the mean of days 1–23 of each of the 3 months before/);
    // The heat-map's legend shows amounts in the text colour, not in the balanced tint.
    assert.equal(await page.locator('.heat-legend .cell.lv').count(), 5);
    assert.equal(await page.locator('.heat-legend .cell.t2').count(), 2, 'balanced: once in the scale, once named');
    await view?.screenshot('trends-unclear');
  });

  // axe-core (test/support/axe.ts) on the whole view: VS Code's default themes since 1.78 (the Modern
  // ones, where issue 19 found a green change figure at 4.32:1 and, with no background of the view's
  // own, 116 contrast findings in the dark theme), the Plus ones and High Contrast.
  for (const theme of [...THEMES_2026, ...MODERN_THEME_NAMES, ...THEME_NAMES]) {
    it(`has no serious or critical axe-core findings in the ${theme} theme`, async () => {
      const page = (await show(quarter, 'trends', { theme })).page;
      await assertNoSeriousFindings(page, theme);
      // The view's one level-one heading, and the chart named as the control it is.
      assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Your leadership trends']);
      assert.equal(await page.getByRole('slider', { name: 'Period shown in the why and how chart' }).count(), 1);
      await view?.screenshot(`trends-a11y-${theme}`);
    });
  }

  it('has no serious axe-core findings in its other states, with a row hovered, or in German', async () => {
    for (const [name, state] of [['first-run', emptyState()], ['indexing', indexingState(312)], ['error', errorState('The journal folder does not exist.')]] as const) {
      for (const theme of ['light-modern', 'dark-modern'] as const) {
        const page = (await show(state, name, { theme })).page;
        await assertNoSeriousFindings(page, `${name}, ${theme}`);
        await view?.close();
        view = undefined;
      }
    }
    const page = (await show(quarter, 'trends', { theme: 'light-modern', l10n: germanL10n() })).page;
    await page.locator('#trend-table tbody tr').nth(3).hover();
    await assertNoSeriousFindings(page, 'German, light-modern, a row hovered');
  });

  it('says the direction of a change in its text, not in a coloured figure', async () => {
    const page = (await show(quarter, 'trends', { theme: 'light-modern' })).page;
    const cells = page.locator('#comparison-table td.delta');
    const colours = await cells.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).color));
    const text = await page.locator('#comparison-table tbody th').first().evaluate((element) => getComputedStyle(element).color);
    assert.deepEqual(new Set(colours), new Set([text]), 'every change figure in the text colour');
    for (const figure of await cells.allTextContents()) {
      assert.match(figure, /^(—|±0|[+−]\d)/, `a change says its sign: ${figure}`);
    }
    // Good and bad news differ without colour: a solid or a double bar, and a word for a screen reader.
    for (const [news, style, word] of [['good', 'solid', '(better)'], ['bad', 'double', '(worse)']] as const) {
      const marked = page.locator(`#comparison-table td.delta.${news}`);
      for (const cell of await marked.all()) {
        assert.equal(await cell.evaluate((element) => getComputedStyle(element).borderRightStyle), style);
        assert.ok((await cell.textContent())?.endsWith(` ${word}`), `${news} news says ${word}`);
      }
    }
    assert.ok(await page.locator('#comparison-table td.delta.good, #comparison-table td.delta.bad').count() > 0, 'the fixture has good or bad news');
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

  /** What the page last passed to `setState`, once it holds `view` (setState is batched: main.ts). */
  async function savedOnce(page: HarnessPage, view: { granularity: string; periods: number }): Promise<Record<string, unknown>> {
    await page.page.waitForFunction((expected) => {
      const saved = (window as unknown as { __state?: { view?: { granularity: string; periods: number } } }).__state;
      return saved?.view?.granularity === expected.granularity && saved.view.periods === expected.periods;
    }, view);
    return await page.savedState() as Record<string, unknown>;
  }

  it('keeps a plain journal\'s last state with setState, names and titles with it, for a redraw at once', async () => {
    const page = await show(quarter, 'trends');
    await page.page.getByRole('radio', { name: 'Month' }).click();
    const saved = await savedOnce(page, { granularity: 'month', periods: 12 });
    assert.deepEqual(saved.last, quarter);
    assert.ok(JSON.stringify(saved).includes(XSS_PERSON) && JSON.stringify(saved).includes(XSS_TITLE));
  });

  it('keeps only the view choices and the language of an encrypted journal: no name, no title, no number', async () => {
    const encrypted: StateMessage = { ...quarter, keepContent: false };
    const page = await show(encrypted, 'trends');
    await page.post(germanL10n());
    await page.page.focus('#balance-chart');
    await page.page.keyboard.press('Home'); // Selects the first week: its key is kept, a choice like the others.
    await page.page.getByRole('radio', { name: 'Monat' }).click();
    const saved = await savedOnce(page, { granularity: 'month', periods: 12 });
    assert.deepEqual(Object.keys(saved).sort(), ['l10n', 'periods', 'selectedKey', 'view']);
    assert.match(String(saved.selectedKey), /^\d{4}-W\d{2}$/);
    assert.deepEqual(saved.l10n, germanL10n());
    assert.deepEqual(saved.periods, { month: 12 });
    const text = JSON.stringify(saved);
    assert.ok(!text.includes(XSS_PERSON) && !text.includes(XSS_TITLE) && !text.includes('"summary"'), text.slice(0, 300));
    await page.close();
    // Restored from that, the view draws nothing of the journal; it asks for the saved view, in the saved language.
    view = await harness.open({ savedState: saved, l10n: null });
    await view.page.waitForFunction('window.__posted.length >= 2');
    assert.deepEqual(await view.posted(), [{ type: 'ready' }, { type: 'setView', view: { granularity: 'month', periods: 12 } }]);
    assert.equal(await view.page.evaluate(() => document.body.dataset.view), undefined, 'nothing drawn before the host answers');
    assert.equal(await view.page.evaluate(() => document.documentElement.lang), 'de');
  });

  /** Switches theme the way VS Code does and waits until the chart has been drawn again. */
  async function switchTheme(page: HarnessPage, theme: ThemeName): Promise<void> {
    const canvas = page.page.locator('#balance-chart');
    const before = await canvas.evaluate((element) => (element as unknown as { toDataURL(): string }).toDataURL());
    await page.setTheme(theme);
    // A function, not a string: the page's CSP forbids eval.
    await page.page.waitForFunction((previous) => {
      const element = (globalThis as unknown as { document: { getElementById(id: string): { toDataURL(): string } } }).document.getElementById('balance-chart');
      return element.toDataURL() !== previous;
    }, before);
  }

  // What a person sees: the bars in exactly the colours of the legend's swatches (alpha included),
  // and the heat-map and the functions' markers in the same two colours, after any theme switch.
  for (const [from, to] of [['dark', 'light'], ['light', 'dark'], ['dark', 'high-contrast'], ['high-contrast', 'light']] as const) {
    it(`draws the bars in the legend's colours after a theme switch (${from} → ${to})`, async () => {
      view = await harness.open({ theme: from });
      await view.post(quarter);
      await view.page.waitForSelector('body[data-view="trends"]');
      await view.page.focus('#balance-chart');
      await switchTheme(view, to);
      // The chart is still the focused control and still answers the keyboard.
      assert.equal(await view.page.evaluate('document.activeElement.id'), 'balance-chart');
      await view.page.keyboard.press('Home');
      assert.equal(await view.page.locator('#trend-table tbody tr').first().getAttribute('aria-current'), 'true');
      const colours = await view.page.evaluate<ChartColours>(READ_CHART_COLOURS);
      // 13 weekly bars in a 380 px sidebar: each of why, how and entries covers thousands of pixels.
      const bars = colours.total * 0.02;
      for (const side of ['why', 'how', 'count'] as const) {
        const swatch = colours.swatch[side];
        assert.ok(areaOf(colours.areas, swatch) > bars,
          `${side} bars in the ${side} swatch's colour rgba(${swatch}); the canvas has ${describeAreas(colours.areas)}`);
      }
      for (const side of ['why', 'how'] as const) {
        assert.equal(colours.heat[side], colours.swatch[side], `heat-map ${side} = legend`);
        assert.equal(colours.badge[side], colours.swatch[side], `function badge ${side} = legend`);
        assert.equal(colours.meter[side], colours.swatch[side], `function meter ${side} = legend`);
      }
    });
  }

  it('draws why and how opaque, in chart and legend, when the theme gives them with alpha', async () => {
    // Light+ and Dark+ in VS Code 1.139 give charts.orange as rgba(234, 92, 0, 0.33) (themes.ts).
    for (const theme of ['light', 'dark'] as const) {
      view = await harness.open({ theme });
      await view.post(quarter);
      await view.page.waitForSelector('body[data-view="trends"]');
      const colours = await view.page.evaluate<ChartColours>(READ_CHART_COLOURS);
      assert.equal(colours.swatch.how, '234,92,0,255', `${theme}: the theme's orange, opaque`);
      assert.ok(areaOf(colours.areas, colours.swatch.how) > colours.total * 0.02, `${theme}: how bars opaque orange`);
      assert.match(colours.swatch.why, /,255$/);
      assert.deepEqual(view.errors, []);
      await view.close();
      view = undefined;
    }
  });

  describe('with an imported calendar', () => {
    const withTime = withCalendar(quarter, twoYears);
    const calendar = withTime.calendar!;
    const german = (): StateMessage => withCalendar(quarter, twoYears, 'de');
    const column = (page: HarnessPage['page'], table: string, n: number): Promise<string[]> =>
      page.locator(`#${table} tbody tr td:nth-of-type(${n})`).allTextContents();

    it('shows nothing of a calendar when none is imported', async () => {
      const page = (await show(quarter, 'trends')).page;
      for (const id of ['calendar-hours', 'calendar-load', 'said-vs-did']) {
        assert.equal(await page.locator(`#${id}`).count(), 0, `#${id} without a calendar`);
      }
    });

    it('shows hours per category per week stacked, with a table of the same numbers', async () => {
      const page = (await show(withTime, 'trends')).page;
      assert.equal(await page.locator('#calendar-hours h2').textContent(), 'Where your calendar time went');
      const head = await page.locator('#calendar-hours-table thead th').allTextContents();
      assert.deepEqual(head, ['Week', ...calendar.categories.map((category) => category.name), 'Total']);
      assert.deepEqual(head.slice(1, 4), ['Planning, review and status', 'Focus time', 'Team meeting']);
      assert.equal(await page.locator('#calendar-hours-table tbody tr').count(), calendar.weeks.length);
      const totals = await column(page, 'calendar-hours-table', calendar.categories.length + 1);
      assert.deepEqual(totals, (await page.getAttribute('#calendar-hours-chart', 'data-total'))?.split(','));
      // 2026-W36: planning 3 and the roadmap review 2 (a review is planning), focus 2, team 1.
      const first = await page.locator('#calendar-hours-table tbody tr').first().locator('td').allTextContents();
      assert.deepEqual(first.slice(0, 3), ['5.0', '2.0', '1.0']);
      assert.match(await page.locator('#calendar-legend').innerText(), /Planning, review and status \(how\)[\s\S]*1:1 \(why\)/);
    });

    it('shows the meeting load and the average longest free block, the week off left out', async () => {
      const page = (await show(withTime, 'trends')).page;
      const meetingHours = await column(page, 'load-table', 1);
      assert.deepEqual(meetingHours, (await page.getAttribute('#load-chart', 'data-meeting-hours'))?.split(','));
      assert.deepEqual(await column(page, 'load-table', 2), calendar.weeks.map((week) => String(week.meetings)));
      const free = await column(page, 'load-table', 3);
      assert.deepEqual(free, (await page.getAttribute('#load-chart', 'data-free-hours'))?.split(','));
      const off = calendar.weeks.findIndex((week) => week.key === '2026-W42');
      assert.equal(free[off], '', 'the week off has no working day to measure');
      assert.equal((await column(page, 'load-table', 4))[off], '0');
      assert.equal(await page.locator('#load-table tbody tr').nth(off).locator('td').nth(2).getAttribute('class'), 'num none');
    });

    it('sets the writing\'s why share beside the calendar\'s, with the sentence naming the bigger gap', async () => {
      const page = (await show(withTime, 'trends')).page;
      const writing = await column(page, 'said-table', 1);
      const fromCalendar = await column(page, 'said-table', 2);
      assert.deepEqual(writing, (await page.getAttribute('#said-chart', 'data-writing'))?.split(','));
      assert.deepEqual(fromCalendar, (await page.getAttribute('#said-chart', 'data-calendar'))?.split(','));
      assert.deepEqual(writing, calendar.weeks.map((week) => percentText(week.writingWhy)));
      assert.deepEqual(fromCalendar, calendar.weeks.map((week) => percentText(week.calendarWhy)));
      const gaps = await column(page, 'said-table', 3);
      assert.equal(gaps[0], `+${Number(writing[0]) - Number(fromCalendar[0])} pt`);
      assert.equal(await page.locator('#said-sentence').innerText(), calendar.sentence);
      assert.match(calendar.sentence, /^You wrote mostly about the why \(\d+ %\), but \d+ % of your calendar time went to the how, the most \(\d+ %\) to planning, reviews and status\./);
      await page.locator('#said-vs-did').scrollIntoViewIfNeeded();
      await view?.screenshot('trends-said-vs-did');
    });

    it('reaches each calendar chart and table with Tab, each chart named and described', async () => {
      const page = (await show(withTime, 'trends')).page;
      await page.focus('#trend-table-region');
      const order: string[] = [];
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        order.push(String(await page.evaluate('document.activeElement.id')));
      }
      assert.deepEqual(order, [
        'calendar-hours-chart', 'calendar-hours-table-region', 'load-chart', 'load-table-region', 'said-chart', 'said-table-region',
      ]);
      assert.equal(await page.getByRole('img', { name: 'Why share of your writing and of your calendar per week' }).count(), 1);
      assert.match(await page.locator('#said-chart-summary').innerText(), /^Bar chart of the why share of your writing and of your calendar per week, 13 weeks from /);
      assert.match(await page.locator('#load-chart-summary').innerText(), /on average [\d.]+ h in meetings a week and a longest free block of [\d.]+ h a day/);
    });

    it('never shows an event\'s title or who was invited', async () => {
      const page = (await show(withTime, 'trends')).page;
      const html = await page.content();
      for (const secret of ['alert(2)', 'Ana / Sam', 'Roadmap review', 'Mentoring Dana', 'Week off', 'northwind']) {
        assert.ok(!html.includes(secret), `the view shows "${secret}"`);
      }
      assert.ok(!JSON.stringify(withTime.calendar).includes('northwind'), 'nor does the state posted');
    });

    it('speaks German: headings, category names, the sentence and the numbers', async () => {
      const page = (await show(german(), 'trends', { l10n: germanL10n() })).page;
      assert.equal(await page.locator('#calendar-hours h2').textContent(), 'Wohin deine Kalenderzeit ging');
      assert.equal(await page.locator('#said-vs-did h2').textContent(), 'Gesagt und getan');
      assert.match(await page.locator('#said-sentence').innerText(), /^Du hast vor allem über das Warum geschrieben \(\d+ %\), aber \d+ % deiner Kalenderzeit gingen ans Wie, am meisten \(\d+ %\) für Planung, Reviews und Status\./);
      assert.equal(await page.locator('#calendar-hours-table thead th').nth(1).innerText(), 'Planung, Review und Status');
      assert.deepEqual((await column(page, 'calendar-hours-table', 1)).slice(0, 1), ['5,0']);
      assert.match(await page.locator('#calendar-legend').innerText(), /\(Wie\)/);
      await page.locator('#said-vs-did').scrollIntoViewIfNeeded();
      await view?.screenshot('trends-said-vs-did-german');
    });

    for (const theme of ['light-modern', 'dark-modern', 'high-contrast'] as const) {
      it(`has no serious or critical axe-core findings with the calendar, in the ${theme} theme`, async () => {
        const page = (await show(withTime, 'trends', { theme })).page;
        await assertNoSeriousFindings(page, `calendar, ${theme}`);
        await page.locator('#calendar-hours').scrollIntoViewIfNeeded();
        await view?.screenshot(`trends-calendar-${theme}`);
      });
    }

    it('draws the calendar charts in the theme\'s colours, again after a theme switch', async () => {
      view = await harness.open({ theme: 'dark' });
      await view.post(withTime);
      await view.page.waitForSelector('body[data-view="trends"]');
      // As painted: the stylesheet's colours compute to color(srgb …), the script's to rgb(…).
      const swatchOf = (selector: string): Promise<string> =>
        view!.page.locator(selector).first().evaluate((element) => {
          const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
          if (!context) {
            return '';
          }
          context.fillStyle = getComputedStyle(element).backgroundColor;
          context.fillRect(0, 0, 1, 1);
          return [...context.getImageData(0, 0, 1, 1).data].join(',');
        });
      const dark = await swatchOf('#calendar-legend .swatch');
      assert.equal(dark, await swatchOf('#balance .swatch.how'), 'planning, the first how category, in the how colour');
      const before = await view.page.locator('#said-chart').evaluate((element) => (element as unknown as { toDataURL(): string }).toDataURL());
      await view.setTheme('high-contrast'); // Light+ has Dark+'s orange: high contrast has another.
      await view.page.waitForFunction((previous) => {
        const element = (globalThis as unknown as { document: { getElementById(id: string): { toDataURL(): string } } }).document.getElementById('said-chart');
        return element.toDataURL() !== previous;
      }, before);
      assert.equal(await swatchOf('#calendar-legend .swatch'), await swatchOf('#balance .swatch.how'));
      assert.notEqual(await swatchOf('#calendar-legend .swatch'), dark);
    });
  });

  // No time bound here: on a shared 2-core machine a wall-clock bound fails under load (1,500 ms did at
  // load 17). The figure is printed for the README's table; the test checks the whole decade renders.
  it('renders ten years of daily entries (520 weeks and the heat-map), and records renderMs', async () => {
    const entries = generateJournal({ years: 10 });
    const state = readyState(entries, { granularity: 'week', periods: 520 });
    const page = (await show(state, 'trends')).page;
    await page.waitForSelector('body[data-render-ms]');
    const renderMs = Number(await page.getAttribute('body', 'data-render-ms'));
    console.log(`      renderMs, ${entries.length} entries to ${FIXTURE_TODAY}, 520 weeks + heat-map: ${renderMs} ms (target ≤ 200 ms)`);
    assert.ok(Number.isFinite(renderMs) && renderMs > 0, 'renderMs is recorded');
    assert.equal(await page.locator('#trend-table tbody tr').count(), 520);
    assert.equal(await page.locator('.heat-cells .cell').count(), 53 * 7);
  });
});
