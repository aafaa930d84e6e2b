// Moving between entries in calendar order. An entry's day comes from its file name (`2026-11-23`
// or, for weekly entries, `2026-W48`, taken as that ISO week's Thursday), so navigation needs a
// directory listing only, never the files' contents.
import { addDays, parseIsoDate, toEpochDay, weekday, type LocalDate } from '../calendar/localDate';

const DATE_IN_NAME = /(\d{4}-\d{2}-\d{2})/;
const WEEK_IN_NAME = /(\d{4})-W(\d{2})/;

/** The Thursday of an ISO week: the day that decides which year the week belongs to. */
export function isoWeekThursday(weekYear: number, week: number): LocalDate | undefined {
  if (!Number.isInteger(week) || week < 1 || week > 53) {
    return undefined;
  }
  const jan4 = { year: weekYear, month: 1, day: 4 };
  const mondayOfWeek1 = addDays(jan4, -((weekday(jan4) + 6) % 7));
  const thursday = addDays(mondayOfWeek1, (week - 1) * 7 + 3);
  return week === 53 && thursday.year !== weekYear ? undefined : thursday;
}

/** The day an entry file belongs to, read from its name; `undefined` for files that are not entries. */
export function entryDateFromPath(path: string): LocalDate | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!name.toLowerCase().endsWith('.md')) {
    return undefined;
  }
  const day = DATE_IN_NAME.exec(name);
  if (day?.[1]) {
    return parseIsoDate(day[1]);
  }
  const week = WEEK_IN_NAME.exec(name);
  return week ? isoWeekThursday(Number(week[1]), Number(week[2])) : undefined;
}

export interface EntryPosition {
  readonly date: LocalDate;
  /** The open entry's path, when there is one; entries of the same day are ordered by path. */
  readonly path?: string;
}

/**
 * The entry just before (`-1`) or after (`1`) a position, in (day, path) order, or `undefined` at
 * either end. Files whose names hold no date are ignored.
 */
export function neighbourEntry(paths: readonly string[], from: EntryPosition, direction: -1 | 1): string | undefined {
  const dated = paths
    .map((path) => ({ path, day: entryDateFromPath(path) }))
    .filter((entry): entry is { path: string; day: LocalDate } => entry.day !== undefined)
    .map((entry) => ({ path: entry.path, key: toEpochDay(entry.day) }))
    .sort((a, b) => a.key - b.key || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const fromKey = toEpochDay(from.date);
  const compare = (entry: { path: string; key: number }): number =>
    entry.key - fromKey || (from.path === undefined ? 0 : entry.path < from.path ? -1 : entry.path > from.path ? 1 : 0);
  if (direction === 1) {
    return dated.find((entry) => compare(entry) > 0)?.path;
  }
  for (let index = dated.length - 1; index >= 0; index--) {
    const entry = dated[index];
    if (entry && compare(entry) < 0) {
      return entry.path;
    }
  }
  return undefined;
}
