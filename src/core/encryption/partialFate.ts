// What becomes of a sealed entry's partial found beside its entry (a save cut off between its write
// and its rename, or left by a save that failed), once a writer may take it (partialTimes.ts): the one
// answer for a window's save (the partials it would write over), a window's delete or rename of the
// entry (DecryptingJournalFs settleDeadSaves), and the unlock's and the runs' settling
// (entrySteps.ts settlePartials). Pure: the caller opens the partial and says which texts it may hold.
import type { AgeFailure } from '../crypto/ageFailure';
import type { OpenResult } from '../crypto/ageFile';
import { equalBytes } from '../crypto/bytes';

/**
 * - `remove`: it holds nothing only it has — age finds it cut short or damaged (a write that never
 *   finished, whose writer failed or will redo it), or it opens to one of the texts it is compared with;
 * - `keep`: whole but sealed to keys not given (a save cut off before a passphrase change resealed
 *   the entry, a file from elsewhere): perhaps the only copy of a save, so left as it is and named
 *   with age's reason (`failure`);
 * - `keep-aside`: it opens to other text: kept as the entry `NAME (interrupted save).md` beside its own.
 */
export type PartialFate = { readonly kind: 'remove' } | { readonly kind: 'keep'; readonly failure: AgeFailure } | { readonly kind: 'keep-aside' };

/** Whether age failed a file as a write that never finished (cut short, or damaged), not as one whole but sealed to keys it was not given. */
export function cutShort(failure: AgeFailure): boolean {
  return failure.kind === 'truncated' || failure.kind === 'damaged';
}

/** The fate of a partial that `opened` (its bytes opened with the journal's keys), compared with `texts` (the entry's, its source's, a save's; undefined where there is none). */
export function partialFate(opened: OpenResult, texts: readonly (Uint8Array | undefined)[]): PartialFate {
  if (!opened.ok) {
    return cutShort(opened.failure) ? { kind: 'remove' } : { kind: 'keep', failure: opened.failure };
  }
  return texts.some((text) => text !== undefined && equalBytes(text, opened.bytes)) ? { kind: 'remove' } : { kind: 'keep-aside' };
}
