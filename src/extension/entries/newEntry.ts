// `New Entry…`: pick a kind (and a person where the kind is about one: the people the journal knows
// are offered, and a new name can be typed), then open or create it.
// Also callable with arguments, `{ kind, person?, date? }`, for keybindings and other commands.
import * as vscode from 'vscode';
import { pluralMessage } from '../../core/text/format';
import { ENTRY_KIND_IDS, type EntryKind } from '../../core/entries/kinds';
import { entryKindFor, entryKindsFor } from '../../core/entries/localizedKinds';
import type { JournalSettings } from '../config';
import type { Settings } from '../settingsService';
import { openOrCreateEntry } from './entryOpener';
import { journalToday } from '../journal/journalToday';
import type { JournalMount } from '../journal/journalMounts';
import type { JournalStore } from '../journal/journalStore';
import type { NewEntryTexts } from './newEntryTexts';
import type { KnownPerson } from '../../core/reflect/personChoices';
import { personChoices } from '../../core/reflect/personChoices';
import type { Clock } from '../clock';
import type { CommandHandlers } from '../activationTable';
import { pickChoice, type Choice } from '../pickChoice';
import { personStep, planNewEntry, type NewEntryArgs } from './newEntryPlan';

/** What New Entry… reads, handed in by the composition root (features.ts). */
export interface NewEntryServices {
  readonly clock: Clock;
  /** The settings now (settingsService.ts). */
  readonly settings: Settings;
  readonly entryTexts: NewEntryTexts;
  /** The people to offer for a kind about a person. */
  readonly knownPeople: KnownPeople;
  /** Which journal is unlocked in this window (journalMounts.ts). */
  readonly mount: JournalMount;
  /** The journal's files (journalStore.ts): what New Entry reads and creates. */
  readonly store: JournalStore;
}

export function newEntryCommands({ clock, settings, entryTexts: texts, knownPeople: known, mount, store }: NewEntryServices): CommandHandlers<'entries/newEntry'> {
  return { newEntry: (args?: NewEntryArgs) => newEntry(clock, settings.current, texts, args, known, mount, store) };
}

/**
 * The kinds in QuickPick order, in the language of `settings.locale`: the default kind first, then the
 * rest as the product lists them.
 */
export function kindChoices(settings: JournalSettings): Choice<EntryKind>[] {
  const kinds = entryKindsFor(settings.locale);
  const ordered = [entryKindFor(settings.defaultKind, settings.locale), ...kinds.filter((k) => k.id !== settings.defaultKind)];
  return ordered.map((kind) => ({
    label: kind.label,
    description: kind.id === settings.defaultKind ? vscode.l10n.t('default') : '',
    detail: kind.description,
    value: kind,
  }));
}

/** Where New Entry finds the people the journal knows (set once the index exists). */
export type KnownPeople = () => Promise<readonly KnownPerson[]>;

interface PersonItem extends vscode.QuickPickItem {
  readonly name: string;
}

/**
 * Asks who the entry is about: the people the journal knows to choose from, and any name typed as a
 * new person (personChoices.ts). With no one known yet, a plain input box.
 */
export async function askForPerson(kind: EntryKind, known: readonly KnownPerson[] = []): Promise<string | undefined> {
  if (known.length === 0) {
    return askForNewPerson(kind);
  }
  const pick = vscode.window.createQuickPick<PersonItem>();
  pick.title = kind.label;
  pick.placeholder = vscode.l10n.t('Who is this entry about? Choose someone, or type a new name.');
  pick.ignoreFocusOut = true;
  pick.matchOnDescription = false;
  const items = (typed: string): PersonItem[] => personChoices(known, typed).map((choice) => ({
    label: choice.name,
    name: choice.name,
    alwaysShow: choice.entries === undefined,
    description: choice.entries === undefined
      ? vscode.l10n.t('new person')
      : pluralMessage(choice.entries, vscode.l10n.t('1 entry'), vscode.l10n.t('{0} entries')),
  }));
  pick.items = items('');
  return new Promise<string | undefined>((resolve) => {
    let result: string | undefined;
    pick.onDidChangeValue((value) => {
      pick.items = items(value);
    });
    pick.onDidAccept(() => {
      result = pick.selectedItems[0]?.name ?? (pick.value.trim() || undefined);
      if (result) {
        pick.hide();
      }
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(result);
    });
    pick.show();
  });
}

async function askForNewPerson(kind: EntryKind): Promise<string | undefined> {
  const person = await vscode.window.showInputBox({
    title: kind.label,
    prompt: vscode.l10n.t('Who is this entry about? Their name goes into the file name and the front matter (people).'),
    placeHolder: vscode.l10n.t('e.g. Ana'),
    ignoreFocusOut: true,
    validateInput: (value) => {
      if (value.trim() === '') {
        return vscode.l10n.t("Type the person's name.");
      }
      return /[\r\n]/.test(value) ? vscode.l10n.t('A name fits on one line.') : undefined;
    },
  });
  return person?.trim() || undefined;
}

async function newEntry(clock: Clock, settings: JournalSettings, texts: NewEntryTexts, args: NewEntryArgs | undefined, known: KnownPeople, mount: JournalMount, store: JournalStore): Promise<vscode.Uri | undefined> {
  const today = journalToday(settings, clock.now());
  const plan = planNewEntry(args, today);
  if (plan.outcome === 'unknown-kind') {
    void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a kind of entry. Kinds: {1}.', plan.kind, ENTRY_KIND_IDS.join(', ')));
    return undefined;
  }
  if (plan.outcome === 'bad-date') {
    void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a date; use YYYY-MM-DD.', plan.date));
    return undefined;
  }
  const kind: EntryKind | undefined = plan.kind !== 'ask'
    ? entryKindFor(plan.kind, settings.locale)
    : await pickChoice(kindChoices(settings), {
      title: vscode.l10n.t('New Leadership Journal Entry'),
      placeHolder: vscode.l10n.t('What kind of entry?'),
      matchOnDetail: true,
    });
  if (!kind) {
    return undefined;
  }
  const step = personStep(kind.needsPerson, args?.person);
  const person = step.person === 'given' ? step.name : step.person === 'ask' ? await askForPerson(kind, await known()) : undefined;
  if (step.person !== 'none' && !person) {
    return undefined;
  }
  return openOrCreateEntry({ kind, date: plan.date, today, ...(person ? { person } : {}), ...(plan.title ? { title: plan.title } : {}) }, settings, texts, mount, store);
}
