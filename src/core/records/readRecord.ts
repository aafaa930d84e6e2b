// One entry file → one index record: its day, kind, people and title from the front matter and the
// text, and the tagger's reading of what the user wrote. Files that are not entries (no date in the
// front matter or the file name) are skipped with a reason, never guessed. An entry in which the user
// has written nothing yet (an untouched scaffold or review) gets the label null: it is indexed, so its
// commitments and its place in the journal are known, but it is not an entry in any count (trends/counted.ts).
import { formatIsoDate, parseIsoDate, utcDateOf } from '../calendar/localDate';
import { entryTitle } from '../entries/entryTitle';
import { isPrivateWithFrontMatter } from '../entries/privateEntry';
import { readFrontMatter } from '../entries/frontMatter';
import { entryDateFromPath } from '../journal/entryNavigation';
import { storedTags } from '../tagger/storedTags';
import { FUNCTION_IDS, STYLE_IDS, TRAP_IDS, type RecordReading } from '../tagger/types';
import { ownString } from '../text/ownString';
import { isIndexedEntry, type IndexedEntry } from './entryRecord';

export type RecordResult = { readonly ok: true; readonly entry: IndexedEntry } | { readonly ok: false; readonly reason: string };

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function dateOf(value: unknown): string | undefined {
  if (typeof value === 'string' && parseIsoDate(value)) {
    return value;
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return formatIsoDate(utcDateOf(value)); // YAML timestamps are UTC midnights of the written day.
  }
  return undefined;
}

/** Runs of non-whitespace in the sentences, counted without splitting (this runs for every entry). */
function countWords(result: RecordReading): number {
  let words = 0;
  for (const sentence of result.sentences) {
    const text = sentence.text;
    let inWord = false;
    for (let at = 0; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      const space = code > 32 && code < 127 ? false : code <= 32 || WHITESPACE.test(text[at] as string);
      if (!space && !inWord) {
        words += 1;
      }
      inWord = !space;
    }
  }
  return words;
}

const WHITESPACE = /\s/;

function dateFromName(path: string): string | undefined {
  const fromName = entryDateFromPath(path);
  return fromName ? formatIsoDate(fromName) : undefined;
}

/**
 * The record for the entry at `path` (journal-relative) with text `text`. A pinned entry
 * (`tags-pinned: true`) keeps the label and shares its front matter states (storedTags.ts reads an
 * old tagger's `balanced` with no shares as `unclear`). `tag` is the tagger's `tag` or, where only
 * records are kept, its `readRecord`: the record is the same either way.
 */
export function indexRecord(path: string, text: string, tag: (text: string) => RecordReading): RecordResult {
  const front = readFrontMatter(text);
  if (!front.ok) {
    return { ok: false, reason: front.reason };
  }
  const data = front.data;
  const date = dateOf(data.date) ?? dateFromName(path); // The file name is read only when the front matter has no date.
  if (!date) {
    return { ok: false, reason: 'no date in its front matter or file name, so it is not read as an entry' };
  }
  const result = tag(text);
  const written = result.sentences.length > 0;
  const stored = storedTags(data);
  const pinned = stored?.pinned === true;
  const share = (value: unknown, fallback: number): number => (typeof value === 'number' && value >= 0 && value <= 1 ? value : fallback);
  const people = Array.isArray(data.people) ? data.people : typeof data.people === 'string' ? [data.people] : [];
  // Every string is its own copy: a record outlives its text, and must not keep it (ownString.ts).
  const entry = {
    path,
    date: ownString(date),
    kind: typeof data.kind === 'string' && data.kind.trim() !== '' ? ownString(data.kind.trim()) : 'note',
    people: unique(people.filter((p): p is string => typeof p === 'string').map((p) => p.trim()).filter((p) => p !== '').map(ownString)),
    label: pinned ? stored.label : written ? result.label : null,
    why: pinned ? (stored.label === 'unclear' ? 0 : share(data.why, result.why)) : result.why,
    how: pinned ? (stored.label === 'unclear' ? 0 : share(data.how, result.how)) : result.how,
    functions: unique(result.functions.filter((f) => FUNCTION_IDS.includes(f))),
    style: result.style && STYLE_IDS.includes(result.style) ? result.style : null,
    traps: unique(result.traps.map((t) => t.id).filter((id) => TRAP_IDS.includes(id))),
    words: countWords(result),
    title: ownString(entryTitle(text, path)),
    ...(isPrivateWithFrontMatter(data, text) ? { private: true as const } : {}),
  };
  return isIndexedEntry(entry) ? { ok: true, entry } : { ok: false, reason: 'its values could not be read as an index record' };
}
