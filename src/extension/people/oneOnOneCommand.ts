// `New 1:1 with Person…`: pick a person (those whose 1:1 is due first, by their cadence in
// people.yml; then everyone else listed or named in the journal), and New Entry writes their 1:1 with
// the open items carried over (carryOverHook.ts). Also callable with a name, for keybindings and tests.
import * as vscode from 'vscode';
import { cadenceStatuses, type CadenceStatus } from '../../core/people/oneOnOneCadence';
import { collectPeople } from '../../core/reflect/people';
import { pluralMessage } from '../../core/text/format';
import { Commands } from '../commandIds';
import type { CommandHandlers } from '../activationTable';
import { nameGiven, oneOnOneCandidates, oneOnOneStart } from './oneOnOnePlan';
import { journalToday } from '../journal/journalToday';
import type { Clock } from '../clock';
import { resolveJournalFolder } from '../journal/journalLocation';
import { recordsOf, type ReflectSource } from '../index/reflectSource';
import type { PeopleServices } from './peopleServices';

interface PersonItem extends vscode.QuickPickItem {
  readonly name: string;
}

/** How a person stands against their cadence, for the picker's description; undefined when nothing is due (oneOnOnePlan.ts orders by the same states). */
function cadenceNote(status: CadenceStatus | undefined): string | undefined {
  switch (status?.state) {
    case 'overdue': return pluralMessage(status.daysOverdue, vscode.l10n.t('1:1 overdue by 1 day'), vscode.l10n.t('1:1 overdue by {0} days'));
    case 'due': return vscode.l10n.t('1:1 due today');
    case 'never': return vscode.l10n.t('no 1:1 yet');
    case 'upcoming': return vscode.l10n.t('next 1:1 due {0}', status.dueDate);
    default: return undefined;
  }
}

export function oneOnOneCommands({ index, mount, people, clock, settings }: Pick<PeopleServices, 'index' | 'mount' | 'people' | 'clock' | 'settings'>): CommandHandlers<'people/oneOnOneCommand'> {
  return { newOneOnOne: (name?: string) => newOneOnOne(index, { mount, people, settings }, clock, name) };
}

async function newOneOnOne(source: ReflectSource, { mount, people: peopleFile, settings: live }: Pick<PeopleServices, 'mount' | 'people' | 'settings'>, clock: Clock, name?: string): Promise<vscode.Uri | undefined> {
  const given = nameGiven(name);
  if (given !== undefined) {
    return vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.newEntry, { kind: 'one-on-one', person: given });
  }
  const settings = live.current;
  const folder = await resolveJournalFolder(settings, mount);
  if (!folder) {
    return undefined;
  }
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading your journal…') }, () => source.ensureBuilt());
  const people = await peopleFile.load(folder);
  const entries = source.entriesWithFacts();
  const statuses = new Map(cadenceStatuses(people.people, entries.map(({ entry }) => entry), people.directory, journalToday(settings, clock.now())).map((person) => [person.key, person.status]));
  const candidates = oneOnOneCandidates(
    collectPeople(recordsOf(entries), people.directory),
    people.people.map((listed) => ({ key: people.directory.resolve(listed.name).key, name: listed.name })),
    statuses,
  );
  if (oneOnOneStart(candidates) === 'ask-name') {
    // No one named yet: New Entry asks for the name.
    return vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.newEntry, { kind: 'one-on-one' });
  }
  const items: PersonItem[] = candidates.map((candidate) => {
    const note = cadenceNote(candidate.status);
    return { label: candidate.name, name: candidate.name, ...(note === undefined ? {} : { description: note }) };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New 1:1 with Person'),
    placeHolder: vscode.l10n.t('With whom? Those due first; their open items are carried over.'),
  });
  return picked ? vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.newEntry, { kind: 'one-on-one', person: picked.name }) : undefined;
}
