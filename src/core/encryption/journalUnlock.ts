// Reading an encrypted journal's state and unlocking its keys, shared by the operations. Everything
// here reads and checks; nothing writes (but writeNameMap, which its callers call to write), so a
// wrong passphrase or key stops a run before it changes anything.
import { createOpener, createSealer } from '../crypto/ageFile';
import type { AgeFailure } from '../crypto/ageFailure';
import { equalBytes } from '../crypto/bytes';
import { passphraseCandidates } from '../crypto/passphrase';
import type { Sealing } from './entrySteps';
import { keysOfIdentities, openJournalKey, type Credential, type JournalKeys } from './journalKey';
import type { JournalFs } from './journalFs';
import { readDescriptor, readMarker, type EncryptionDescriptor, type MigrationMarker } from './journalState';
import { DESCRIPTOR_PATH, MARKER_PATH, NAMES_PATH, partialPath } from './layout';
import { orphanedMarker } from './markerPartial';
import { MigrationStop } from './migrationRun';
import { ageReason, isReason, reason, type Reason } from './reasons';
import { nameMapBytes, readNameMapBytes, type NameMap } from './nameMap';
import { writeVerified } from './safeWrites';

export interface JournalStateRead {
  readonly descriptor: EncryptionDescriptor | undefined;
  readonly marker: MigrationMarker | undefined;
}

/**
 * The descriptor and the migration marker. A marker found only in its partial, whole (it parses and
 * validates), is the marker: a rename that deletes its target first (vscode.workspace.fs in the web,
 * virtual and remote hosts) killed between the delete and the rename leaves it only there, and a
 * passphrase change cut off so must still read as under way (runLocked puts it in place). A partial
 * that does not parse is a write cut short, and is no marker.
 */
export async function readJournalState(fs: JournalFs): Promise<JournalStateRead> {
  const descriptorFile = await fs.read(DESCRIPTOR_PATH);
  const markerFile = await fs.read(MARKER_PATH) ?? await orphanedMarker(fs);
  const descriptor = descriptorFile === undefined ? undefined : readDescriptor(descriptorFile);
  const marker = markerFile === undefined ? undefined : readMarker(markerFile);
  if (descriptor !== undefined && isReason(descriptor)) {
    throw new MigrationStop(reason('file-state', DESCRIPTOR_PATH, descriptor));
  }
  if (marker !== undefined && isReason(marker)) {
    throw new MigrationStop(reason('file-state', MARKER_PATH, marker));
  }
  return { descriptor, marker };
}

/**
 * The journal's state for encrypting or decrypting it with `credential`. Stops while a passphrase
 * change is interrupted (entries may be under either key until it is finished or undone), and when
 * the credential is of the other kind than the journal's.
 */
export async function readStateToMigrate(fs: JournalFs, credential: Credential, doing: 'encrypting' | 'decrypting'): Promise<JournalStateRead> {
  const state = await readJournalState(fs);
  if (state.marker?.operation === 'change-passphrase') {
    throw new MigrationStop(reason(doing === 'encrypting' ? 'change-interrupted-encrypting' : 'change-interrupted-decrypting'));
  }
  checkMode(state.descriptor, credential);
  return state;
}

/** Refuses a credential of the other kind than the journal's, saying which it needs. */
export function checkMode(descriptor: EncryptionDescriptor | undefined, credential: Credential): void {
  if (descriptor !== undefined && descriptor.mode !== credential.kind) {
    throw new MigrationStop(reason(descriptor.mode === 'passphrase' ? 'needs-passphrase' : 'needs-identity'), 'key');
  }
}

export function keyFailure(failure: AgeFailure | Reason): MigrationStop {
  if (isReason(failure)) {
    return new MigrationStop(reason('nothing-changed', failure));
  }
  const message = failure.kind === 'wrong-passphrase' ? reason('passphrase-opens-not', failure.file) : reason('nothing-changed', ageReason(failure));
  return new MigrationStop(message, failure.kind === 'wrong-passphrase' || failure.kind === 'wrong-key' ? 'key' : 'journal', failure);
}

/** The keys in the journal key file `name`, or a stop that says the passphrase is wrong. */
export async function unlockKeyFile(name: string, file: Uint8Array, passphrase: string): Promise<JournalKeys> {
  const opened = await openJournalKey(name, file, passphrase);
  if (!opened.ok) {
    throw keyFailure(opened.failure);
  }
  return opened.keys;
}

/** A passphrase journal with no key file yet: only files `age -p` wrote can open. */
export function passphraseOnlyKeys(passphrase: string): JournalKeys {
  return { recipients: [], open: { passphrases: passphraseCandidates(passphrase), identities: [] } };
}

/** Keys for an identity credential: its identities' own recipients and any extra ones. */
export async function identityKeys(credential: Extract<Credential, { kind: 'identity' }>): Promise<JournalKeys> {
  if (credential.identities.length === 0) {
    throw new MigrationStop(reason('no-identity'), 'key');
  }
  return keysOfIdentities(credential.identities, credential.recipients);
}

