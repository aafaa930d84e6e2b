// The sidebar "Trends" view and the `Show Trends` editor panel: two hosts for one TrendsController.
import * as vscode from 'vscode';
import type { RoomHandlers } from '../activationTable';
import { PanelTypes } from '../commandIds';
import type { CalendarAudits } from '../calendar/calendarAudits';
import type { JournalIndex } from '../index/journalIndex';
import type { Log } from '../output';
import type { PeopleLoader } from '../people/peopleLoader';
import type { WalkthroughProgress } from '../walkthroughProgress';
import type { Clock } from '../clock';
import type { Settings } from '../settingsService';
import { TrendsCalendar } from './trendsCalendar';
import { TrendsController } from './trendsController';

/** What the trends read, handed in by the composition root (features.ts). */
export interface TrendsServices {
  readonly index: JournalIndex;
  readonly version: string;
  readonly calendar: CalendarAudits;
  readonly log: Log;
  readonly people: PeopleLoader;
  readonly walkthrough: WalkthroughProgress;
  readonly settings: Settings;
  readonly clock: Clock;
}

/**
 * The trends' two hosts, the activation table's `trends` view line (the sidebar view: activation
 * registers its provider, shell/registerContributions.ts, and hands each view to this one) and its
 * `showTrends` command (the editor panel).
 */
export function trendsViews(context: vscode.ExtensionContext, { index, version, calendar, log, people, walkthrough, settings, clock }: TrendsServices): Pick<RoomHandlers<'trends/trendsViewProvider'>, 'commands' | 'views'> {
  const controller = new TrendsController(index, { log, people, markStep: walkthrough.mark, settings, clock }, context.extensionUri, version, new TrendsCalendar(calendar, settings));
  const showTrends = (): vscode.WebviewPanel => {
    const title = vscode.l10n.t('Leadership Journal Trends');
    const panel = vscode.window.createWebviewPanel(PanelTypes.trendsPanel, title, vscode.ViewColumn.Active, {
      enableScripts: true,
    });
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'journal.svg');
    controller.attach(panel.webview, panel, title, 'editor');
    return panel;
  };
  return {
    views: {
      trends: { resolveWebviewView: (view) => controller.attach(view.webview, view, vscode.l10n.t('Leadership Journal Trends'), 'sidebar') },
    },
    commands: { showTrends },
  };
}
