// Runs a webview without VS Code — the trends view, or the Explain Tags panel with
// `createHarness('explain')`: the real bundle (built here with esbuild, minified as in
// production) in Debian's Chromium, inside an HTML page with the same Content-Security-Policy as
// `src/extension/webviews/webviewHtml.ts` (origin instead of `webview.cspSource`, a fixed nonce), a
// stub `acquireVsCodeApi` that records posted messages on `window.__posted`, and VS Code's theme
// variables for Light+, Dark+ and High Contrast, set on <html> through CSSOM as VS Code sets them
// (themes.ts). Served from 127.0.0.1 on a random port.
//
//   npx tsx test/webview/harness.ts     screenshots in .e2e-artifacts/webview/ and the render bench
//   LJ_HARNESS_UNMINIFIED=1 …           the same with a readable bundle, for CPU profiles
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '../../scripts/vscodePaths';
import type { ExplainStateMessage } from '../../src/webview/explainProtocol';
import type { L10nMessage } from '../../src/webview/l10nProtocol';
import type { StateMessage } from '../../src/webview/protocol';
import { launchBrowser } from '../e2e/support/workbench';
import { emptyState, errorState, generateJournal, indexingState, readyState } from './fixtures';
import { BACKGROUND_STYLESHEET, BODY_CLASS, THEME_NAMES, themeScript, type ThemeName } from './themes';

/** What an English VS Code posts: no bundle. */
export const ENGLISH_L10N: L10nMessage = { type: 'l10n', locale: 'en', bundle: null };

/** What a German VS Code posts: the extension's German bundle, as `vscode.l10n.bundle` gives it. */
export function germanL10n(): L10nMessage {
  return { type: 'l10n', locale: 'de', bundle: JSON.parse(readFileSync(join(repoRoot, 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string> };
}

export const ARTIFACT_DIR = join(repoRoot, '.e2e-artifacts', 'webview');
const NONCE = 'harness-nonce-0000';

/** The webviews: each is `src/webview/<name>/main.ts` styled by `media/webview.css` (what they share), then `media/<name>.css`. */
export type WebviewName = 'trends' | 'explain';

export interface OpenOptions {
  readonly theme?: ThemeName;
  /** Viewport width: a sidebar is 300–400 px wide. */
  readonly width?: number;
  readonly height?: number;
  /** Device pixels per CSS pixel: 2 to look at details. */
  readonly scale?: number;
  /** What `getState()` returns, as a webview restored by VS Code would see. */
  readonly savedState?: unknown;
  /** Where the view is shown (webviewHtml.ts marks it on <html>): the trends in the sidebar, a panel in an editor tab. */
  readonly surface?: 'sidebar' | 'editor';
  /**
   * The language the host posts once when the page opens (src/extension/webviews/webviewL10n.ts): English
   * (no bundle) unless given; `null` posts none, as before a host has answered.
   */
  readonly l10n?: L10nMessage | null;
}

export interface HarnessPage {
  readonly page: Page;
  /** Dialogs the page opened (`alert` and the like): there must be none. */
  readonly dialogs: string[];
  /** Uncaught page errors and console errors (a CSP violation is reported as one). */
  readonly errors: string[];
  /** Delivers a host message the way VS Code does: a `message` event on the webview's window. */
  post(message: StateMessage | ExplainStateMessage | L10nMessage): Promise<void>;
  /** Messages the webview posted to the host, oldest first. */
  posted(): Promise<unknown[]>;
  /** What the webview last passed to `setState`. */
  savedState(): Promise<unknown>;
  /** Switches theme as VS Code does: the kind class on <body>, then the variables on <html>. */
  setTheme(theme: ThemeName): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface Harness {
  open(options?: OpenOptions): Promise<HarnessPage>;
  close(): Promise<void>;
}

/** The webview bundle as production builds it (scripts/build.ts), kept in memory. */
async function bundle(name: WebviewName): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(repoRoot, 'src', 'webview', name, 'main.ts')],
    bundle: true, minify: process.env.LJ_HARNESS_UNMINIFIED !== '1', platform: 'browser', format: 'iife', target: 'es2022', write: false, logLevel: 'warning',
  });
  const output = result.outputFiles[0];
  if (!output) {
    throw new Error('esbuild produced no webview bundle');
  }
  return output.text;
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value ?? null).replace(/</g, '\\u003c');
}

/** Where each webview is shown by default, as the extension shows it. */
const SURFACE: Readonly<Record<WebviewName, 'sidebar' | 'editor'>> = { trends: 'sidebar', explain: 'editor' };

