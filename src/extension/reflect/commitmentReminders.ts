// What the Commitments view shows above the commitments: the 1:1s due by people.yml cadence (the 1:1
// nudge), at most three rows, each starting New 1:1 with that person when clicked; beyond three, the
// third row says how many more and opens the picker. A 1:1 row also has an inline Open Person action
// (package.json), given the row. Nothing when no cadence is set. (Decisions due to revisit have a view
// of their own, dueToRevisitView.ts.)
import * as vscode from 'vscode';
import type { LocalDate } from '../../core/calendar/localDate';
import { cadenceStatuses } from '../../core/people/oneOnOneCadence';
import { NUDGE_LINES, oneOnOneNudges, type OneOnOneNudge } from '../../core/people/oneOnOneNudge';
import { translatedDays } from '../../core/text/format';
import { Commands } from '../commandIds';
import type { PeopleLoader } from '../people/peopleLoader';
import type { ReflectSource } from '../index/reflectSource';

/** A row above the commitments. `text` is its label, as a commitment's is. */
export interface ReminderRow {
  readonly reminder: 'one-on-one';
  readonly id: string;
  readonly text: string;
  readonly description: string;
  readonly tooltip?: string;
  readonly command: vscode.Command;
  /** For a 1:1 row: the person's full name, which the row's Open Person action is given. */
  readonly person?: string;
}

function nudgeRow(nudge: OneOnOneNudge): ReminderRow {
  const description = nudge.state === 'overdue' ? vscode.l10n.t('overdue by {0}', translatedDays(vscode.l10n, nudge.daysOverdue)) : nudge.state === 'due' ? vscode.l10n.t('due today') : vscode.l10n.t('no 1:1 yet');
  return {
    reminder: 'one-on-one', id: `nudge:${nudge.key}`, text: vscode.l10n.t('1:1 with {0}', nudge.name), description, person: nudge.name,
    ...(nudge.last ? { tooltip: vscode.l10n.t('Last 1:1 on {0}. Click to start the next one, with the open items carried over.', nudge.last.date) } : {}),
    command: { title: vscode.l10n.t('New 1:1 with Person'), command: Commands.newOneOnOne, arguments: [nudge.name] },
  };
}

/** At most {@link NUDGE_LINES} rows: the first ones, then one row for the rest. */
function capped<T>(items: readonly T[], row: (item: T) => ReminderRow, more: (count: number) => ReminderRow): ReminderRow[] {
  if (items.length <= NUDGE_LINES) {
    return items.map(row);
  }
  return [...items.slice(0, NUDGE_LINES - 1).map(row), more(items.length - (NUDGE_LINES - 1))];
}

/** The rows for `today`; none when the journal folder is not known yet. */
export async function reminderRows(source: ReflectSource, peopleFile: PeopleLoader, today: LocalDate): Promise<ReminderRow[]> {
  const folder = source.journalFolder;
  if (!folder) {
    return [];
  }
  const entries = source.entriesWithFacts();
  const people = await peopleFile.load(folder);
  const nudges = oneOnOneNudges(cadenceStatuses(people.people, entries.map(({ entry }) => entry), people.directory, today));
  return capped(nudges, nudgeRow, (count) => ({
    reminder: 'one-on-one', id: 'nudge:more', text: vscode.l10n.t('{0} more 1:1s due', count), description: '',
    command: { title: vscode.l10n.t('New 1:1 with Person'), command: Commands.newOneOnOne },
  }));
}

/** The tree item of a row. */
export function reminderItem(row: ReminderRow): vscode.TreeItem {
  const item = new vscode.TreeItem(row.text, vscode.TreeItemCollapsibleState.None);
  item.id = row.id;
  item.description = row.description;
  item.iconPath = new vscode.ThemeIcon('comment-discussion');
  item.contextValue = row.person !== undefined ? 'oneOnOneDue' : 'oneOnOnesDue';
  if (row.tooltip) {
    item.tooltip = row.tooltip;
  }
  item.command = row.command;
  return item;
}
