// What Retag All Entries decides besides the tags. Where each entry is rewritten: in its editor when
// that has unsaved changes (its text is the user's latest, and a write on disk would go under it),
// otherwise on disk, where a clean open editor picks the change up by itself. Which entries the
// Output panel names (those not tagged, and those kept as the user labelled them, with the reason);
// how often the progress moves (every 50 entries, by the share they are); and whether the closing
// message offers Show Output (only when entries were skipped: why is there). Pure (no vscode), so the
// decisions are unit-tested; taggingCommands.ts reads, writes and tells.
import type { TagWriteStatus } from './tagOutcome';

/** An open document as Retag All sees it (vscode.TextDocument is one). */
export interface OpenDocument {
  readonly isDirty: boolean;
  readonly uri: { toString(): string };
}

/** The open documents with unsaved changes, by URI: an entry found here is retagged in its editor, any other on disk. */
export function unsavedEditors<D extends OpenDocument>(documents: readonly D[]): (uri: string) => D | undefined {
  const dirty = new Map(documents.filter((document) => document.isDirty).map((document) => [document.uri.toString(), document]));
  return (uri) => dirty.get(uri);
}

/** Whether an entry's outcome is written to the Output panel, with its reason (those outcomes carry one). */
export function logsReason<W extends { readonly status: TagWriteStatus }>(write: W): write is Extract<W, { readonly status: 'skipped' | 'pinned' }> {
  return write.status === 'skipped' || write.status === 'pinned';
}

/** How many entries go between two progress reports. */
export const PROGRESS_EVERY = 50;

/** The progress report after the entry at `index` of `total` (one every PROGRESS_EVERY entries, from the first), or undefined. */
export function retagProgress(index: number, total: number): { readonly done: number; readonly increment: number } | undefined {
  return index % PROGRESS_EVERY === 0 ? { done: index + 1, increment: (PROGRESS_EVERY / Math.max(total, 1)) * 100 } : undefined;
}

/** Whether the closing message offers Show Output: only when entries were skipped, whose reasons it lists. */
export function offersOutput(counts: { readonly skipped: number }): boolean {
  return counts.skipped > 0;
}
