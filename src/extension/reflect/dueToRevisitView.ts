// The Due to Revisit view: the decisions whose revisit day has come and that no revisit entry names
// yet, most overdue first (core/decisions/revisits.ts), with what I expected in the tooltip. A click
// runs Revisit Decision on it; once the revisit is written the decision leaves the view. Only the
// decision and revisit entries are read (decisionSource.ts).
import * as vscode from 'vscode';
import { localDateOf } from '../../core/calendar/localDate';
import { dueRevisits, type DueRevisit } from '../../core/decisions/revisits';
import type { ViewHandlers } from '../activationTable';
import type { Clock } from '../clock';
import { Commands } from '../commandIds';
import type { Settings } from '../settingsService';
import type { Log } from '../output';
import { loadDecisions } from './decisionSource';
import { IndexTreeProvider, showIndexTree } from './indexTreeView';
import type { ReflectSource } from '../index/reflectSource';
import type { ReflectServices } from './reflectServices';

/** The tree item of a due decision: its title, since when it is due, and what I expected. */
export function dueItem(due: DueRevisit): vscode.TreeItem {
  const item = new vscode.TreeItem(due.decision.title, vscode.TreeItemCollapsibleState.None);
  item.id = due.decision.path;
  item.description = due.daysOverdue === 0 ? vscode.l10n.t('due today') : vscode.l10n.t('due since {0}', due.revisitOn);
  const lines = [vscode.l10n.t('Decided on {0} ({1}).', due.decision.date, due.decision.path)];
  if (due.decision.facts.expectation) {
    lines.push(vscode.l10n.t('I expected: {0}', due.decision.facts.expectation));
  }
  lines.push(vscode.l10n.t('Click to write the revisit beside it: what happened against what I expected.'));
  item.tooltip = lines.join('\n');
  item.iconPath = new vscode.ThemeIcon('history');
  item.contextValue = 'revisitDue';
  item.command = { title: vscode.l10n.t('Revisit Decision'), command: Commands.revisitDecision, arguments: [due.decision.path] };
  return item;
}

export class DueToRevisitProvider extends IndexTreeProvider<DueRevisit> {
  constructor(private readonly source: ReflectSource, private readonly clock: Clock, private readonly log: Log, private readonly settings: Settings) {
    super(source);
  }

  protected async rows(): Promise<DueRevisit[]> {
    const folder = this.source.journalFolder;
    await this.source.ensureBuilt();
    if (!folder) {
      return [];
    }
    const settings = this.settings.current;
    const journal = await loadDecisions(folder, this.source.entriesWithFacts(), settings.locale, this.log);
    const due = dueRevisits(journal.decisions, journal.revisits, localDateOf(this.clock.now(), settings.dayStartHour));
    this.onDidCount?.(due.length);
    return due;
  }

  getTreeItem(element: DueRevisit): vscode.TreeItem {
    return dueItem(element);
  }
}

/** The rows of the Due to Revisit view, the activation table's `dueToRevisit` line. */
export function dueToRevisitViews(context: vscode.ExtensionContext, { index, clock, log, settings }: Pick<ReflectServices, 'index' | 'clock' | 'log' | 'settings'>): ViewHandlers<'reflect/dueToRevisitView'> {
  return {
    dueToRevisit: (view) => showIndexTree(context, view, new DueToRevisitProvider(index, clock, log, settings), (count) => vscode.l10n.t('{0} due', count)),
  };
}
