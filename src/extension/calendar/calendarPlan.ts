// What the calendar commands decide before they ask or write. Which Rule Placed This Event?: with no
// calendar imported it offers Import Calendar…, with no event in the last four weeks it says so, and
// otherwise it explains the event whose uid was given (nothing for a uid it does not know) or asks
// which. Import Calendar…: the files and how to take them are asked only when not given; asked, the
// calendars are any number of `.ics` files or one folder (every `.ics` file in it). A copy into
// `.calendar/` keeps its name unless a file of that name holds other bytes, and then takes the next
// free `-2`, `-3` before the `.ics`. Pure (no vscode), so the decisions are unit-tested;
// calendarCommands.ts and importCalendar.ts ask, read and write.

export type ExplainTarget<E> =
  | { readonly kind: 'none-imported' }
  | { readonly kind: 'no-events' }
  | { readonly kind: 'event'; readonly event: E }
  | { readonly kind: 'unknown-uid'; readonly uid: string }
  | { readonly kind: 'pick'; readonly events: readonly E[] };

/** `events` are the last four weeks' (undefined when no calendar is imported); `uid` the one asked about. */
export function explainTarget<E extends { readonly uid: string }>(events: readonly E[] | undefined, uid: string | undefined): ExplainTarget<E> {
  if (!events) {
    return { kind: 'none-imported' };
  }
  if (events.length === 0) {
    return { kind: 'no-events' };
  }
  if (uid === undefined) {
    return { kind: 'pick', events };
  }
  const event = events.find((candidate) => candidate.uid === uid);
  return event ? { kind: 'event', event } : { kind: 'unknown-uid', uid };
}

/** Which of Import Calendar…'s two questions are asked: those its arguments do not answer. */
export function importQuestions(args: { readonly uris?: readonly unknown[]; readonly copy?: boolean } | undefined): { readonly calendars: boolean; readonly how: boolean } {
  return { calendars: args?.uris === undefined, how: args?.copy === undefined };
}

/** Import Calendar…'s first answer: calendar files, or a folder of them. */
export type CalendarSelection = 'files' | 'folder';

/** What the open dialog lets the user select after that answer. */
export interface CalendarDialog {
  readonly canSelectFiles: boolean;
  readonly canSelectFolders: boolean;
  readonly canSelectMany: boolean;
  /** Offer `.ics` files only (a folder is read for its `.ics` files instead). */
  readonly icsOnly: boolean;
}

/** Any number of `.ics` files; or one folder, whose `.ics` files are read. */
export function calendarDialog(selection: CalendarSelection): CalendarDialog {
  return selection === 'files'
    ? { canSelectFiles: true, canSelectFolders: false, canSelectMany: true, icsOnly: true }
    : { canSelectFiles: false, canSelectFolders: true, canSelectMany: false, icsOnly: false };
}

/** The `n`th name tried for a copy of `name` (1: the name itself; `work.ics` → `work-2.ics`, `-3`, …). */
export function copyName(name: string, n: number): string {
  const dot = name.toLowerCase().endsWith('.ics') ? name.length - 4 : name.length;
  return n === 1 ? name : `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
}
