// What a NEW entry brings with it from the rest of the journal, asked for just before it is written:
// a daily entry's reminders, a 1:1's open items with the person. The entries room only asks; what
// answers (reading the index, people.yml, the calendars) lives above it, in reflect/newEntryTexts.ts,
// and is handed down by whoever registers the commands that create entries (features.ts), so no
// import runs back up and no module holds the index aside. Each answer never throws: on any
// failure the entry is written as planned.
import type * as vscode from 'vscode';
import type { LocalDate } from '../../core/calendar/localDate';
import type { AnswerLocation } from '../../core/entries/scaffoldLines';

export interface PlannedText {
  readonly text: string;
  readonly cursor: AnswerLocation;
  /** How many open items were carried over. */
  readonly carried: number;
}

export interface NewEntryTexts {
  /** A new daily entry at `uri` (journal path `path`) for `date`: `text` with the reminders added, or as it is. */
  daily(uri: vscode.Uri, path: string, text: string, date: LocalDate, locale: string): Promise<string>;
  /** A new 1:1 with `person`: `planned` with the open items carried over, or as planned. */
  oneOnOne(uri: vscode.Uri, path: string, planned: { readonly text: string; readonly cursor: AnswerLocation }, person: string, date: LocalDate, locale: string): Promise<PlannedText>;
}

/** Entries written as planned, with nothing brought in (for a caller without a journal index). */
export const AS_PLANNED: NewEntryTexts = {
  daily: (_uri, _path, text) => Promise.resolve(text),
  oneOnOne: (_uri, _path, planned) => Promise.resolve({ ...planned, carried: 0 }),
};
