// E2E, in the real VS Code: axe-core (test/support/axe.ts) inside the webviews' frames, in Light
// Modern, Dark Modern and Dark High Contrast, switched through the `workbench.colorTheme` setting
// (useTheme). Each theme's findings are printed (rule, impact, element, axe's
// message), a screenshot of the workbench and of the view is saved, and the test fails on any serious
// or critical finding. The Trends view in the sidebar first (issue 19 item 14: a green change figure
// at 4.32:1, no level-one heading, `aria-label` on plain spans, 116 contrast findings in Dark Modern
// with no background of the view's own), then the Explain Tags panel of an entry with a trap.
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { addDays, formatIsoDate, localDateOf } from '../../src/core/calendar/localDate';
import { dailyEntryPath } from '../../src/core/journal/entryPath';
import { describeFindings, runAxe, seriousFindings, type AxeFinding } from '../support/axe';
import { entryShowing } from '../support/corpusEntries';
import { useSession, type Session } from './support/session';
import { runCommand, screenshot, SCREENSHOT_DIR, waitForActiveTab, webviewFrame } from './support/workbench';

const today = localDateOf(new Date());
const TEXTS = [
  'I explained to the team why the new intake matters to the families we serve, and listened to their worries.',
  'I rebuilt the rota, moved the audit deadline to Friday and assigned owners to the open tickets.',
  'I asked Priya what she wants to grow into this year. Then I updated the project plan and the budget.',
  'Lunch was late and the train was full.',
];
/** Four months of entries, most days: enough for the chart, the heat-map and the month's comparison. */
const DAYS = 120;
const TRAP_DAY = 3;

function seedJournal(workspace: string): void {
  for (let i = 1; i <= DAYS; i++) {
    if (i % 5 === 0) {
      continue;
    }
    const date = addDays(today, -i);
    const file = join(workspace, 'journal', dailyEntryPath(date));
    mkdirSync(dirname(file), { recursive: true });
    const body = i === TRAP_DAY ? entryShowing('micromanaging-leader').text : `# Day ${i}\n\n${TEXTS[i % TEXTS.length]}`;
    writeFileSync(file, `---\ndate: ${formatIsoDate(date)}\nkind: daily\n---\n\n${body}\n`);
  }
}

/** The themes, by their `workbench.colorTheme` id, the label the webview's body carries, and its kind class. */
const THEMES = [
  { id: 'Light Modern', label: 'Light Modern', kind: 'vscode-light', file: 'light-modern' },
  { id: 'Dark Modern', label: 'Dark Modern', kind: 'vscode-dark', file: 'dark-modern' },
  { id: 'Default High Contrast', label: 'Dark High Contrast', kind: 'vscode-high-contrast', file: 'high-contrast' },
] as const;

type Theme = (typeof THEMES)[number];

/** The theme the webview's body says it is in (VS Code sets its label there). */
async function themeNameIn(frame: { locator(selector: string): Locator }): Promise<string> {
  return (await frame.locator('body').getAttribute('data-vscode-theme-name', { timeout: 5_000 }).catch(() => null)) ?? '';
}

async function waitForThemeName(session: Session, frame: { locator(selector: string): Locator }, theme: Theme, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await themeNameIn(frame) === theme.label) {
      return true;
    }
    await session.page.waitForTimeout(500);
  }
  return false;
}

/**
 * Sets `workbench.colorTheme` as a person does, in the workspace's settings.json (the user's
 * settings.json on the server is not watched by code-server's window: a first run waited 30 s in vain),
 * or, if the window does not follow within 20 s, through Preferences: Color Theme, which writes the
 * same setting. Waits until the webview's body names the theme, and says which way it took.
 */
async function useTheme(session: Session, frame: { locator(selector: string): Locator }, theme: Theme): Promise<void> {
  if (await themeNameIn(frame) === theme.label) {
    return;
  }
  const folder = join(session.workspace, '.vscode');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'settings.json'), JSON.stringify({ 'workbench.colorTheme': theme.id }, null, 2));
  let way = 'workbench.colorTheme in .vscode/settings.json';
  if (!await waitForThemeName(session, frame, theme, 20_000)) {
    way = 'Preferences: Color Theme';
    await runCommand(session.page, 'Preferences: Color Theme');
    await session.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor();
    await session.page.locator('.quick-input-widget input').pressSequentially(theme.label);
    await session.page.locator('.quick-input-widget .monaco-list-row', { hasText: theme.label }).first().waitFor();
    await session.page.keyboard.press('Enter');
    assert.ok(await waitForThemeName(session, frame, theme, 30_000), `the webview follows ${theme.label}; it says "${await themeNameIn(frame)}"`);
  }
  console.log(`      ${theme.label}, set through ${way}`);
  await frame.locator(`body.${theme.kind}`).waitFor();
  // The chart redraws in the new colours on the theme change; let it settle before measuring.
  await session.page.waitForTimeout(500);
}

