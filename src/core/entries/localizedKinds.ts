// The entry kinds in the language of a locale (see contentLanguage.ts): German for `de`, English
// otherwise. Ids, file names and structure are the same in every language; only the texts differ.
import { contentLanguage } from '../locale/contentLanguage';
import { GERMAN_ENTRY_KINDS } from './germanKinds';
import { ENTRY_KINDS, type EntryKind, type EntryKindId } from './kinds';

/** All kinds in the locale's language, in {@link ENTRY_KINDS} order. */
export function entryKindsFor(locale: string | undefined): readonly EntryKind[] {
  return contentLanguage(locale) === 'de' ? GERMAN_ENTRY_KINDS : ENTRY_KINDS;
}

/** One kind in the locale's language. */
export function entryKindFor(id: EntryKindId, locale: string | undefined): EntryKind {
  const kind = entryKindsFor(locale).find((candidate) => candidate.id === id);
  if (!kind) {
    throw new RangeError(`Unknown entry kind: ${id}`);
  }
  return kind;
}