export function sealingOf(keys: JournalKeys): Sealing {
  const opener = createOpener(keys.open);
  const sealer = keys.recipients.length > 0 ? createSealer({ recipients: keys.recipients }) : undefined;
  return {
    seal: (plain) => {
      if (sealer === undefined) {
        throw new MigrationStop(reason('no-key-to-encrypt-to'));
      }
      return sealer.seal(plain);
    },
    open: (file, bytes) => opener.open(file, bytes),
  };
}

/**
 * The map's partial when it is the map's only copy: names.age is missing and its `.lj-partial` opens
 * whole with `sealing`. A rename through vscode.workspace.fs (the web, virtual and remote hosts)
 * deletes names.age before it renames the partial, checked whole, over it; a kill in between leaves
 * the map only there. A partial that does not open is a first write cut short (no map yet), and is
 * not one; one sealed to another key stops the run as names.age would.
 */
async function orphanedNameMap(fs: JournalFs, sealing: Sealing): Promise<Uint8Array | undefined> {
  const partial = await fs.read(partialPath(NAMES_PATH));
  if (partial === undefined || await fs.read(NAMES_PATH) !== undefined) {
    return undefined;
  }
  const opened = await sealing.open(NAMES_PATH, partial);
  if (opened.ok) {
    return partial;
  }
  if (opened.failure.kind === 'wrong-key' || opened.failure.kind === 'wrong-passphrase') {
    throw new MigrationStop(reason('names-map-unopened', ageReason(opened.failure)), 'journal', opened.failure);
  }
  return undefined;
}

/**
 * The opaque names map (empty when there is none yet); one that does not open stops the run. Reads
 * the map's whole partial when names.age is missing (orphanedNameMap), and writes nothing: the
 * migrations put it in place before they read (settleNameMap), and a window's next writeNameMap does.
 */
export async function readNameMap(fs: JournalFs, sealing: Sealing): Promise<Map<string, string>> {
  return (await readNameMapFile(fs, sealing)).map;
}

/** A name map as read, with the sealed bytes it was read from (undefined: no map yet), for writeNameMap's `readFrom`. */
export interface NameMapRead {
  readonly map: Map<string, string>;
  readonly file: Uint8Array | undefined;
}

/** readNameMap, also giving the sealed bytes the map was read from. */
export async function readNameMapFile(fs: JournalFs, sealing: Sealing): Promise<NameMapRead> {
  const file = await fs.read(NAMES_PATH) ?? await orphanedNameMap(fs, sealing);
  if (file === undefined) {
    return { map: new Map(), file };
  }
  const opened = await sealing.open(NAMES_PATH, file);
  if (!opened.ok) {
    throw new MigrationStop(reason('names-map-unopened', ageReason(opened.failure)), 'journal', opened.failure);
  }
  const map = readNameMapBytes(opened.bytes);
  if (isReason(map)) {
    throw new MigrationStop(reason('file-state', NAMES_PATH, map));
  }
  return { map, file };
}

/**
 * Puts a map found only in its partial (orphanedNameMap) in place, and removes a partial with no
 * names.age that does not open (a first write cut short: no map was ever whole); the migrations call
 * it, under their lock, before they read the map, so every run ends with names.age whole or no map
 * at all, and nothing of it left beside.
 */
export async function settleNameMap(fs: JournalFs, sealing: Sealing): Promise<void> {
  if (await orphanedNameMap(fs, sealing) !== undefined) {
    await fs.rename(partialPath(NAMES_PATH), NAMES_PATH);
  } else if (await fs.read(NAMES_PATH) === undefined) {
    await fs.remove(partialPath(NAMES_PATH));
  }
}

/**
 * Writes the map (written beside, read back, checked, renamed). A map found only in its partial is
 * put in place first (settleNameMap): this write's partial would otherwise overwrite the only copy,
 * and a kill in the middle of that write would lose it. The caller's `map` was read from it.
 *
 * With `readFrom` (the `file` of the NameMapRead the caller merged `map` from), names.age is read
 * again just before the rename: when it no longer holds those bytes, another window's write of it
 * landed since, and this one would replace it — so the partial is removed, nothing is renamed, and
 * false is returned for the caller to read and merge again. What is left is one read long: a write
 * landing between that read and the rename. Without `readFrom` (the migrations, under their lock) it
 * always lands, and true is returned.
 */
export async function writeNameMap(fs: JournalFs, map: NameMap, sealing: Sealing, readFrom?: Pick<NameMapRead, 'file'>): Promise<boolean> {
  await settleNameMap(fs, sealing);
  const plain = nameMapBytes(map);
  const unchanged = readFrom === undefined ? undefined : async (): Promise<boolean> => sameFile(await fs.read(NAMES_PATH), readFrom.file);
  return writeVerified(fs, NAMES_PATH, await sealing.seal(plain), async (written) => {
    // A partial that opens to another map is another window's write of it at the same moment: this
    // write stops (PartialTaken), leaving that one to land, rather than removing it as bytes the disk garbled.
    const opened = await sealing.open(NAMES_PATH, written);
    return opened.ok && (equalBytes(opened.bytes, plain) || 'another-writer');
  }, unchanged);
}

function sameFile(now: Uint8Array | undefined, then: Uint8Array | undefined): boolean {
  return now === undefined || then === undefined ? now === then : equalBytes(now, then);
}
