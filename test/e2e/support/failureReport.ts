// What a failed E2E test prints beside its error, so that a failure on a CI machine nobody can look
// at says what the workbench was doing: where the focus was, the dialog or notifications on
// screen, the browser console's last warnings and errors (the workbench's own log lives there in
// code-server, e.g. "Aborted onWillSaveTextDocument-event after 1750ms"), and the tails of the
// extension host's log and of Leadership Journal's output channel.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { focusDescription } from './workbench';

/** The browser console's last warnings and errors, kept from a page's start. */
export class ConsoleTail {
  private readonly lines: string[] = [];

  constructor(page: Page, private readonly keep = 30) {
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        this.push(`${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => this.push(`page error: ${error.message}`));
  }

  /** One line each (a stack's lines run on), cut at 300 characters. */
  private push(text: string): void {
    const line = text.replace(/%c|color: #\w+/g, '').replace(/\s+/g, ' ').trim();
    this.lines.push(line.length > 300 ? `${line.slice(0, 300)}…` : line);
    if (this.lines.length > this.keep) {
      this.lines.shift();
    }
  }

  get recent(): readonly string[] {
    return this.lines;
  }
}

/** The report's text: a few sections of at most some tens of lines each. */
export async function failureReport(page: Page, consoleTail: ConsoleTail, logsDir: string): Promise<string> {
  const onScreen = await page.evaluate(() => {
    const texts = (selector: string): string[] => [...document.querySelectorAll(selector)]
      .map((element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
    return { dialogs: texts('.monaco-dialog-box'), notifications: texts('.notification-toast .notification-list-item-message') };
  }).catch(() => ({ dialogs: [] as string[], notifications: [] as string[] }));
  const sections = [
    `focus: ${await focusDescription(page)}`,
    `dialogs: ${onScreen.dialogs.join(' | ') || 'none'}`,
    `notifications: ${onScreen.notifications.join(' | ') || 'none'}`,
    'browser console (last warnings and errors):', ...indent(consoleTail.recent),
    'extension host log (last warnings and errors):', ...indent(lastLines(logFiles(logsDir, 'remoteexthost.log'), 15, /\[(error|warning)\]/)),
    'Leadership Journal output (last lines):', ...indent(lastLines(logFiles(logsDir, 'Leadership Journal.log'), 25)),
  ];
  return sections.map((line) => `      ${line}`).join('\n');
}

function indent(lines: readonly string[]): string[] {
  return lines.length === 0 ? ['  (none)'] : lines.map((line) => `  ${line}`);
}

/** Every file named `name` under `dir`, oldest first (a restarted extension host writes a new folder). */
function logFiles(dir: string, name: string): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(path);
      } else if (entry.name === name) {
        found.push(path);
      }
    }
  };
  walk(dir);
  return found.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
}

function lastLines(files: readonly string[], count: number, keep?: RegExp): string[] {
  const lines = files.flatMap((file) => readFileSync(file, 'utf8').split('\n')).filter((line) => line.trim() !== '' && (keep === undefined || keep.test(line)));
  return lines.slice(-count).map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line));
}
