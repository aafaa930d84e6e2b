// E2E, in the real VS Code: the trends view over a generated journal of 300 entries — the chart and
// its table agree, a flagged trap opens its entry, a save updates the view, entry text stays text,
// and the view reads well in light, dark and high-contrast themes, its bars in its legend's colours.
import * as assert from 'node:assert/strict';
import { entryShowing } from '../support/corpusEntries';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { addDays, formatIsoDate, localDateOf } from '../../src/core/calendar/localDate';
import { dailyEntryPath } from '../../src/core/journal/entryPath';
import { areaOf, describeAreas, pngAreasScript, type Areas } from '../webview/pixels';
import { startSession, type Session } from './support/session';
import { runCommand, pickQuickItem, screenshot, waitForActiveTab, webviewFrame } from './support/workbench';

const today = localDateOf(new Date());
const XSS = '<img src=x onerror=alert(1)>';
const TEXTS = [
  'I explained to the team why the new intake matters to the families we serve, and listened to their worries.',
  'I rebuilt the rota, moved the audit deadline to Friday and assigned owners to the open tickets.',
  'I asked Priya what she wants to grow into this year. Then I updated the project plan and the budget.',
];
const COUNT = 300;

function seedJournal(workspace: string): void {
  const trapEntry = entryShowing('micromanaging-leader');
  for (let i = 1; i <= COUNT; i++) {
    const date = addDays(today, -i);
    const file = join(workspace, 'journal', dailyEntryPath(date));
    mkdirSync(dirname(file), { recursive: true });
    const body = i === 2 ? `# ${XSS}\n\n${trapEntry.text}` : `# Day ${i}\n\n${TEXTS[i % TEXTS.length]}`;
    writeFileSync(file, `---\ndate: ${formatIsoDate(date)}\nkind: daily\n---\n\n${body}\n`);
  }
}

/** Picks a colour theme the way a person does: Preferences: Color Theme, type its name, Enter. */
async function setTheme(session: Session, theme: string): Promise<void> {
  await runCommand(session.page, 'Preferences: Color Theme');
  // Wait for the theme picker itself (it lists the built-in themes) before typing into it.
  await session.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor();
  const input = session.page.locator('.quick-input-widget input');
  await input.pressSequentially(theme);
  await session.page.locator('.quick-input-widget .monaco-list-row', { hasText: theme }).first().waitFor();
  await session.page.keyboard.press('Enter');
}

/**
 * The colours on screen, from a screenshot of the whole workbench: the chart's pixels by colour and
 * each legend swatch's colour (the middle of the swatch, inside its border), as composited by VS Code.
 */
async function screenColours(session: Session, frame: FrameLocator): Promise<{ chart: Areas; why: string; how: string }> {
  const png = (await session.page.screenshot()).toString('base64');
  const decoder = await session.browser.newPage();
  try {
    const areasIn = async (selector: string, inset: number): Promise<Areas> => {
      const box = await frame.locator(selector).first().boundingBox();
      const view = await session.page.locator('iframe.webview >> visible=true').first().boundingBox();
      assert.ok(box && view, `${selector} is on screen`);
      // Only what the view shows of it: the part scrolled out of the view is not on screen.
      const top = Math.max(box.y, view.y);
      const bottom = Math.min(box.y + box.height, view.y + view.height);
      assert.ok(bottom - top >= Math.min(box.height, 60) - 1, `${selector} is in view (${Math.round(bottom - top)} of its ${Math.round(box.height)} px)`);
      const clip = {
        x: Math.round(box.x + inset), y: Math.round(top + inset),
        width: Math.round(box.width - 2 * inset), height: Math.round(bottom - top - 2 * inset),
      };
      return decoder.evaluate<Areas>(pngAreasScript(png, clip));
    };
    const swatch = async (side: string): Promise<string> => (await areasIn(`.legend .swatch.${side}`, 3))[0]?.[0] ?? 'none';
    return { chart: await areasIn('#balance-chart', 0), why: await swatch('why'), how: await swatch('how') };
  } finally {
    await decoder.close();
  }
}

