// What New Entry… decides from its arguments, before it asks anything or touches a file: which kind
// (the one named, or ask), which day (the date named, or today), and whether to ask who the entry is
// about. Pure (no vscode), so the decisions are unit-tested; newEntry.ts asks and opens.
import { parseIsoDate, type LocalDate } from '../../core/calendar/localDate';
import { isEntryKindId, type EntryKindId } from '../../core/entries/kinds';

/** New Entry's arguments, from a keybinding, another command or a test. */
export interface NewEntryArgs {
  readonly kind?: string;
  readonly person?: string;
  /** YYYY-MM-DD; today when absent. */
  readonly date?: string;
  /** A decision log or after-action review when that day has one already: the title of another. */
  readonly title?: string;
}

/** What to do: stop with a message about a wrong argument, or go on with a kind (or ask for one) and a day. */
export type NewEntryPlan =
  | { readonly outcome: 'unknown-kind'; readonly kind: string }
  | { readonly outcome: 'bad-date'; readonly date: string }
  | { readonly outcome: 'go'; readonly kind: EntryKindId | 'ask'; readonly date: LocalDate; readonly title?: string };

/** A wrong kind or date is named before anything is asked: asking first and failing after wastes the person's answer. */
export function planNewEntry(args: NewEntryArgs | undefined, today: LocalDate): NewEntryPlan {
  if (args?.kind !== undefined && !isEntryKindId(args.kind)) {
    return { outcome: 'unknown-kind', kind: args.kind };
  }
  const date = args?.date !== undefined ? parseIsoDate(args.date) : today;
  if (!date) {
    return { outcome: 'bad-date', date: args?.date ?? '' };
  }
  return { outcome: 'go', kind: args?.kind ?? 'ask', date, ...(args?.title ? { title: args.title } : {}) };
}

/** Who the entry is about: nobody (the kind is about no one), the name given (trimmed), or ask. */
export type PersonStep = { readonly person: 'none' } | { readonly person: 'ask' } | { readonly person: 'given'; readonly name: string };

export function personStep(needsPerson: boolean, given: string | undefined): PersonStep {
  if (!needsPerson) {
    return { person: 'none' };
  }
  const name = given?.trim();
  return name ? { person: 'given', name } : { person: 'ask' };
}
