// `Open Person…`: everyone the journal names (front matter `people:` and `@mentions`), normalised
// through people.yml, in a QuickPick; the chosen person's timeline opens in a preview panel. A first
// name several listed people share (`@sam` with Sam Lee and Sam Ortiz) is its own row, reported as
// ambiguous, never merged into either. One person written two ways (`@priya`, "Priya Raman") is
// offered as a merge row on top (mergePeopleCommand.ts): choosing it writes people.yml and opens the
// merged timeline. The open timeline follows the journal as it changes. Also callable with a name,
// for keybindings and tests, and from a 1:1 row of the Commitments view. With a calendar imported, the
// page also shows the 1:1s the calendar holds with them, and follows the calendar too. What it does
// is decided in personPlan.ts (unit-tested); this file reads, asks and shows.
import * as vscode from 'vscode';
import { collectPeople, ONE_ON_ONE_KIND, personTimeline, type Person, type PersonTimeline } from '../../core/reflect/people';
import { CALENDAR_WEEKS, windowStart } from '../../core/people/calendarOneOnOnes';
import type { HeldOneOnOne } from '../../core/timeAudit/oneOnOnesHeld';
import type { CalendarAudits } from '../calendar/calendarAudits';
import type { Clock } from '../clock';
import type { JournalSettings } from '../config';
import { journalToday } from '../journal/journalToday';
import type { CommandHandlers } from '../activationTable';
import { resolveJournalFolder } from '../journal/journalLocation';
import type { Log } from '../output';
import type { MergeSuggestion } from '../../core/reflect/mergeSuggestions';
import { errorMessage } from '../../core/text/errorMessage';
import { acceptMerge, mergeDetail, mergeLabel } from './mergePeopleCommand';
import { personCounts } from './personStrings';
import { mergedPerson, newlyAmbiguous, personStart } from './personPlan';
import { personMarkdown, PERSON_PAGE_PATH } from './personPage';
import { personPrep, type PersonPrep } from './personPrep';
import type { PreviewContent, PreviewPanels } from '../webviews/previewPanels';
import { recordsOf, type ReflectSource } from '../index/reflectSource';
import type { PeopleServices } from './peopleServices';

interface PersonPick extends vscode.QuickPickItem {
  readonly person: Person;
}

interface MergeRow extends vscode.QuickPickItem {
  readonly merge: MergeSuggestion;
}

/** What Open Person is handed: the services it reads, and the ambiguous names it has logged. */
type PersonTools = Pick<PeopleServices, 'mount' | 'people' | 'log' | 'settings' | 'store'> & { readonly loggedAmbiguous: Set<string> };

/** "A or B", "A, B or C". */
function orList(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : vscode.l10n.t('{0} or {1}', names.slice(0, -1).join(', '), names.at(-1) ?? '');
}

function ambiguityNote(person: Person): string {
  return vscode.l10n.t('Could be {0}: kept apart, not merged. A full name or an alias in people.yml tells them apart.', orList(person.ambiguousWith));
}

function pickItem(person: Person): PersonPick {
  const oneOnOnes = person.entries.filter((entry) => entry.kind === ONE_ON_ONE_KIND).length;
  return {
    label: person.ambiguousWith.length > 0 ? `$(warning) ${person.name}` : person.name,
    description: personCounts(vscode.l10n, person.entries.length, oneOnOnes, person.entries.at(-1)?.date ?? ''),
    ...(person.ambiguousWith.length > 0 ? { detail: ambiguityNote(person) } : {}),
    person,
  };
}

export function personCommands({ index, mount, people, log, previews, clock, calendar, settings, store }: Pick<PeopleServices, 'index' | 'mount' | 'people' | 'log' | 'previews' | 'clock' | 'calendar' | 'settings' | 'store'>): CommandHandlers<'people/personCommand'> {
  /** Ambiguous names already written to the output channel (once a window). */
  const loggedAmbiguous = new Set<string>();
  return {
    // A name from the palette, a keybinding or a test; a Commitments row (its `person`) from its inline action.
    openPerson: (arg?: string | { readonly person?: unknown }) => {
      const name = typeof arg === 'string' ? arg : typeof arg?.person === 'string' ? arg.person : undefined;
      return openPerson(index, { mount, people, log, loggedAmbiguous, settings, store }, previews, clock, name, calendar);
    },
  };
}