/**
 * The webview frame whose document has `selector`, for axe (a frame locator cannot evaluate a script
 * in its frame). By content, as the sidebar's and the panel's webviews are both on screen.
 */
async function frameWith(page: Page, selector: string, timeoutMs = 30_000): Promise<Frame> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame !== page.mainFrame() && await frame.$(selector).catch(() => null)) {
        return frame;
      }
    }
    if (Date.now() > end) {
      throw new Error(`no webview frame shows ${selector}`);
    }
    await page.waitForTimeout(250);
  }
}

/** Prints each finding (moderate and minor too, for the record) and returns the serious and critical ones. */
function report(where: string, findings: readonly AxeFinding[]): AxeFinding[] {
  const serious = seriousFindings(findings);
  console.log(`      axe-core, ${where}: ${findings.length} rules with findings, ${serious.length} serious or critical`);
  if (findings.length > 0) {
    console.log(describeFindings(findings).split('\n').map((line) => `        ${line}`).join('\n'));
  }
  return serious;
}

/** A screenshot of just the webview's element in the workbench, beside the whole window. */
async function viewScreenshot(page: Page, iframe: string, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.locator(iframe).first().screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

describe('Accessibility of the webviews in the real VS Code (axe-core)', function () {
  const session = useSession('a11y', { seed: seedJournal });

  it('finds no serious or critical problem in the Trends view in Light Modern, Dark Modern and High Contrast', async function () {
    const { page } = session();
    await page.locator('.activitybar .action-item a[aria-label="Leadership Journal"]').click();
    const frame = webviewFrame(page, 'Trends');
    await frame.locator('#entry-count').waitFor({ timeout: 60_000 });
    await frame.locator('#comparison-table').waitFor();
    const failures: string[] = [];
    for (const theme of THEMES) {
      await useTheme(session(), frame, theme);
      await frame.locator('body').evaluate('window.scrollTo(0, 0)');
      await screenshot(page, `a11y-trends-${theme.file}`);
      await viewScreenshot(page, 'iframe.webview >> visible=true', `a11y-trends-view-${theme.file}`);
      const serious = report(`Trends, ${theme.label}`, await runAxe(await frameWith(page, '#comparison-table')));
      if (serious.length > 0) {
        failures.push(`${theme.label}:\n${describeFindings(serious)}`);
      }
      // The view's one level-one heading, and the chart named as the control it is.
      assert.equal(await frame.locator('h1').count(), 1, `${theme.label}: one h1`);
      assert.equal(await frame.getByRole('slider', { name: 'Period shown in the why and how chart' }).count(), 1);
    }
    assert.deepEqual(failures, [], failures.join('\n'));
  });

  it('finds no serious or critical problem in the Explain Tags panel in the same themes', async function () {
    const { page } = session();
    const trends = webviewFrame(page, 'Trends');
    // The trap entry, opened from the Trends view's list of recent traps, then explained.
    await trends.locator('#traps button.entry-link').first().click();
    await waitForActiveTab(page, `${formatIsoDate(addDays(today, -TRAP_DAY))}.md`);
    await runCommand(page, 'Leadership Journal: Explain Tags');
    await page.locator('.tab', { hasText: 'Tags of' }).waitFor();
    const panel = await frameWith(page, 'li.trap');
    const failures: string[] = [];
    for (const theme of THEMES) {
      await useTheme(session(), panel, theme);
      await screenshot(page, `a11y-explain-${theme.file}`);
      const serious = report(`Explain Tags, ${theme.label}`, await runAxe(panel));
      if (serious.length > 0) {
        failures.push(`${theme.label}:\n${describeFindings(serious)}`);
      }
      assert.equal(await panel.locator('h1').count(), 1, `${theme.label}: one h1`);
    }
    assert.deepEqual(failures, [], failures.join('\n'));
  });
});
