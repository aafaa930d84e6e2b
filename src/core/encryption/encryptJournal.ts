// Encrypt Journal: every plain entry becomes an age file (NAME.md.age, or an opaque name with the
// name kept in the encrypted map), each written beside, proven to decrypt to the same bytes, and only
// then is the plain file removed. Run again after any interruption, it goes on from where the files
// say it was; decryptJournal undoes it from any point. Order of the journal-level steps:
//   lock → read state and unlock (nothing written yet: a wrong passphrase changes nothing)
//   → marker → descriptor → key file (passphrase journals) → settle partials → name map (opaque)
//   → entries, the marker's progress updated after each → (all done) empty folders, marker removed.
import { equalBytes } from '../crypto/bytes';
import { encryptEntry, settleRunPartials } from './entrySteps';
import { EntryNames } from './entryNames';
import { runNamesKept } from './keptCopyName';
import { openJournalKey, sealNewJournalKey, type Credential, type JournalKeys } from './journalKey';
import { folderOf, listJournal } from './journalListing';
import { descriptorBytes, markerBytes, type NameMode } from './journalState';
import { identityKeys, readNameMapFile, readStateToMigrate, sealingOf, settleNameMap, unlockKeyFile, writeNameMap } from './journalUnlock';
import { DESCRIPTOR_PATH, KEY_PATH, MARKER_PATH, PROCESS_WRITER } from './layout';
import { count, MigrationStop, runLocked, withRunNamesLock, type MigrationHost, type MigrationOutcome } from './migrationRun';
import { because, reason } from './reasons';
import { writeAtomic, writeVerified } from './safeWrites';

export interface EncryptRequest {
  readonly credential: Credential;
  /** For a journal not encrypted yet (readable by default); an encrypted journal keeps its own. */
  readonly names?: NameMode;
}

export function encryptJournal(host: MigrationHost, request: EncryptRequest): Promise<MigrationOutcome> {
  return runLocked(host, 'encrypt', async (fs, tally) => {
    const credential = request.credential;
    const { descriptor, marker } = await readStateToMigrate(fs, credential, 'encrypting');
    if (descriptor !== undefined && request.names !== undefined && request.names !== descriptor.names) {
      throw new MigrationStop(reason(descriptor.names === 'opaque' ? 'names-opaque' : 'names-readable'));
    }
    const names = descriptor?.names ?? request.names ?? 'readable';

    let keys: JournalKeys;
    let newKeyFile: Uint8Array | undefined;
    if (credential.kind === 'passphrase') {
      const keyFile = await fs.read(KEY_PATH);
      if (keyFile !== undefined) {
        keys = await unlockKeyFile(KEY_PATH, keyFile, credential.passphrase);
      } else {
        ({ keys, file: newKeyFile } = await sealNewJournalKey(credential.passphrase, host.workFactor, host.now()));
      }
    } else {
      keys = await identityKeys({ ...credential, recipients: [...descriptor?.recipients ?? [], ...credential.recipients ?? []] });
    }
    const sealing = sealingOf(keys);
    // Under the names lock (migrationRun.ts withRunNamesLock): no window's change of the map lands between this read and the write below.
    const read = names !== 'opaque' ? undefined : await withRunNamesLock(host, fs, async () => {
      await settleNameMap(fs, sealing); // A map left only beside a missing names.age (journalUnlock.ts) is put in place first.
      return readNameMapFile(fs, sealing);
    });
    const entryNames = new EntryNames(read?.map ?? new Map());

    const startedAt = marker?.operation === 'encrypt' ? marker.startedAt : host.now().toISOString();
    let total = 0;
    const mark = (done: number): Promise<void> => writeAtomic(fs, MARKER_PATH, markerBytes({ operation: 'encrypt', undo: false, startedAt, done, total }), PROCESS_WRITER);
    await mark(0);
    if (descriptor === undefined) {
      const recipients = credential.kind === 'identity' ? credential.recipients ?? [] : [];
      const bytes = descriptorBytes({ mode: credential.kind, names, ...(recipients.length > 0 ? { recipients } : {}) });
      await writeVerified(fs, DESCRIPTOR_PATH, bytes, async (written) => equalBytes(written, bytes), PROCESS_WRITER);
    }
    if (newKeyFile !== undefined && credential.kind === 'passphrase') {
      const identity = keys.open.identities[0];
      await writeVerified(fs, KEY_PATH, newKeyFile, async (written) => {
        const again = await openJournalKey(KEY_PATH, written, credential.passphrase);
        return again.ok && again.keys.open.identities[0] === identity;
      }, PROCESS_WRITER);
    }

    const listing = await listJournal(fs);
    await settleRunPartials(host, fs, tally, listing.partials, entryNames, sealing, names === 'opaque' ? runNamesKept(host, fs, sealing, entryNames) : undefined);
    tally.notes.push(...listing.links.map((path) => because(path, reason('link-left-unencrypted'))));
    if (names === 'opaque' && listing.plain.map((path) => entryNames.assignId(path)).some(Boolean)) {
      await withRunNamesLock(host, fs, () => writeNameMap(fs, { ...read, map: entryNames.names }, sealing, PROCESS_WRITER)); // Before any file with a new id exists; its gone ids and generation kept.
    }

    total = listing.plain.length;
    let done = 0;
    for (const path of listing.plain) {
      count(tally, await encryptEntry(fs, sealing, path, entryNames.sealedPathOf(path)));
      done++;
      await mark(done);
      host.onProgress?.({ operation: 'encrypt', done, total, path });
    }
    if (tally.attention.length > 0) {
      return { complete: false };
    }
    if (names === 'opaque') {
      // Dates live in folder names too (2026/11/): folders the entries left empty go.
      for (const folder of new Set([...entryNames.names.values()].map(folderOf))) {
        if (folder !== '') {
          await fs.removeEmptyFolders(folder);
        }
      }
    }
    await fs.remove(MARKER_PATH);
    return { complete: true };
  });
}
