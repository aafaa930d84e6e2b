// Where an entry lives inside the journal folder. Paths here are always relative to that folder,
// use '/' separators, and never climb out of it: the extension resolves them against the folder's URI.
import { formatIsoDate, type LocalDate } from '../calendar/localDate';

/** `YYYY/MM/YYYY-MM-DD.md`: the daily entry for a day. */
export function dailyEntryPath(date: LocalDate): string {
  const iso = formatIsoDate(date);
  return `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso}.md`;
}

/**
 * True when a relative path stays inside the folder it is resolved against: no absolute path, no
 * drive letter, no `..` segment, no empty or `.` segment, no backslash (a separator on Windows).
 */
export function isContainedRelativePath(path: string): boolean {
  if (path.length === 0 || path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path)) {
    return false;
  }
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
