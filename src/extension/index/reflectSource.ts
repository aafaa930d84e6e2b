// What the features that read the journal index (reflect/, people/, search/, export/; the name is
// from when they were all reflect/) read of it: the entries with their commitments and @mentions, as
// the plain records the core's review, people, search and export functions take. Here, beside the
// index, so that each of those rooms reads it from a floor below them all.
import type * as vscode from 'vscode';
import type { LocalDate } from '../../core/calendar/localDate';
import { trackCommitments, type TrackedCommitments } from '../../core/reflect/commitmentTracking';
import type { ReviewRecord } from '../../core/reflect/review';
import type { SkippedFile } from '../../core/report/reportModel';
import type { EntryWithFacts } from '../../core/catalogue/catalogue';
import type { IndexStatus } from './journalIndex';

/** The part of the journal index the reading features use (JournalIndex has it all). */
export interface ReflectSource {
  ensureBuilt(): Promise<void>;
  /** Re-reads one file now (after writing it), rather than when the file watcher reports it. */
  update(uri: vscode.Uri, text?: string): Promise<void>;
  entriesWithFacts(): EntryWithFacts[];
  /** Files in the journal folder that are not entries, with why (for Export Report…). */
  skippedFiles(): readonly SkippedFile[];
  readonly onDidChange: vscode.Event<void>;
  readonly journalFolder: vscode.Uri | undefined;
  readonly state: IndexStatus;
}

/** Index records with their `@mentions` and answers, as the review, people, search and export code read them. */
export function recordsOf(entries: readonly EntryWithFacts[]): ReviewRecord[] {
  return entries.map(({ entry, facts }) => ({ ...entry, mentions: facts.mentions, answers: facts.answers }));
}

/** Every commitment of every entry, followed across entries as of `today`. */
export function commitmentsOf(entries: readonly EntryWithFacts[], today: LocalDate): TrackedCommitments {
  return trackCommitments(entries.map(({ entry, facts }) => ({ path: entry.path, date: entry.date, commitments: facts.commitments })), today);
}

/** The title of the entry at `path`, or the path when the index does not know it. */
export function titleOf(entries: readonly EntryWithFacts[], path: string): string {
  return entries.find(({ entry }) => entry.path === path)?.entry.title ?? path;
}
