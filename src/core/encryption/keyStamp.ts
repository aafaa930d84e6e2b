// What an unlock of an encrypted journal rests on: the bytes of the journal's descriptor, key file,
// migration marker and run lock as they were when it was unlocked. Saves seal to that unlock's keys;
// once another window or the command line has changed the passphrase (key.age replaced), decrypted
// (key.age and the descriptor removed) or started a migration (a lock and a marker written), an entry
// sealed to those keys would open with no key the journal has any more — it would be lost. So a save
// compares the stamp first and refuses when it differs (DecryptingJournalFs). When the only difference
// is the runs' lock, held by another window's unlock (putting back cut-off saves: orphanedPartials.ts),
// the key has not changed: while that unlock's holder is alive and recent the save is refused as
// JournalBeingTidied, and saving again once that unlock is done (a moment) lands; an unlock's lock that
// is gone, or left by a killed window, is no change at all (keyStampChange), so it never refuses a save
// for good — and the next unlock removes such a lock (orphanedPartials.ts).
//
// Bytes, not times: the four files are a few hundred bytes, read in parallel, and a time stamp can
// miss a replacement made within its resolution or by a sync that keeps times.
import { equalBytes } from '../crypto/bytes';
import type { JournalFs } from './journalFs';
import { DESCRIPTOR_PATH, KEY_PATH, LOCK_PATH, MARKER_PATH } from './layout';
import { parseHolder, type Liveness } from './lockLiveness';

const STAMPED = [DESCRIPTOR_PATH, KEY_PATH, MARKER_PATH, LOCK_PATH] as const;

/** The stamped files' bytes, in the order of `STAMPED`; undefined where a file is absent. */
export type KeyStamp = readonly (Uint8Array | undefined)[];

export async function readKeyStamp(fs: JournalFs): Promise<KeyStamp> {
  return Promise.all(STAMPED.map((path) => fs.read(path)));
}

export function sameKeyStamp(a: KeyStamp, b: KeyStamp): boolean {
  return a.length === b.length && a.every((bytes, i) => {
    const other = b[i];
    return bytes === undefined || other === undefined ? bytes === other : equalBytes(bytes, other);
  });
}

/**
 * How `now` differs from the unlock's `stamp`: not at all ('same'); only by the runs' lock, now held
 * by another window's unlock whose holder `liveness` (lockLiveness.ts unlockHoldLiveness) finds alive
 * and recent ('unlocking': the key is unchanged, save again in a moment); otherwise ('changed'). A
 * difference only by unlocks' locks — in either direction: this window may have unlocked while
 * another's unlock held the lock, which is gone now — with none held now by a live, recent unlock, is
 * no change at all ('same'): an unlock changes no key, and one whose holder is dead (killed while it
 * held it) tidies nothing more. A lock of any other run (a migration, a passphrase change), now or in
 * the stamp, is 'changed'.
 */
export function keyStampChange(now: KeyStamp, stamp: KeyStamp, liveness: Liveness): 'same' | 'unlocking' | 'changed' {
  if (sameKeyStamp(now, stamp)) {
    return 'same';
  }
  const lock = STAMPED.indexOf(LOCK_PATH);
  const others = (of: KeyStamp): KeyStamp => of.filter((_, i) => i !== lock);
  const unlockOrNone = (bytes: Uint8Array | undefined): boolean => bytes === undefined || parseHolder(bytes)?.operation === 'unlock';
  if (!sameKeyStamp(others(now), others(stamp)) || !unlockOrNone(now[lock]) || !unlockOrNone(stamp[lock])) {
    return 'changed';
  }
  const held = now[lock];
  const holder = held === undefined ? undefined : parseHolder(held);
  return holder !== undefined && liveness(holder) !== 'dead' ? 'unlocking' : 'same';
}

/** A save refused because another window's unlock holds the journal's lock (header); the key is unchanged, nothing was written. */
export class JournalBeingTidied extends Error {
  constructor(readonly path: string) {
    super(`${path} was not saved: another window is unlocking this journal and putting back saves a closed window cut off; nothing was written, save again in a moment (the text is still in the editor)`);
    this.name = 'JournalBeingTidied';
  }
}

/** A save refused because the journal's key or state changed since it was unlocked; nothing was written. */
export class JournalKeyChanged extends Error {
  constructor(readonly path: string) {
    super(`${path} was not saved: the journal's key was changed in another window or by the command line since it was unlocked; reload the window to unlock it again (the text is still in the editor)`);
    this.name = 'JournalKeyChanged';
  }
}
