// The On This Day view: entries written on this date in earlier years, then on this day of the
// month in earlier months, newest first (reflect/onThisDay.ts), each opening its entry.
import * as vscode from 'vscode';
import { pluralMessage } from '../../core/text/format';
import { journalToday } from '../journal/journalToday';
import { onThisDay, type Recalled } from '../../core/reflect/onThisDay';
import type { IndexedEntry } from '../../core/records/entryRecord';
import type { ViewHandlers } from '../activationTable';
import type { Clock } from '../clock';
import type { Settings } from '../settingsService';
import { IndexTreeProvider, showIndexTree } from './indexTreeView';
import { openEntryCommand } from '../entries/openEntryAt';
import type { ReflectSource } from '../index/reflectSource';
import type { ReflectServices } from './reflectServices';

/** "a year ago", "3 years ago", "a month ago", "5 months ago". */
export function agoText(monthsAgo: number): string {
  if (monthsAgo % 12 === 0) {
    return pluralMessage(monthsAgo / 12, vscode.l10n.t('a year ago'), vscode.l10n.t('{0} years ago'));
  }
  return pluralMessage(monthsAgo, vscode.l10n.t('a month ago'), vscode.l10n.t('{0} months ago'));
}

export function recalledItem(recalled: Recalled<IndexedEntry>): vscode.TreeItem {
  const { entry } = recalled;
  const item = new vscode.TreeItem(entry.title, vscode.TreeItemCollapsibleState.None);
  item.id = entry.path;
  item.description = `${agoText(recalled.monthsAgo)} · ${entry.date}`;
  item.tooltip = `${entry.title}\n${entry.path}`;
  item.iconPath = new vscode.ThemeIcon(recalled.monthsAgo % 12 === 0 ? 'history' : 'calendar');
  item.command = openEntryCommand(vscode.l10n.t('Open Entry'), entry.path);
  return item;
}

export class OnThisDayProvider extends IndexTreeProvider<Recalled<IndexedEntry>> {
  constructor(private readonly source: ReflectSource, private readonly clock: Clock, private readonly settings: Settings) {
    super(source);
  }

  protected async rows(): Promise<Recalled<IndexedEntry>[]> {
    await this.source.ensureBuilt();
    const today = journalToday(this.settings.current, this.clock.now());
    const found = onThisDay(this.source.entriesWithFacts().map(({ entry }) => entry), today);
    return [...found.years, ...found.months];
  }

  getTreeItem(element: Recalled<IndexedEntry>): vscode.TreeItem {
    return recalledItem(element);
  }
}

/** The rows of the On This Day view, the activation table's `onThisDay` line. */
export function onThisDayViews(context: vscode.ExtensionContext, { index, clock, settings }: Pick<ReflectServices, 'index' | 'clock' | 'settings'>): ViewHandlers<'reflect/onThisDayView'> {
  return {
    onThisDay: (view) => showIndexTree(context, view, new OnThisDayProvider(index, clock, settings)),
  };
}
