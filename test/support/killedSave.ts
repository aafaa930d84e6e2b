// What the real kill test of an encrypted save (test/unit/node/killedSave.test.ts) and its child
// process (killedSaveChild.ts) share: the job the child is given, and the text of each save, made
// the same on both sides so the test knows every text the child may have written. Every text holds
// MARKER, so a scan of the disk for it finds any plain text of an entry wherever it was written.
import { utf8 } from '../../src/core/crypto/bytes';

/** The child's job, a line of JSON on its stdin. */
export interface KilledSaveJob {
  /** The encrypted journal's folder on disk. */
  readonly root: string;
  readonly passphrase: string;
  readonly round: number;
  /** The entries (plain paths) saved in turn, the n-th save writing paths[n % length]. */
  readonly paths: readonly string[];
}

/** In every entry's text, and never in a sealed file (age's payload is indistinguishable from random). */
export const MARKER = 'PLAIN-TEXT-OF-AN-ENTRY';

/** Sizes the saves cycle through: an entry of a few lines, one of two age chunks (64 KiB each), one of four. */
const FILLER = [0, 100_000, 230_000];

/** The text of save `n` of round `round` to `path`: distinct for each (round, n, path), of varied size. */
export function savedText(round: number, n: number, path: string): Uint8Array {
  const filler = FILLER[n % FILLER.length] ?? 0;
  const line = `Round ${round}, save ${n}: I told Zoë the reorg is off. ${MARKER}\n`;
  return utf8(`---\ndate: 2026-12-02\nkind: daily\n---\n\n${path}\n${line}${line.repeat(Math.ceil(filler / line.length))}`);
}
