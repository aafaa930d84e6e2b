// `Open Person…`: everyone the journal names (front matter `people:` and `@mentions`), normalised
// through people.yml, in a QuickPick; the chosen person's timeline opens in a preview panel. A first
// name several listed people share (`@sam` with Sam Lee and Sam Ortiz) is its own row, reported as
// ambiguous, never merged into either. The open timeline follows the journal as it changes. Also
// callable with a name, for keybindings and tests, and from a 1:1 row of the Commitments view.
import * as vscode from 'vscode';
import { collectPeople, ONE_ON_ONE_KIND, personTimeline, type Person, type PersonTimeline } from '../../core/reflect/people';
import type { Clock } from '../clock';
import { readSettings } from '../config';
import { journalToday } from '../entries/entryOpener';
import { Commands } from '../commands/commandIds';
import { resolveJournalFolder } from '../journal/journalLocation';
import { output } from '../output';
import { loadPeople } from './peopleLoader';
import { personMarkdown, PERSON_PAGE_PATH } from './personPage';
import { personPrep, type PersonPrep } from './personPrep';
import type { PreviewContent, PreviewPanels } from './previewPanels';
import { recordsOf, type ReflectSource } from './reflectSource';

interface PersonPick extends vscode.QuickPickItem {
  readonly person: Person;
}

/** Ambiguous names already written to the output channel. */
const loggedAmbiguous = new Set<string>();

/** "A or B", "A, B or C". */
function orList(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : vscode.l10n.t('{0} or {1}', names.slice(0, -1).join(', '), names.at(-1) ?? '');
}

function ambiguityNote(person: Person): string {
  return vscode.l10n.t('Could be {0}: kept apart, not merged. A full name or an alias in people.yml tells them apart.', orList(person.ambiguousWith));
}

function pickItem(person: Person): PersonPick {
  const oneOnOnes = person.entries.filter((entry) => entry.kind === ONE_ON_ONE_KIND).length;
  const count = person.entries.length === 1 ? vscode.l10n.t('1 entry') : vscode.l10n.t('{0} entries', person.entries.length);
  const last = person.entries.at(-1)?.date ?? '';
  return {
    label: person.ambiguousWith.length > 0 ? `$(warning) ${person.name}` : person.name,
    description: oneOnOnes > 0 ? vscode.l10n.t('{0} · {1} 1:1s · last {2}', count, oneOnOnes, last) : vscode.l10n.t('{0} · last {1}', count, last),
    ...(person.ambiguousWith.length > 0 ? { detail: ambiguityNote(person) } : {}),
    person,
  };
}

export function registerPersonCommand(context: vscode.ExtensionContext, source: ReflectSource, previews: PreviewPanels, clock: Clock): void {
  // A name from the palette, a keybinding or a test; a Commitments row (its `person`) from its inline action.
  context.subscriptions.push(vscode.commands.registerCommand(Commands.openPerson, (arg?: string | { readonly person?: unknown }) => {
    const name = typeof arg === 'string' ? arg : typeof arg?.person === 'string' ? arg.person : undefined;
    return openPerson(source, previews, clock, name);
  }));
}

/** Returns the key of the person shown, or undefined when none was. */
export async function openPerson(source: ReflectSource, previews: PreviewPanels, clock: Clock, name?: string): Promise<string | undefined> {
  const settings = readSettings();
  const folder = await resolveJournalFolder(settings);
  if (!folder) {
    return undefined;
  }
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading your journal…') }, () => source.ensureBuilt());
  const [records, people] = [recordsOf(source.entriesWithFacts()), await loadPeople(folder)];
  const everyone = collectPeople(records, people.directory);
  for (const person of everyone.filter((p) => p.ambiguousWith.length > 0 && !loggedAmbiguous.has(p.key))) {
    loggedAmbiguous.add(person.key);
    output().warn(`"${person.name}" could be ${person.ambiguousWith.join(' or ')}: its ${person.entries.length} entries are kept apart, not merged.`);
  }
  if (everyone.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No one is named in the journal yet. Name people with @ana in an entry, or in its front matter (people: [Ana]).'));
    return undefined;
  }
  let person: Person | undefined;
  if (name !== undefined) {
    const key = people.directory.resolve(name).key;
    person = everyone.find((candidate) => candidate.key === key);
    if (!person) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No entry names "{0}".', name));
      return undefined;
    }
  } else {
    person = (await vscode.window.showQuickPick(everyone.map(pickItem), {
      title: vscode.l10n.t('Open Person'),
      placeHolder: vscode.l10n.t('Whose timeline? Most named first.'),
      matchOnDescription: false,
      matchOnDetail: false,
    }))?.person;
  }
  if (!person) {
    return undefined;
  }
  const key = person.key;
  const page = (timeline: PersonTimeline, locale: string, prep: PersonPrep): PreviewContent => ({
    title: vscode.l10n.t('Person: {0}', timeline.name),
    markdown: personMarkdown(timeline, locale, prep),
    basePath: PERSON_PAGE_PATH,
  });
  const timeline = personTimeline(records, people.directory, key);
  if (!timeline) {
    return undefined;
  }
  previews.show(`person:${key}`, page(timeline, settings.locale, await personPrep(folder, source.entriesWithFacts(), people, key, journalToday(settings, clock.now()))));
  // The page follows the journal while it is open: a new or edited entry naming them shows up.
  previews.follow(`person:${key}`, source.onDidChange, async () => {
    const [entries, latestPeople, latestSettings] = [source.entriesWithFacts(), await loadPeople(folder), readSettings()];
    const latest = personTimeline(recordsOf(entries), latestPeople.directory, key);
    return latest ? page(latest, latestSettings.locale, await personPrep(folder, entries, latestPeople, key, journalToday(latestSettings, clock.now()))) : undefined;
  });
  return key;
}