/** The calendar's 1:1s over the person page's weeks; undefined with no calendar imported (or on failure). */
async function calendarOneOnOnes(calendar: CalendarAudits | undefined, clock: Clock, settings: JournalSettings, log: Log): Promise<readonly HeldOneOnOne[] | undefined> {
  if (!calendar) {
    return undefined;
  }
  try {
    return await calendar.oneOnOnesSince(windowStart(journalToday(settings, clock.now()), CALENDAR_WEEKS), settings.weekStart);
  } catch (error) {
    log.warn(`The person page is shown without the calendar: ${errorMessage(error)}`);
    return undefined;
  }
}

/** Fires on either event. */
function either(first: vscode.Event<void>, second: vscode.Event<unknown> | undefined): vscode.Event<void> {
  if (!second) {
    return first;
  }
  return (listener, thisArgs, disposables) => {
    const subscriptions = [first(listener, thisArgs), second(() => listener.call(thisArgs, undefined), undefined)];
    const subscription = { dispose: () => subscriptions.forEach((each) => each.dispose()) };
    disposables?.push(subscription);
    return subscription;
  };
}

/** Returns the key of the person shown, or undefined when none was. */
export async function openPerson(source: ReflectSource, { mount, people: peopleFile, log, loggedAmbiguous, settings: live, store }: PersonTools, previews: PreviewPanels, clock: Clock, name?: string, calendar?: CalendarAudits): Promise<string | undefined> {
  const settings = live.current;
  const folder = await resolveJournalFolder(settings, mount);
  if (!folder) {
    return undefined;
  }
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading your journal…') }, () => source.ensureBuilt());
  const [records, people] = [recordsOf(source.entriesWithFacts()), await peopleFile.load(folder)];
  const everyone = collectPeople(records, people.directory);
  for (const person of newlyAmbiguous(everyone, loggedAmbiguous)) {
    loggedAmbiguous.add(person.key);
    log.warn(`"${person.name}" could be ${person.ambiguousWith.join(' or ')}: its ${person.entries.length} entries are kept apart, not merged.`);
  }
  const start = personStart(everyone, people.directory, name);
  let person: Person | undefined;
  // After a merge, people.yml as it was just written (the page and its preparation read the merged person).
  let loaded = people;
  switch (start.kind) {
    case 'nobody':
      void vscode.window.showInformationMessage(vscode.l10n.t('No one is named in the journal yet. Name people with @ana in an entry, or in its front matter (people: [Ana]).'));
      return undefined;
    case 'unknown':
      void vscode.window.showInformationMessage(vscode.l10n.t('No entry names "{0}".', start.name));
      return undefined;
    case 'open':
      person = start.person;
      break;
    case 'ask': {
      const merges = start.merges.map((merge): MergeRow => ({ label: `$(merge) ${mergeLabel(merge)}`, detail: mergeDetail(merge), merge }));
      const rows: (PersonPick | MergeRow | vscode.QuickPickItem)[] = merges.length === 0 ? start.people.map(pickItem) : [
        ...merges,
        { label: vscode.l10n.t('People'), kind: vscode.QuickPickItemKind.Separator },
        ...start.people.map(pickItem),
      ];
      const chosen = await vscode.window.showQuickPick(rows, {
        title: vscode.l10n.t('Open Person'),
        placeHolder: vscode.l10n.t('Whose timeline? Most named first.'),
        matchOnDescription: false,
        matchOnDetail: false,
      });
      if (chosen && 'merge' in chosen) {
        if (!(await acceptMerge(store, folder, chosen.merge))) {
          return undefined;
        }
        loaded = await peopleFile.load(folder);
        person = mergedPerson(records, loaded.directory, chosen.merge);
      } else {
        person = chosen && 'person' in chosen ? chosen.person : undefined;
      }
    }
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
  const timeline = personTimeline(records, loaded.directory, key);
  if (!timeline) {
    return undefined;
  }
  const held = await calendarOneOnOnes(calendar, clock, settings, log);
  previews.show(`person:${key}`, page(timeline, settings.locale, await personPrep(folder, source.entriesWithFacts(), loaded, key, journalToday(settings, clock.now()), held)));
  // The page follows the journal while it is open: a new or edited entry naming them shows up; and the calendar.
  previews.follow(`person:${key}`, either(source.onDidChange, calendar?.sources.onDidChange), async () => {
    const [entries, latestPeople, latestSettings] = [source.entriesWithFacts(), await peopleFile.load(folder), live.current];
    const latest = personTimeline(recordsOf(entries), latestPeople.directory, key);
    const latestHeld = await calendarOneOnOnes(calendar, clock, live.current, log);
    return latest ? page(latest, latestSettings.locale, await personPrep(folder, entries, latestPeople, key, journalToday(latestSettings, clock.now()), latestHeld)) : undefined;
  });
  return key;
}
