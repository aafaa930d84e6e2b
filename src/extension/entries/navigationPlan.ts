// What the navigation commands decide from the journal's file names, before they open anything:
// which of a day's files Open Today / Open Entry for Date opens (the one, a choice, or a new entry),
// where Previous / Next count from, and how the journal folder is shown. Pure (no vscode), so the
// decisions are unit-tested; navigate.ts lists the files, asks and opens.
import { compareDates, type LocalDate } from '../../core/calendar/localDate';
import { entryDateFromPath, type EntryPosition } from '../../core/journal/entryNavigation';

/** A day's entries: the files dated that day, without the week's review (`…-W11…`), which is the week's, not the day's. */
export function dayEntries(paths: readonly string[], date: LocalDate): string[] {
  return paths.filter((path) => {
    const day = entryDateFromPath(path);
    return day !== undefined && compareDates(day, date) === 0 && !/-W\d{2}/.test(path);
  });
}

/** Open the day's one entry, offer a choice among several, or create one when there is none. */
export type DayChoice = { readonly open: string } | { readonly choose: readonly string[] } | { readonly create: true };

export function dayChoice(paths: readonly string[], date: LocalDate): DayChoice {
  const entries = dayEntries(paths, date);
  if (entries.length === 0) {
    return { create: true };
  }
  return entries.length === 1 && entries[0] !== undefined ? { open: entries[0] } : { choose: entries };
}

/**
 * Where Previous / Next count from: the entry open in the editor when it is a dated file of the
 * journal (`openPath`, relative to the journal folder), otherwise today.
 */
export function stepOrigin(openPath: string | undefined, today: LocalDate): EntryPosition {
  const openDate = openPath === undefined ? undefined : entryDateFromPath(openPath);
  return openPath !== undefined && openDate !== undefined ? { date: openDate, path: openPath } : { date: today };
}

/** Open Journal Folder: reveal it in the Explorer when it is in the workspace, else open it in a new window. */
export function journalFolderAction(inWorkspace: boolean): 'reveal' | 'open-window' {
  return inWorkspace ? 'reveal' : 'open-window';
}
