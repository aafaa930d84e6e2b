// The Commitments view: the 1:1s due by cadence on top (commitmentReminders.ts),
// then the open commitments, oldest first, with their age, read from the journal index
// (reflect/commitmentTracking.ts). A commitment closes when it is ticked (`- [x]`) in any entry and
// that entry is saved: the index updates on save and the view follows it. `Commitments: Show Open`
// lists the same in a QuickPick, with a button to the view; what it lists and opens is decided in
// openCommitmentsPlan.ts.
import * as vscode from 'vscode';
import { journalToday } from '../journal/journalToday';
import type { OpenCommitment } from '../../core/reflect/commitmentTracking';
import type { Clock } from '../clock';
import { ViewIds } from '../commandIds';
import type { CommandHandlers, ViewHandlers } from '../activationTable';
import type { Settings } from '../settingsService';
import type { EntryWithFacts } from '../../core/catalogue/catalogue';
import { reminderItem, reminderRows, type ReminderRow } from './commitmentReminders';
import { IndexTreeProvider, showIndexTree } from './indexTreeView';
import { openEntryCommand, OPEN_ENTRY_AT } from '../entries/openEntryAt';
import type { PeopleLoader } from '../people/peopleLoader';
import { commitmentsOf, type ReflectSource } from '../index/reflectSource';
import type { ReflectServices } from './reflectServices';
import { ageText, openCommitmentsPlan, type CommitmentRow } from './openCommitmentsPlan';

function titles(entries: readonly EntryWithFacts[]): Map<string, string> {
  return new Map(entries.map(({ entry }) => [entry.path, entry.title]));
}

/** Open commitments as of today, with the titles of the entries they were written in. */
export async function openCommitments(source: ReflectSource, clock: Clock, settings: Settings): Promise<{ open: readonly OpenCommitment[]; titles: ReadonlyMap<string, string> }> {
  await source.ensureBuilt();
  const entries = source.entriesWithFacts();
  const today = journalToday(settings.current, clock.now());
  return { open: commitmentsOf(entries, today).open, titles: titles(entries) };
}

/** The tree item of one open commitment: its text, its age, and where it was written. */
export function commitmentItem(commitment: OpenCommitment, titleOf: ReadonlyMap<string, string>): vscode.TreeItem {
  const item = new vscode.TreeItem(commitment.text, vscode.TreeItemCollapsibleState.None);
  item.id = commitment.key;
  item.description = ageText(vscode.l10n, commitment.ageDays);
  item.iconPath = new vscode.ThemeIcon('circle-large-outline');
  item.contextValue = 'openCommitment';
  const first = commitment.firstSeen;
  const last = commitment.lastSeen;
  const where = (path: string): string => titleOf.get(path) ?? path;
  const lines = [
    vscode.l10n.t('Written on {0} in "{1}" ({2}, line {3}).', first.date, where(first.path), first.path, first.line + 1),
  ];
  if (last.path !== first.path) {
    lines.push(vscode.l10n.t('Last written on {0} in "{1}" ({2}, line {3}).', last.date, where(last.path), last.path, last.line + 1));
  }
  lines.push(vscode.l10n.t('Tick it (- [x]) in any entry and save to close it.'));
  item.tooltip = lines.join('\n');
  item.accessibilityInformation = { label: vscode.l10n.t('{0}, open {1}', commitment.text, ageText(vscode.l10n, commitment.ageDays)) };
  // Opens the entry it was written in (a later review may repeat it; ticking either closes it).
  item.command = openEntryCommand(vscode.l10n.t('Open Entry'), first.path, first.line);
  return item;
}

/** A row of the view: a 1:1 due, or an open commitment. */
export type CommitmentsRow = OpenCommitment | ReminderRow;

function isReminder(row: CommitmentsRow): row is ReminderRow {
  return 'reminder' in row;
}

export class CommitmentsProvider extends IndexTreeProvider<CommitmentsRow> {
  private titles: ReadonlyMap<string, string> = new Map();

  constructor(private readonly source: ReflectSource, private readonly clock: Clock, private readonly people: PeopleLoader, private readonly settings: Settings) {
    super(source);
  }

  /** The 1:1s due, then the open commitments; the count is of the commitments. */
  protected async rows(): Promise<CommitmentsRow[]> {
    const { open, titles } = await openCommitments(this.source, this.clock, this.settings);
    this.titles = titles;
    this.onDidCount?.(open.length);
    // The commitments are shown even when people.yml cannot be read.
    const reminders = await reminderRows(this.source, this.people, journalToday(this.settings.current, this.clock.now())).catch((): ReminderRow[] => []);
    return [...reminders, ...open];
  }

  getTreeItem(element: CommitmentsRow): vscode.TreeItem {
    return isReminder(element) ? reminderItem(element) : commitmentItem(element, this.titles);
  }
}

interface CommitmentPick extends vscode.QuickPickItem {
  readonly opens: CommitmentRow['opens'];
}

async function showOpen(source: ReflectSource, clock: Clock, settings: Settings): Promise<void> {
  const { open, titles } = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading your journal…') },
    () => openCommitments(source, clock, settings),
  );
  const plan = openCommitmentsPlan(vscode.l10n, open, titles);
  if (plan.kind === 'none') {
    void vscode.window.showInformationMessage(plan.message);
    return;
  }
  const picker = vscode.window.createQuickPick<CommitmentPick>();
  const toView: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('list-tree'), tooltip: vscode.l10n.t('Show the Commitments view') };
  picker.title = plan.title;
  picker.placeholder = vscode.l10n.t('Pick one to open the entry it was written in');
  picker.matchOnDetail = true;
  picker.buttons = [toView];
  picker.items = plan.rows;
  picker.onDidTriggerButton(() => {
    picker.hide();
    void vscode.commands.executeCommand(`${ViewIds.commitments}.focus`);
  });
  picker.onDidAccept(() => {
    const picked = picker.selectedItems[0];
    picker.hide();
    if (picked) {
      void vscode.commands.executeCommand(OPEN_ENTRY_AT, picked.opens.path, picked.opens.line);
    }
  });
  picker.onDidHide(() => picker.dispose());
  picker.show();
}

/** The rows of the Commitments view, the activation table's `commitments` line; ages move on with the days. */
export function commitmentsViews(context: vscode.ExtensionContext, { index: source, clock, people, settings }: Pick<ReflectServices, 'index' | 'clock' | 'people' | 'settings'>): ViewHandlers<'reflect/commitmentsView'> {
  return {
    commitments: (view) => showIndexTree(context, view, new CommitmentsProvider(source, clock, people, settings), (count) => vscode.l10n.t('{0} open', count)),
  };
}

export function commitmentsCommands({ index: source, clock, settings }: Pick<ReflectServices, 'index' | 'clock' | 'settings'>): CommandHandlers<'reflect/commitmentsView'> {
  return { showOpenCommitments: () => showOpen(source, clock, settings) };
}
