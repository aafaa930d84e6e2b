// A killed window's save in an opaque journal (or one of readable names), cut off between its partial's write and its rename, and
// the unlock that finds it over a minute later: the setup the tests of the unlock's putting back and
// keeping aside of cut-off saves share (keptAsideNamed, unlockRestoreNamesLock, runsKeptNamed).
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { partialPath } from '../../../../src/core/encryption/layout';
import type { OrphanRepairHost } from '../../../../src/core/encryption/orphanedPartials';
import { unlockJournal, type UnlockedJournal } from '../../../../src/core/encryption/unlockJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { journalWithNames, NEW_DAY, PASSPHRASE, windowOn } from '../../../support/opaqueWindows';

export interface CutOffSave {
  readonly fs: MemoryJournalFs;
  /** The file the save was to become (not there): the opaque file names.age gives NEW_DAY, or `NEW_DAY.age` (readable names). */
  readonly sealed: string;
  /** The dead window's partial of it, whole: its only copy. */
  readonly orphan: string;
}

/**
 * A fresh journal of `names` (opaque unless told) in which window B's first save of NEW_DAY, holding
 * `text`, was cut off before its rename: its file is not there (names.age names NEW_DAY when opaque).
 */
export async function cutOffSave(text: string, names: 'readable' | 'opaque' = 'opaque'): Promise<CutOffSave> {
  const fs = await journalWithNames(names);
  const b = await windowOn(fs);
  await b.write(NEW_DAY, utf8(text));
  const sealed = b.sealedPathOf(NEW_DAY);
  const orphan = partialPath(sealed, b.writer);
  await fs.rename(sealed, orphan);
  return { fs, sealed, orphan };
}

/** The journal as an unlock reads it now, with the test's passphrase. */
export async function unlockedNow(fs: MemoryJournalFs): Promise<UnlockedJournal> {
  const unlocked = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
  assert.ok(unlocked.ok, unlocked.ok ? '' : unlocked.message);
  return unlocked.journal;
}

/** When each file was written, as the unlock reads it at `now`: the orphan two minutes before (old enough to settle), every other file at `now`. */
export function writtenBefore(fs: MemoryJournalFs, orphan: string, now: number): (path: string) => Promise<number | undefined> {
  return async (path) => (!fs.files.has(path) ? undefined : path === orphan ? now - 120_000 : now);
}

/** The unlock's host at `now`, reaching `fs` through `through`: a live process of its own, the orphan old enough to settle. */
export function unlockHost(fs: MemoryJournalFs, orphan: string, now: number, through: JournalFs = fs): OrphanRepairHost {
  return { fs: through, me: { pid: 7, host: 'test-host' }, liveness: () => 'alive', now: () => new Date(now), modifiedAt: writtenBefore(fs, orphan, now) };
}
