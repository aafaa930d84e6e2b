// What a NEW daily entry brings back from the journal (core/reflect/dailyReminders.ts): the two oldest
// open commitments and the entries of this day in earlier months and years. entryOpener.ts asks here
// before it writes a daily entry; the reflection features plug the index in at activation. The index
// is waited for only briefly, so a cold, large journal never holds up a new entry: it then simply
// starts without reminders. Never throws; any failure leaves the entry as planned.
import type * as vscode from 'vscode';
import { formatIsoDate, type LocalDate } from '../../core/calendar/localDate';
import { oldestOpen } from '../../core/reflect/commitmentTracking';
import { withDailyReminders, STILL_OPEN_SHOWN } from '../../core/reflect/dailyReminders';
import { onThisDay } from '../../core/reflect/onThisDay';
import { exists } from '../journal/journalStore';
import { output } from '../output';
import { commitmentsOf, type ReflectSource } from './reflectSource';

/** How long a new daily entry waits for the index to be read. */
const INDEX_WAIT_MS = 2000;

let source: ReflectSource | undefined;

/** Plugs the index in (at activation); disposing unplugs it. */
export function provideDailyReminders(index: ReflectSource): vscode.Disposable {
  source = index;
  return { dispose: () => { source = undefined; } };
}

async function indexReady(index: ReflectSource): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = await Promise.race([
    index.ensureBuilt().then(() => true),
    new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), INDEX_WAIT_MS); }),
  ]);
  clearTimeout(timer);
  return waited && index.state.state === 'ready';
}

/**
 * The text to write for a new daily entry at `uri` (journal path `path`) for `date`: `text` with the
 * reminders added, or `text` as it is when the entry exists already or there is nothing to add.
 */
export async function dailyEntryText(uri: vscode.Uri, path: string, text: string, date: LocalDate, locale: string): Promise<string> {
  const index = source;
  try {
    if (!index || await exists(uri) || !(await indexReady(index))) {
      return text;
    }
    const day = formatIsoDate(date);
    const entries = index.entriesWithFacts();
    // Only what was written before this day: a past day's new entry does not recall its future.
    const earlier = commitmentsOf(entries.filter(({ entry }) => entry.date < day), date).open;
    const recalled = onThisDay(entries.map(({ entry }) => entry), date);
    return withDailyReminders(text, {
      path,
      stillOpen: oldestOpen(earlier, STILL_OPEN_SHOWN),
      onThisDay: [...recalled.years, ...recalled.months].map(({ entry, monthsAgo }) => ({ date: entry.date, path: entry.path, monthsAgo })),
      locale,
    });
  } catch (error) {
    output().warn(`The daily entry starts without reminders: ${error instanceof Error ? error.message : String(error)}`);
    return text;
  }
}
