// What an unlock of an encrypted journal rests on: the bytes of the journal's descriptor, key file,
// migration marker and run lock as they were when it was unlocked. Saves seal to that unlock's keys;
// once another window or the command line has changed the passphrase (key.age replaced), decrypted
// (key.age and the descriptor removed) or started a migration (a lock and a marker written), an entry
// sealed to those keys would open with no key the journal has any more — it would be lost. So a save
// compares the stamp first and refuses when it differs (DecryptingJournalFs).
//
// Bytes, not times: the four files are a few hundred bytes, read in parallel, and a time stamp can
// miss a replacement made within its resolution or by a sync that keeps times.
import { equalBytes } from '../crypto/bytes';
import type { JournalFs } from './journalFs';
import { DESCRIPTOR_PATH, KEY_PATH, LOCK_PATH, MARKER_PATH } from './layout';

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

/** A save refused because the journal's key or state changed since it was unlocked; nothing was written. */
export class JournalKeyChanged extends Error {
  constructor(readonly path: string) {
    super(`${path} was not saved: the journal's key was changed in another window or by the command line since it was unlocked; reload the window to unlock it again (the text is still in the editor)`);
    this.name = 'JournalKeyChanged';
  }
}
