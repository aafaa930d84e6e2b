// Serves the trends UI to a webview — the sidebar view or the larger editor panel, the same way.
// It answers `ready` with the whole state, re-sends it when the index changes (coalesced), and acts
// on the webview's requests after validating them against the protocol. People are counted as
// people.yml names them, read again when it or the index changes. With an imported calendar the state
// carries its part too (trendsCalendar.ts), sent again when a calendar or its rules change. Each
// state says whether the webview may keep it in VS Code's storage: only a plain journal's.
import * as vscode from 'vscode';
import { withListedNames } from '../../core/reflect/people';
import { createPeopleDirectory, type PeopleDirectory } from '../../core/reflect/peopleDirectory';
import { errorMessage } from '../../core/text/errorMessage';
import { countedEntries } from '../../core/trends/counted';
import { summarise } from '../../core/trends/summary';
import { rangeStart } from '../../core/trends/viewRange';
import { isWebviewMessage, type HostMessage, type ViewChoice } from '../../webview/protocol';
import { Commands } from '../commandIds';
import type { JournalIndex } from '../index/journalIndex';
import { entryUri } from '../journal/journalLocation';
import { isPlainOnDisk } from '../journal/journalMounts';
import type { Log } from '../output';
import { PEOPLE_FILE, type PeopleLoader } from '../people/peopleLoader';
import type { MarkStep } from '../walkthroughProgress';
import type { Clock } from '../clock';
import { journalToday } from '../journal/journalToday';
import type { Settings } from '../settingsService';
import type { TrendsCalendar } from './trendsCalendar';
import { renderWebviewHtml, type WebviewSurface } from '../webviews/webviewHtml';
import { webviewL10nMessage } from '../webviews/webviewL10n';

export const DEFAULT_VIEW: ViewChoice = { granularity: 'week', periods: 13 };

export class TrendsController {
  /** people.yml as last read, so the people counts name one person once (`priya` → Priya Raman). */
  private directory: PeopleDirectory = createPeopleDirectory([]);

  constructor(
    private readonly index: JournalIndex,
    /** The output channel, people.yml's reader, the walkthrough's ticks, the settings and the clock, the composition root's (features.ts). */
    private readonly tools: { readonly log: Log; readonly people: PeopleLoader; readonly markStep: MarkStep; readonly settings: Settings; readonly clock: Clock },
    private readonly extensionUri: vscode.Uri,
    private readonly version: string,
    private readonly calendar?: TrendsCalendar,
  ) {}

  /** Reads people.yml again (after the index or the file changed); resolves once it is read. */
  private async reloadPeople(): Promise<void> {
    const folder = this.index.journalFolder;
    this.directory = folder ? (await this.tools.people.load(folder)).directory : createPeopleDirectory([]);
  }

  /** Wires a webview to the index; everything it registers is disposed with `lifetime`. */
  attach(webview: vscode.Webview, lifetime: { onDidDispose: vscode.Event<void> }, title: string, surface: WebviewSurface): void {
    let view = DEFAULT_VIEW;
    let ready = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let sequence = 0;
    const post = (): void => {
      if (!ready) {
        return;
      }
      // Reading the calendar takes a moment: only the latest request's state is posted.
      const mine = ++sequence;
      void this.state(view).then((state) => {
        if (mine === sequence) {
          void webview.postMessage(state);
        }
      });
    };
    const schedule = (): void => {
      clearTimeout(timer);
      timer = setTimeout(post, 30);
    };
    webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    const people = vscode.workspace.createFileSystemWatcher(`**/${PEOPLE_FILE}`);
    const peopleChanged = (): void => {
      void this.reloadPeople().then(schedule);
    };
    const subscriptions = [
      people,
      people.onDidChange(peopleChanged),
      people.onDidCreate(peopleChanged),
      people.onDidDelete(peopleChanged),
      this.index.onDidChange(peopleChanged),
      ...(this.calendar ? [this.calendar.onDidChange(schedule)] : []),
      webview.onDidReceiveMessage((message: unknown) => {
        if (!isWebviewMessage(message)) {
          this.tools.log.warn(vscode.l10n.t('Ignored a message from the trends view that is not in the protocol.'));
          return;
        }
        switch (message.type) {
          case 'ready':
            // A new webview document: its language first, once, then states.
            ready = true;
            void webview.postMessage(webviewL10nMessage());
            this.tools.markStep('trends');
            post();
            peopleChanged();
            void this.index.ensureBuilt();
            break;
          case 'setView':
            view = message.view;
            post();
            break;
          case 'newEntry':
            void vscode.commands.executeCommand(Commands.newEntry);
            break;
          case 'openEntry':
            void this.open(message.path);
            break;
        }
      }),
    ];
    lifetime.onDidDispose(() => {
      clearTimeout(timer);
      subscriptions.forEach((s) => s.dispose());
    });
    webview.html = renderWebviewHtml(webview, this.extensionUri, {
      title,
      scriptPath: ['dist', 'webview', 'trends.js'],
      stylePath: ['media', 'trends.css'],
      surface,
    });
  }

  private async state(view: ViewChoice): Promise<HostMessage> {
    const settings = this.tools.settings.current;
    const status = this.index.state;
    const folder = this.index.journalFolder;
    const base = {
      type: 'state' as const,
      version: this.version,
      journalFolder: settings.journalFolder,
      entryCount: 0,
      notCounted: 0,
      skipped: this.index.skipped,
      view,
      summary: null,
      // An encrypted journal's names and titles stay out of VS Code's storage (webview/protocol.ts).
      keepContent: folder !== undefined && isPlainOnDisk(folder),
    };
    if (status.state === 'error') {
      return { ...base, status: 'error', message: status.message };
    }
    if (status.state !== 'ready') {
      return { ...base, status: 'indexing' };
    }
    const entries = withListedNames(this.index.entries(), this.directory);
    const today = journalToday(settings, this.tools.clock.now());
    try {
      const summary = summarise(entries, today, {
        granularity: view.granularity,
        weekStart: settings.weekStart,
        from: rangeStart(today, view.granularity, view.periods, settings.weekStart),
        forgiveWeekends: settings.streakRestDays.length > 0,
        restDays: settings.streakRestDays,
      });
      const counted = countedEntries(entries, today);
      const calendar = await this.calendar?.trends(summary.range, counted);
      return {
        ...base, status: 'ready', entryCount: counted.length, notCounted: entries.length - counted.length, summary,
        ...(calendar ? { calendar } : {}),
      };
    } catch (error) {
      return { ...base, status: 'error', message: vscode.l10n.t('Could not compute the trends: {0}', errorMessage(error)) };
    }
  }

  private async open(path: string): Promise<void> {
    const folder = this.index.journalFolder;
    if (!folder) {
      return;
    }
    try {
      await vscode.window.showTextDocument(entryUri(folder, path), { preview: false, viewColumn: vscode.ViewColumn.One });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', path, errorMessage(error)));
    }
  }
}
