// Change Passphrase: a new journal key, sealed with the new passphrase into key.next.age, and every
// entry re-sealed from the old key to the new one — each written beside, proven to open with the new
// key to the same bytes, then renamed over the old file. Only when every entry is under the new key
// does key.next.age replace key.age. So an old key file and passphrase (a backup, a passphrase that
// leaked) open nothing written after the change. While it runs, the name map is sealed to both keys.
//
// Interrupted, it goes on when run again with both passphrases; with `undo`, it takes the entries
// back to the old key and drops the new one. Both passphrases are needed either way: entries can be
// under either key until it ends.
import { resealEntry, settleRunPartials } from './entrySteps';
import { EntryNames } from './entryNames';
import { runNamesKept } from './keptCopyName';
import { openJournalKey, sealNewJournalKey, unionOfKeys, type JournalKeys } from './journalKey';
import type { JournalFs } from './journalFs';
import { listJournal } from './journalListing';
import { markerBytes } from './journalState';
import { keyFailure, readJournalState, readNameMapFile, sealingOf, settleNameMap, unlockKeyFile, writeNameMap } from './journalUnlock';
import { KEY_PATH, MARKER_PATH, NAMES_PATH, NEXT_KEY_PATH, PROCESS_WRITER } from './layout';
import { count, MigrationStop, runLocked, withRunNamesLock, type MigrationHost, type MigrationOutcome } from './migrationRun';
import { reason } from './reasons';
import { byCodeUnits } from '../text/order';
import { writeAtomic, writeVerified } from './safeWrites';

export interface ChangePassphraseRequest {
  readonly passphrase: string;
  readonly newPassphrase: string;
  /** Take an interrupted change back: entries return to the old key, the new key is dropped. */
  readonly undo?: boolean;
}

/**
 * A change cut off inside its last rename, where the rename deletes its target first
 * (vscode.workspace.fs in the web, virtual and remote hosts): key.age is gone, and key.next.age —
 * which every entry and the name map are sealed to by then — opens with the new passphrase. The old
 * key is gone with key.age, so the change can only end: key.next.age is renamed into place, and true
 * is returned. False, with nothing changed, for any other state.
 */
async function finishedButForRename(fs: JournalFs, newPassphrase: string): Promise<boolean> {
  const nextFile = await fs.read(NEXT_KEY_PATH);
  if (nextFile === undefined || !(await openJournalKey(NEXT_KEY_PATH, nextFile, newPassphrase)).ok) {
    return false;
  }
  await fs.rename(NEXT_KEY_PATH, KEY_PATH);
  return true;
}

