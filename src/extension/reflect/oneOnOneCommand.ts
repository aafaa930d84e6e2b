// `New 1:1 with Person…`: pick a person (those whose 1:1 is due first, by their cadence in
// people.yml; then everyone else listed or named in the journal), and New Entry writes their 1:1 with
// the open items carried over (carryOverHook.ts). Also callable with a name, for keybindings and tests.
import * as vscode from 'vscode';
import { cadenceStatuses, type CadenceStatus } from '../../core/people/oneOnOneCadence';
import { collectPeople } from '../../core/reflect/people';
import { Commands } from '../commandIds';
import type { CommandHandlers } from '../commandTable';
import { readSettings } from '../config';
import { journalToday } from '../journal/journalToday';
import type { Clock } from '../clock';
import { resolveJournalFolder } from '../journal/journalLocation';
import { loadPeople } from './peopleLoader';
import { recordsOf, type ReflectSource } from './reflectSource';
import type { ReflectServices } from './reflectServices';

interface PersonItem extends vscode.QuickPickItem {
  readonly name: string;
  readonly order: number;
}

/** How a person stands against their cadence, for the picker's description; undefined when nothing is due. */
function cadenceNote(status: CadenceStatus | undefined): { readonly text: string; readonly order: number } | undefined {
  switch (status?.state) {
    case 'overdue': return { text: status.daysOverdue === 1 ? vscode.l10n.t('1:1 overdue by 1 day') : vscode.l10n.t('1:1 overdue by {0} days', status.daysOverdue), order: 0 };
    case 'due': return { text: vscode.l10n.t('1:1 due today'), order: 1 };
    case 'never': return { text: vscode.l10n.t('no 1:1 yet'), order: 2 };
    case 'upcoming': return { text: vscode.l10n.t('next 1:1 due {0}', status.dueDate), order: 3 };
    default: return undefined;
  }
}

export function oneOnOneCommands({ index, clock }: Pick<ReflectServices, 'index' | 'clock'>): CommandHandlers<'reflect/oneOnOneCommand'> {
  return { newOneOnOne: (name?: string) => newOneOnOne(index, clock, name) };
}

async function newOneOnOne(source: ReflectSource, clock: Clock, name?: string): Promise<vscode.Uri | undefined> {
  if (name !== undefined && name.trim() !== '') {
    return vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.newEntry, { kind: 'one-on-one', person: name.trim() });
  }
  const settings = readSettings();
  const folder = await resolveJournalFolder(settings);
  if (!folder) {
    return undefined;
  }
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading your journal…') }, () => source.ensureBuilt());
  const people = await loadPeople(folder);
  const entries = source.entriesWithFacts();
  const statuses = new Map(cadenceStatuses(people.people, entries.map(({ entry }) => entry), people.directory, journalToday(settings, clock.now())).map((person) => [person.key, person.status]));
  const items = new Map<string, PersonItem>();
  for (const person of collectPeople(recordsOf(entries), people.directory).filter((candidate) => candidate.ambiguousWith.length === 0)) {
    const note = cadenceNote(statuses.get(person.key));
    items.set(person.key, { label: person.name, name: person.name, order: note?.order ?? 4, ...(note ? { description: note.text } : {}) });
  }
  for (const listed of people.people) {
    const key = people.directory.resolve(listed.name).key;
    if (!items.has(key)) {
      const note = cadenceNote(statuses.get(key));
      items.set(key, { label: listed.name, name: listed.name, order: note?.order ?? 4, ...(note ? { description: note.text } : {}) });
    }
  }
  const sorted = [...items.values()].sort((a, b) => a.order - b.order);
  const picked = sorted.length === 0 ? undefined : await vscode.window.showQuickPick(sorted, {
    title: vscode.l10n.t('New 1:1 with Person'),
    placeHolder: vscode.l10n.t('With whom? Those due first; their open items are carried over.'),
  });
  if (sorted.length === 0) {
    // No one named yet: New Entry asks for the name.
    return vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.newEntry, { kind: 'one-on-one' });
  }
  return picked ? vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.newEntry, { kind: 'one-on-one', person: picked.name }) : undefined;
}
