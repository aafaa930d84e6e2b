// One E2E session: a fresh temporary workspace, the packaged extension (.vsix) installed in a fresh
// extensions folder, the real VS Code (code-server) serving it, and Chromium showing the workbench.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startCodeServer, type RunningCodeServer } from '../../../scripts/codeServer';
import { installVsix } from '../../../scripts/installVsix';
import { ConsoleTail, failureReport } from './failureReport';
import { launchBrowser, launchBrowserWithProfile, openWorkbench, screenshot } from './workbench';

export interface Session {
  readonly workspace: string;
  readonly server: RunningCodeServer;
  /** A browser whose pages keep their storage in memory; with `browserProfile`, one on disk (its context). */
  readonly browser: Browser | BrowserContext;
  /** With `browserProfile`: Chromium's profile folder, under the session's folder (beside the workspace). */
  readonly browserProfile?: string;
  readonly page: Page;
  /** What a failed test prints: focus, dialogs, the console's and the logs' last lines (failureReport.ts). */
  readonly report: () => Promise<string>;
  readonly close: () => Promise<void>;
}

export interface SessionOptions {
  /** Extra extensions to place beside ours (folders with a package.json). */
  readonly extraExtensions?: readonly ((extensionsDir: string) => void)[];
  readonly env?: Readonly<Record<string, string>>;
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Writes files into the workspace before VS Code opens it. */
  readonly seed?: (workspace: string) => void;
  /** Open the workbench with no folder (the workspace folder is still created, for the test's use). */
  readonly noFolder?: boolean;
  /** More code-server arguments, e.g. `['--locale', 'de']`. */
  readonly args?: readonly string[];
  /** Writes files into the user data folder before VS Code starts. */
  readonly seedUserData?: (userDataDir: string) => void;
  /** Workspace Trust on: the folder opens in Restricted Mode. */
  readonly workspaceTrust?: boolean;
  /** Opens this URL path instead of the folder (e.g. `/?workspace=…` for a .code-workspace file). */
  readonly openPath?: (workspace: string) => string;
  /**
   * Chromium writes its profile — what the workbench keeps in the browser: localStorage (VS Code's
   * SecretStorage in code-server), IndexedDB — to `browser-profile` beside the workspace, so a search
   * of the session's folder searches it too. Otherwise that stays in memory, as Playwright's contexts do.
   */
  readonly browserProfile?: boolean;
}

export async function startSession(options: SessionOptions = {}): Promise<Session> {
  const root = mkdtempSync(join(tmpdir(), 'lj-e2e-'));
  const workspace = join(root, 'workspace');
  mkdirSync(workspace);
  options.seed?.(workspace);
  const extensionsDir = join(root, 'extensions');
  installVsix(extensionsDir); // The packaged .vsix, installed by VS Code's own installer.
  for (const install of options.extraExtensions ?? []) {
    install(extensionsDir);
  }
  const userDataDir = join(root, 'user-data');
  mkdirSync(userDataDir);
  options.seedUserData?.(userDataDir);
  const server = await startCodeServer({
    workspace,
    extensionsDir,
    userDataDir,
    ...(options.env ? { env: options.env } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.noFolder ? { noFolder: true } : {}),
    ...(options.args ? { args: options.args } : {}),
    ...(options.workspaceTrust ? { workspaceTrust: true } : {}),
  });
  let browser: Browser | BrowserContext | undefined;
  const browserProfile = options.browserProfile ? join(root, 'browser-profile') : undefined;
  try {
    browser = browserProfile === undefined ? await launchBrowser() : await launchBrowserWithProfile(browserProfile);
    const url = options.openPath ? `${server.url}${options.openPath(workspace)}` : options.noFolder ? `${server.url}/?ew=true` : server.workspaceUrl;
    const page = await openWorkbench(browser, url);
    const consoleTail = new ConsoleTail(page);
    // Our activity-bar icon appears once the extension's contributions are registered; before that
    // the Command Palette does not list its commands yet.
    await page.locator('.activitybar .action-item a[aria-label="Leadership Journal"]').waitFor({ timeout: 60_000 });
    const opened = browser;
    return {
      workspace, server, browser: opened, page, ...(browserProfile === undefined ? {} : { browserProfile }),
      report: async () => failureReport(page, consoleTail, join(userDataDir, 'logs')),
      close: async () => {
        await opened.close();
        await server.stop();
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- code-server output ---\n${server.output()}`, { cause: error });
  }
}

/** A failed test's screenshot, `failed-<name>` (its non-word runs as `-`), and its report printed beside the error. */
export async function recordFailure(session: Session, name: string, title: string): Promise<void> {
  await screenshot(session.page, `failed-${name.replace(/\W+/g, '-')}`);
  console.log(`      What the workbench showed when "${title}" failed:\n${await session.report()}`);
}

/**
 * The hooks every E2E suite needs, registered in the calling `describe`: a session started before the
 * tests, a screenshot named `failed-<prefix>-<test>` of any test that fails (and its report printed,
 * failureReport.ts), and the session closed after. Returns the running session (undefined only if starting it failed).
 */
export function useSession(prefix: string, options: SessionOptions = {}): () => Session {
  let session: Session | undefined;
  before(async function () {
    session = await startSession(options);
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) {
      await recordFailure(session, `${prefix}-${this.currentTest.title}`, this.currentTest.title);
    }
  });
  after(async function () {
    await session?.close();
  });
  return () => {
    if (!session) {
      throw new Error('the E2E session did not start');
    }
    return session;
  };
}