function pageHtml(origin: string, name: WebviewName, theme: ThemeName, savedState: unknown, surface: 'sidebar' | 'editor'): string {
  const csp = [
    "default-src 'none'",
    `style-src ${origin}`,
    `img-src ${origin} data:`,
    `font-src ${origin}`,
    `script-src 'nonce-${NONCE}'`,
  ].join('; ');
  // The stub: VS Code gives a webview `acquireVsCodeApi`; this one records instead of sending.
  const stub = `
window.__posted = [];
window.__state = ${scriptJson(savedState)};
window.acquireVsCodeApi = function () {
  return {
    postMessage: function (message) { window.__posted.push(message); },
    getState: function () { return window.__state; },
    setState: function (state) { window.__state = state; },
  };
};`;
  return `<!DOCTYPE html>
<html lang="en" data-surface="${surface}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${origin}/themes.css">
<link rel="stylesheet" href="${origin}/webview.css">
<link rel="stylesheet" href="${origin}/${name}.css">
<title>Leadership Journal ${name}</title>
</head>
<body class="${BODY_CLASS[theme]}">
<script nonce="${NONCE}">${themeScript(theme)}</script>
<main id="root" aria-live="polite"><p class="muted">Loading…</p></main>
<script nonce="${NONCE}">${stub}</script>
<script nonce="${NONCE}" src="${origin}/${name}.js"></script>
</body>
</html>`;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

export async function createHarness(name: WebviewName = 'trends'): Promise<Harness> {
  const script = await bundle(name);
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const send = (type: string, body: string): void => {
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (path === `/${name}.js`) {
      send('text/javascript', script);
    } else if (path === `/${name}.css` || path === '/webview.css') {
      send('text/css', readFileSync(join(repoRoot, 'media', path.slice(1)), 'utf8')); // Read each time: edits show.
    } else if (path === '/themes.css') {
      send('text/css', BACKGROUND_STYLESHEET);
    } else if (path === '/favicon.ico') {
      response.writeHead(204).end();
    } else if (pages.has(path)) {
      send('text/html', pages.get(path) ?? '');
    } else {
      response.writeHead(404).end();
    }
  });
  const origin = await listen(server);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    server.close();
    throw error;
  }
  let pageCount = 0;

  return {
    async open(options = {}) {
      const theme = options.theme ?? 'dark';
      const path = `/page-${++pageCount}.html`;
      pages.set(path, pageHtml(origin, name, theme, options.savedState, options.surface ?? SURFACE[name]));
      const context = await browser.newContext({ viewport: { width: options.width ?? 380, height: options.height ?? 900 }, deviceScaleFactor: options.scale ?? 1,
      });
      const page = await context.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') {
          errors.push(message.text());
        }
      });
      await page.goto(`${origin}${path}`);
      const opened: HarnessPage = {
        page,
        dialogs,
        errors,
        async post(message) {
          await page.evaluate((data) => {
            (globalThis as unknown as { postMessage(value: unknown, target: string): void }).postMessage(data, '*');
          }, message);
        },
        posted: () => page.evaluate<unknown[]>('window.__posted'),
        savedState: () => page.evaluate<unknown>('window.__state'),
        async setTheme(next) {
          await page.evaluate(themeScript(next));
        },
        async screenshot(name) {
          mkdirSync(ARTIFACT_DIR, { recursive: true });
          const file = join(ARTIFACT_DIR, `${name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          return file;
        },
        close: () => context.close(),
      };
      // As the host answers the page's `ready`: the language first, once.
      const l10n = options.l10n === undefined ? ENGLISH_L10N : options.l10n;
      if (l10n !== null) {
        await opened.post(l10n);
      }
      return opened;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Opens a page, posts `state` and waits for the first complete render; returns its `renderMs`. */
export async function measureRender(harness: Harness, state: StateMessage, options: OpenOptions = {}): Promise<number> {
  const view = await harness.open(options);
  try {
    await view.post(state);
    await view.page.waitForSelector('body[data-render-ms]');
    return Number(await view.page.getAttribute('body', 'data-render-ms'));
  } finally {
    await view.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Screenshots of every state in every theme, then the render bench (10 years, 520 weeks). */
async function main(): Promise<void> {
  const harness = await createHarness();
  try {
    const twoYears = generateJournal({ years: 2 });
    const tenYears = generateJournal({ years: 10 });
    const quarter = readyState(twoYears, { granularity: 'week', periods: 13 });
    for (const theme of THEME_NAMES) {
      const view = await harness.open({ theme: 'dark' });
      await view.post(quarter);
      await view.page.waitForSelector('#trend-table');
      await view.setTheme(theme); // Through the MutationObserver, as a live theme change.
      console.log(await view.screenshot(`trends-${theme}`));
      await view.close();
    }
    const wide = await harness.open({ theme: 'dark', width: 900 });
    await wide.post(readyState(tenYears, { granularity: 'week', periods: 520 }));
    await wide.page.waitForSelector('#trend-table');
    console.log(await wide.screenshot('trends-dark-10y-wide'));
    await wide.close();
    const states: [string, StateMessage][] = [
      ['first-run', emptyState()],
      ['indexing', indexingState(312)],
      ['error', errorState('The journal folder /home/me/journal does not exist.')],
    ];
    for (const [name, state] of states) {
      for (const theme of THEME_NAMES) {
        const view = await harness.open({ theme, height: 420 });
        await view.post(state);
        await view.page.waitForSelector(`body[data-view="${name}"]`);
        console.log(await view.screenshot(`${name}-${theme}`));
        await view.close();
      }
    }
    const tenYearState = readyState(tenYears, { granularity: 'week', periods: 520 });
    const runs: number[] = [];
    for (let run = 0; run < 7; run++) {
      runs.push(await measureRender(harness, tenYearState, { width: 380 }));
    }
    console.log(`first render, 10 years of daily entries (${tenYears.length} entries, 520 weeks + heat-map): `
      + `median ${median(runs).toFixed(1)} ms (target ≤ 200 ms); runs ${runs.map((ms) => ms.toFixed(0)).join(', ')}`);
  } finally {
    await harness.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