export function changePassphrase(host: MigrationHost, request: ChangePassphraseRequest): Promise<MigrationOutcome> {
  return runLocked(host, 'change-passphrase', async (fs, tally) => {
    const { descriptor, marker } = await readJournalState(fs);
    const undo = request.undo === true;
    if (descriptor?.mode !== 'passphrase') {
      throw new MigrationStop(reason(descriptor === undefined ? 'not-encrypted' : 'encrypted-to-keys'));
    }
    if (marker !== undefined && marker.operation !== 'change-passphrase') {
      throw new MigrationStop(reason(marker.operation === 'encrypt' ? 'encrypt-interrupted' : 'decrypt-interrupted'));
    }
    if (request.newPassphrase === '') {
      throw new MigrationStop(reason('new-passphrase-empty'));
    }
    if (request.newPassphrase === request.passphrase) {
      throw new MigrationStop(reason('new-passphrase-same'));
    }
    let keyFile = await fs.read(KEY_PATH);
    if (keyFile === undefined && marker !== undefined && await finishedButForRename(fs, request.newPassphrase)) {
      keyFile = await fs.read(KEY_PATH); // Now the new key: the change ends below, as one cut off after its rename.
    }
    if (keyFile === undefined) {
      throw new MigrationStop(reason('key-file-missing', KEY_PATH));
    }
    const nextFile = await fs.read(NEXT_KEY_PATH);
    const oldOpen = await openJournalKey(KEY_PATH, keyFile, request.passphrase);
    if (!oldOpen.ok) {
      // The change has already happened (it may have been cut off after its last rename, or run twice).
      if (nextFile === undefined && (await openJournalKey(KEY_PATH, keyFile, request.newPassphrase)).ok) {
        if (undo) {
          throw new MigrationStop(reason('change-finished'));
        }
        if (marker !== undefined) {
          await fs.remove(MARKER_PATH);
        }
        return { complete: true };
      }
      throw keyFailure(oldOpen.failure);
    }
    const oldKeys = oldOpen.keys;
    if (nextFile === undefined && undo) {
      await fs.remove(MARKER_PATH); // No entry can be under a key whose file was never written.
      return { complete: true };
    }

    const startedAt = marker?.startedAt ?? host.now().toISOString();
    let total = 0;
    const mark = (done: number): Promise<void> => writeAtomic(fs, MARKER_PATH, markerBytes({ operation: 'change-passphrase', undo, startedAt, done, total }), PROCESS_WRITER);
    await mark(0);
    let newKeys: JournalKeys;
    if (nextFile !== undefined) {
      newKeys = await unlockKeyFile(NEXT_KEY_PATH, nextFile, request.newPassphrase).catch(() => {
        throw new MigrationStop(reason('next-key-wrong', NEXT_KEY_PATH), 'key');
      });
    } else {
      const created = await sealNewJournalKey(request.newPassphrase, host.workFactor, host.now());
      newKeys = created.keys;
      await writeVerified(fs, NEXT_KEY_PATH, created.file, async (written) => {
        const again = await openJournalKey(NEXT_KEY_PATH, written, request.newPassphrase);
        return again.ok && again.keys.open.identities[0] === newKeys.open.identities[0];
      }, PROCESS_WRITER);
    }
    const [from, to] = undo ? [newKeys, oldKeys] : [oldKeys, newKeys];
    const both = sealingOf(unionOfKeys(oldKeys, newKeys));
    // Under the names lock (migrationRun.ts withRunNamesLock): no window's change of the map lands between this read and write.
    const { hasNames, entryNames } = await withRunNamesLock(host, fs, async () => {
      await settleNameMap(fs, both); // A map left only beside a missing names.age (journalUnlock.ts) is put in place first.
      const has = (await fs.read(NAMES_PATH)) !== undefined;
      const read = has ? await readNameMapFile(fs, both) : undefined;
      const names = new EntryNames(read?.map ?? new Map());
      if (read !== undefined) {
        await writeNameMap(fs, read, both, PROCESS_WRITER); // Either key opens it until the change ends.
      }
      return { hasNames: has, entryNames: names };
    });

    const listing = await listJournal(fs);
    const placed = await settleRunPartials(host, fs, tally, listing.partials, entryNames, both, descriptor.names === 'opaque' ? runNamesKept(host, fs, both, entryNames) : undefined);
    // Put in place just now, so not in the listing: converted with the rest, or left sealed to a key this run replaces.
    const sealedEntries = [...new Set([...listing.encrypted, ...placed])].sort(byCodeUnits);
    const fromSealing = sealingOf(from);
    const toSealing = sealingOf(to);
    total = sealedEntries.length;
    let done = 0;
    for (const path of sealedEntries) {
      count(tally, await resealEntry(fs, fromSealing, toSealing, path));
      done++;
      await mark(done);
      host.onProgress?.({ operation: 'change-passphrase', done, total, path });
    }
    if (tally.attention.length > 0) {
      return { complete: false };
    }
    if (hasNames) {
      // The map as it is now, not as read above: nothing of it is undone (no window can change it meanwhile: its key stamp differs).
      await withRunNamesLock(host, fs, async () => writeNameMap(fs, await readNameMapFile(fs, both), toSealing, PROCESS_WRITER));
    }
    if (undo) {
      await fs.remove(NEXT_KEY_PATH);
    } else {
      await fs.rename(NEXT_KEY_PATH, KEY_PATH);
    }
    await fs.remove(MARKER_PATH);
    return { complete: true };
  });
}