describe('Trends view in the real VS Code', function () {
  let session: Session;
  let frame: FrameLocator;
  const dialogs: string[] = [];

  before(async function () {
    session = await startSession({ seed: seedJournal });
    session.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await session.page.locator('.activitybar .action-item a[aria-label="Leadership Journal"]').click();
    frame = webviewFrame(session.page, 'Trends');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await screenshot(session.page, `failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
    }
  });

  after(async function () {
    await session?.close();
  });

  it('shows the chart and a table that agree with it, over the whole journal', async function () {
    await frame.locator('#entry-count', { hasText: String(COUNT) }).waitFor({ timeout: 60_000 });
    const canvas = frame.locator('canvas[data-why]');
    await canvas.waitFor();
    const chartWhy = ((await canvas.getAttribute('data-why')) ?? '').split(',');
    const tableWhy = await frame.locator('#trend-table tbody tr').evaluateAll((rows) =>
      rows.map((row) => (row.querySelectorAll('td')[1]?.textContent ?? '').trim()));
    assert.ok(chartWhy.length >= 10, `a quarter of weeks: ${chartWhy.length}`);
    assert.deepEqual(tableWhy, chartWhy);
    assert.ok(chartWhy.some((v) => v !== ''), 'the journal is tagged');
    const renderMs = await frame.locator('body').getAttribute('data-render-ms');
    console.log(`      first render in the real VS Code: ${renderMs} ms`);
    await screenshot(session.page, 'trends-sidebar');
  });

  it('shows entry text as text, and opens a flagged trap’s entry', async function () {
    const link = frame.locator('button.entry-link', { hasText: XSS });
    await link.waitFor();
    assert.equal(await frame.locator('img[src="x"]').count(), 0);
    assert.deepEqual(dialogs, []);
    await link.click();
    await waitForActiveTab(session.page, `${formatIsoDate(addDays(today, -2))}.md`);
  });

  it('updates when an entry is saved', async function () {
    const { page } = session;
    await runCommand(page, 'Leadership Journal: New Entry…');
    await pickQuickItem(page, 'Daily reflection');
    await waitForActiveTab(page, `${formatIsoDate(today)}.md`);
    await page.locator('.statusbar', { hasText: /Ln (?!1,)\d+, Col 1/ }).waitFor();
    await page.keyboard.type('I told the team why this quarter matters to our patients.');
    await page.keyboard.press('Control+S');
    await frame.locator('#entry-count', { hasText: String(COUNT + 1) }).waitFor({ timeout: 20_000 });
  });

  it('reads well in light, dark and high-contrast themes', async function () {
    for (const [theme, name] of [['Light Modern', 'light'], ['Dark Modern', 'dark'], ['Dark High Contrast', 'high-contrast']] as const) {
      await setTheme(session, theme);
      const kind = name === 'light' ? 'vscode-light' : name === 'dark' ? 'vscode-dark' : 'vscode-high-contrast';
      await frame.locator(`body.${kind}`).waitFor({ timeout: 20_000 });
      // The view shares the sidebar with three others: a person scrolls to the chart to look at it.
      await frame.locator('.legend').first().evaluate((legend) => legend.scrollIntoView({ block: 'start' }));
      await session.page.waitForTimeout(500);
      await screenshot(session.page, `trends-theme-${name}`);
      // What a person compares: the bars on screen in the legend swatches' colours (±2 per channel
      // for compositing), each over a large part of the chart, in every theme.
      const colours = await screenColours(session, frame);
      const orange = await frame.locator('body').evaluate("getComputedStyle(document.documentElement).getPropertyValue('--vscode-charts-orange')");
      console.log(`      ${theme}: --vscode-charts-orange ${String(orange) || '(unset)'}; swatches why rgba(${colours.why}), how rgba(${colours.how})`);
      const total = colours.chart.reduce((sum, [, pixels]) => sum + pixels, 0);
      for (const side of ['why', 'how'] as const) {
        assert.ok(areaOf(colours.chart, colours[side], 2) > total * 0.02,
          `${theme}: ${side} bars in the ${side} swatch's colour rgba(${colours[side]}); the chart has ${describeAreas(colours.chart)}`);
      }
    }
  });
});
