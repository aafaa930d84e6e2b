// `Revisit Decision…`: writes the short revisit entry beside a decision (core/decisions/revisitEntry.ts)
// and links the decision to it, so the two are linked both ways. The decision is the one in the
// active editor, the one given as an argument (its journal path), or one picked from a list that
// shows the decisions due to revisit first. A revisit already written is opened, never rewritten;
// the decision gets its link once, appended as a drafted block (product-owned), and a decision open
// with unsaved changes keeps them: the link is added to the editor, not saved over it.
import * as vscode from 'vscode';
import type { DecisionJournal } from '../../core/decisions/decisionJournal';
import { DECISION_KIND } from '../../core/decisions/decisionRecord';
import { linkDecisionToRevisit, planRevisit } from '../../core/decisions/revisitEntry';
import type { DecisionEntry } from '../../core/decisions/revisits';
import { formatIsoDate, type LocalDate } from '../../core/calendar/localDate';
import type { CommandHandlers } from '../activationTable';
import type { Clock } from '../clock';
import { journalToday } from '../journal/journalToday';
import { entryUri, relativeToFolder, resolveJournalFolder } from '../journal/journalLocation';
import { inStepWithDisk } from '../journal/documentOnDisk';
import { createIfAbsent } from '../journal/journalStore';
import { loadDecisions } from './decisionSource';
import type { ReflectSource } from '../index/reflectSource';
import type { ReflectServices } from './reflectServices';
import { decisionGroups, revisitTarget } from './revisitPlan';

interface DecisionItem extends vscode.QuickPickItem {
  readonly decision?: DecisionEntry;
}

export function revisitCommands({ index, mount, log, clock, settings }: Pick<ReflectServices, 'index' | 'mount' | 'log' | 'clock' | 'settings'>): CommandHandlers<'reflect/revisitCommand'> {
  return { revisitDecision: (path?: string) => revisitDecision(index, { mount, log, settings }, clock, path) };
}

/** The picker's rows: a "Due to revisit" group, most overdue first, then every other decision, newest first. */
function decisionItems(journal: DecisionJournal, today: LocalDate): DecisionItem[] {
  const { due, others } = decisionGroups(journal, today);
  const items: DecisionItem[] = [];
  if (due.length > 0) {
    items.push({ label: vscode.l10n.t('Due to revisit'), kind: vscode.QuickPickItemKind.Separator });
    for (const item of due) {
      items.push({
        label: item.decision.title,
        description: item.daysOverdue === 0 ? vscode.l10n.t('due today') : vscode.l10n.t('due since {0}', item.revisitOn),
        ...(item.decision.facts.expectation ? { detail: vscode.l10n.t('I expected: {0}', item.decision.facts.expectation) } : {}),
        decision: item.decision,
      });
    }
  }
  if (others.length > 0) {
    items.push({ label: vscode.l10n.t('Other decisions'), kind: vscode.QuickPickItemKind.Separator });
    for (const { decision, note } of others) {
      const said = note.kind === 'revisited'
        ? vscode.l10n.t('revisited')
        : note.kind === 'revisit-on' ? vscode.l10n.t('revisit on {0}', formatIsoDate(note.date)) : vscode.l10n.t('no revisit date');
      items.push({ label: decision.title, description: `${decision.date} · ${said}`, decision });
    }
  }
  return items;
}

async function revisitDecision(source: ReflectSource, { mount, log, settings: live }: Pick<ReflectServices, 'mount' | 'log' | 'settings'>, clock: Clock, path?: string): Promise<vscode.Uri | undefined> {
  const settings = live.current;
  const folder = await resolveJournalFolder(settings, mount);
  if (!folder) {
    return undefined;
  }
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading your journal…') }, () => source.ensureBuilt());
  const entries = source.entriesWithFacts();
  const journal = await loadDecisions(folder, entries, settings.locale, log);
  const today = journalToday(settings, clock.now());
  const active = vscode.window.activeTextEditor?.document.uri;
  const target = revisitTarget(journal.decisions, path, active ? relativeToFolder(folder, active) : undefined);
  if (target.kind === 'none-yet') {
    void vscode.window.showInformationMessage(vscode.l10n.t('No decision entries yet. Write one with New Entry… → Decision log, with a revisit date (revisit: in 6 weeks).'));
    return undefined;
  }
  if (target.kind === 'not-a-decision') {
    void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" is not a decision entry of the journal.', target.path));
    return undefined;
  }
  const decision = target.kind === 'decision' ? target.decision : (await vscode.window.showQuickPick(decisionItems(journal, today), {
    title: vscode.l10n.t('Revisit Decision'),
    placeHolder: vscode.l10n.t('Which decision? Those due to revisit come first.'),
    matchOnDetail: true,
  }))?.decision;
  if (!decision || entries.every(({ entry }) => entry.path !== decision.path || entry.kind !== DECISION_KIND)) {
    return undefined;
  }
  const plan = planRevisit(decision, today, settings.locale);
  const uri = entryUri(folder, plan.path);
  const result = await createIfAbsent(uri, plan.text, mount);
  if (result === 'created') {
    await linkDecision(entryUri(folder, decision.path), decision.path, plan.path, today, settings.locale);
    await Promise.all([source.update(uri, plan.text), source.update(entryUri(folder, decision.path))]);
  }
  const position = new vscode.Position(plan.cursor.line, plan.cursor.character);
  await vscode.window.showTextDocument(uri, { preview: false, ...(result === 'created' ? { selection: new vscode.Range(position, position) } : {}) });
  return uri;
}

/** Appends the link to the revisit at the end of the decision; saves it only when it had no unsaved changes. */
async function linkDecision(uri: vscode.Uri, decisionPath: string, revisitPath: string, date: LocalDate, locale: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const before = document.getText();
  const after = linkDecisionToRevisit(before, decisionPath, revisitPath, date, locale);
  if (after === before || !after.startsWith(before) || !(await inStepWithDisk(document))) {
    return;
  }
  const wasDirty = document.isDirty;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, document.positionAt(before.length), after.slice(before.length));
  if (await vscode.workspace.applyEdit(edit) && !wasDirty) {
    await document.save();
  }
}
