// Which index records count. Every number the product shows — the trends, the reviews, the people,
// the exports and the CLI's report — counts only entries the user has written something in (their
// label is not null: an untouched scaffold or review is no entry in any count) and whose day has
// come (an entry dated in the future counts from its day on, not before).
import { formatIsoDate, type LocalDate } from '../calendar/localDate';
import type { IndexedEntry } from '../records/entryRecord';

/** Whether the entry's label shows a side: why, how or balanced (the base of every why/how share). */
export function isTagged(entry: Pick<IndexedEntry, 'label'>): boolean {
  return entry.label === 'why' || entry.label === 'how' || entry.label === 'balanced';
}

/** Whether the user has written anything in the entry (see IndexedEntry.label). */
export function isWritten(entry: Pick<IndexedEntry, 'label'>): boolean {
  return entry.label !== null;
}

/** Whether the entry counts as of `today` (`YYYY-MM-DD` or a LocalDate). */
export function isCounted(entry: Pick<IndexedEntry, 'label' | 'date'>, today: string | LocalDate): boolean {
  const day = typeof today === 'string' ? today : formatIsoDate(today);
  return entry.label !== null && entry.date <= day;
}

/** The entries that count as of `today`, in the order given. */
export function countedEntries<T extends Pick<IndexedEntry, 'label' | 'date'>>(entries: readonly T[], today: string | LocalDate): T[] {
  const day = typeof today === 'string' ? today : formatIsoDate(today);
  return entries.filter((entry) => isCounted(entry, day));
}
