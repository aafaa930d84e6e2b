// Decrypt Journal: the reverse of encryptJournal, with the same care — each entry written beside as
// plain text, read back and compared, renamed into place, and only then the age file removed. Run
// during an interrupted encrypt, it undoes it; run again after an interruption, it goes on. The key,
// the name map and the descriptor go only once no encrypted entry is left.
import { decryptEntry, settleRunPartials } from './entrySteps';
import { EntryNames } from './entryNames';
import { runNamesKept } from './keptCopyName';
import type { Credential, JournalKeys } from './journalKey';
import { listJournal } from './journalListing';
import { markerBytes } from './journalState';
import { identityKeys, passphraseOnlyKeys, readNameMap, readStateToMigrate, sealingOf, settleNameMap, unlockKeyFile } from './journalUnlock';
import { DESCRIPTOR_PATH, KEY_PATH, MARKER_PATH, NAMES_GENERATION_PATH, NAMES_PATH, NEXT_KEY_PATH, PROCESS_WRITER } from './layout';
import { count, runLocked, withRunNamesLock, type MigrationHost, type MigrationOutcome } from './migrationRun';
import { because, reason } from './reasons';
import { byCodeUnits } from '../text/order';
import { writeAtomic } from './safeWrites';

export interface DecryptRequest {
  readonly credential: Credential;
}

export function decryptJournal(host: MigrationHost, request: DecryptRequest): Promise<MigrationOutcome> {
  return runLocked(host, 'decrypt', async (fs, tally) => {
    const credential = request.credential;
    const { descriptor, marker } = await readStateToMigrate(fs, credential, 'decrypting');
    let keys: JournalKeys;
    if (credential.kind === 'passphrase') {
      const keyFile = await fs.read(KEY_PATH);
      keys = keyFile === undefined ? passphraseOnlyKeys(credential.passphrase) : await unlockKeyFile(KEY_PATH, keyFile, credential.passphrase);
    } else {
      keys = await identityKeys(credential);
    }
    const sealing = sealingOf(keys);
    const entryNames = await withRunNamesLock(host, fs, async () => {
      await settleNameMap(fs, sealing); // A map left only beside a missing names.age (journalUnlock.ts) is put in place first.
      return new EntryNames(await readNameMap(fs, sealing));
    });

    const startedAt = marker?.operation === 'decrypt' ? marker.startedAt : host.now().toISOString();
    let total = 0;
    const mark = (done: number): Promise<void> => writeAtomic(fs, MARKER_PATH, markerBytes({ operation: 'decrypt', undo: false, startedAt, done, total }), PROCESS_WRITER);
    await mark(0);

    const listing = await listJournal(fs);
    const opaque = descriptor?.names === 'opaque';
    const placed = await settleRunPartials(host, fs, tally, listing.partials, entryNames, sealing, opaque ? runNamesKept(host, fs, sealing, entryNames) : undefined);
    // Put in place just now, so not in the listing: converted with the rest, or left sealed to a key this run replaces.
    const sealedEntries = [...new Set([...listing.encrypted, ...placed])].sort(byCodeUnits);
    tally.notes.push(...listing.links.map((path) => because(path, reason('link-left'))));
    total = sealedEntries.length;
    let done = 0;
    for (const path of sealedEntries) {
      const target = entryNames.plainPathOf(path);
      const result = await decryptEntry(fs, sealing, path, target.path);
      count(tally, result);
      if (target.recovered && result.kind === 'converted') {
        tally.notes.push(because(target.path, reason('name-recovered', path)));
      }
      done++;
      await mark(done);
      host.onProgress?.({ operation: 'decrypt', done, total, path });
    }
    if (tally.attention.length > 0) {
      return { complete: false };
    }
    for (const path of [NAMES_PATH, NAMES_GENERATION_PATH, KEY_PATH, NEXT_KEY_PATH, DESCRIPTOR_PATH, MARKER_PATH]) {
      await fs.remove(path);
    }
    return { complete: true };
  });
}
