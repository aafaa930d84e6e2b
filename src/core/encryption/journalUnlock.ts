// Reading an encrypted journal's state and unlocking its keys, shared by the operations. Everything
// here reads and checks; nothing writes (but writeNameMap, which its callers call to write), so a
// wrong passphrase or key stops a run before it changes anything.
import { createOpener, createSealer } from '../crypto/ageFile';
import type { AgeFailure, AgeFailureKind } from '../crypto/ageFailure';
import { equalBytes } from '../crypto/bytes';
import { passphraseCandidates } from '../crypto/passphrase';
import type { Sealing } from './entrySteps';
import { keysOfIdentities, openJournalKey, type Credential, type JournalKeys } from './journalKey';
import type { JournalFs } from './journalFs';
import { readDescriptor, readMarker, type EncryptionDescriptor, type MigrationMarker } from './journalState';
import { DESCRIPTOR_PATH, MARKER_PATH, NAMES_PATH, opaquePath, PROCESS_WRITER } from './layout';
import { orphanedMarker } from './markerPartial';
import { MigrationStop } from './migrationRun';
import { ageReason, isReason, reason, type Reason } from './reasons';
import { readGenerationStamp, writeGenerationStamp } from './generationStamp';
import { isDamagedMap, nameMapBytes, readNameMapBytes, type NameMapContent, type NameMapWrite } from './nameMap';
import { mapCopies } from './mapCopies';
import { renameOwn, writeChecked } from './safeWrites';

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
  const markerFile = await fs.read(MARKER_PATH) ?? (await orphanedMarker(fs))?.bytes;
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

/** The map as the copies waiting beside a missing names.age hold it (orphanedNameMap), and which copies opened whole. */
interface OrphanedMap extends NameMapContent {
  readonly sources: readonly string[];
}

/**
 * The map when names.age is missing and copies of it wait whole beside it: a rename through
 * vscode.workspace.fs (the web, virtual and remote hosts) deletes names.age before it moves the staged
 * map (or, up to bf32f66, the shared partial) over it, so a kill in between leaves the map only
 * there; a writer's checked partial can hold it too. Every copy that opens whole is read and their
 * maps joined (each id of any of them kept), so no name any of them holds is lost. A copy that does
 * not open is a first write cut short (no map yet), or a write under way, and is not one; one sealed
 * to another key stops the run as names.age would. Undefined when names.age is there or no copy opens.
 */
async function orphanedNameMap(fs: JournalFs, sealing: Sealing): Promise<OrphanedMap | undefined> {
  if (await fs.read(NAMES_PATH) !== undefined) {
    return undefined;
  }
  const map = new Map<string, string>();
  const gone = new Set<string>();
  let generation = 0;
  let lostGeneration = 0;
  const sources: string[] = [];
  for (const copy of await mapCopies(fs, [PROCESS_WRITER])) {
    const bytes = await fs.read(copy);
    if (bytes === undefined) {
      continue;
    }
    const opened = await sealing.open(NAMES_PATH, bytes);
    if (!opened.ok) {
      if (opened.failure.kind === 'wrong-key' || opened.failure.kind === 'wrong-passphrase') {
        throw new MigrationStop(reason('names-map-unopened', ageReason(opened.failure)), 'journal', opened.failure);
      }
      continue;
    }
    const read = readNameMapBytes(opened.bytes);
    if (isReason(read)) {
      continue;
    }
    read.map.forEach((path, id) => map.set(id, path));
    read.gone.forEach((id) => gone.add(id));
    generation = Math.max(generation, read.generation);
    lostGeneration = Math.max(lostGeneration, read.lostGeneration);
    sources.push(copy);
  }
  return sources.length === 0 ? undefined : { map: await oneIdPerName(fs, map), gone, generation, lostGeneration, sources };
}

/**
 * `map` with one id for each name (an older version's map, or copies joined, can give one name two
 * ids; a window's save of that name would then be refused for good): of the ids of one name, the one
 * whose file is there; of several whose files are there, the one the disk says was written last; else
 * the last in id order (EntryNames and idIn's rule for a map that still has two). A dropped id whose
 * file is there is listed as recovered/<id>.md with its text. One read per id of a name given twice;
 * none when no name is.
 */
export async function oneIdPerName(fs: JournalFs, map: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const idsOf = new Map<string, string[]>();
  for (const [id, path] of [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    idsOf.set(path, [...idsOf.get(path) ?? [], id]);
  }
  const dropped = new Set<string>();
  for (const ids of idsOf.values()) {
    if (ids.length < 2) {
      continue;
    }
    const written = new Map<string, number>();
    for (const id of ids) {
      if (await fs.read(opaquePath(id)) !== undefined) {
        written.set(id, (await fs.stat?.(opaquePath(id)))?.mtime ?? 0);
      }
    }
    const candidates = written.size > 0 ? ids.filter((id) => written.has(id)) : ids;
    const kept = candidates.reduce((best, id) => ((written.get(id) ?? 0) >= (written.get(best) ?? 0) ? id : best));
    ids.filter((id) => id !== kept).forEach((id) => dropped.add(id));
  }
  return dropped.size === 0 ? new Map(map) : new Map([...map].filter(([id]) => !dropped.has(id)));
}

/**
 * The opaque names map (empty when there is none yet); one that does not open stops the run. Reads
 * the whole copies waiting beside names.age when it is missing (orphanedNameMap), and writes nothing:
 * the migrations put them in place before they read (settleNameMap), and a window's next write of the
 * map (under the names lock) writes the map read from them.
 */
export async function readNameMap(fs: JournalFs, sealing: Sealing): Promise<Map<string, string>> {
  return (await readNameMapFile(fs, sealing)).map;
}

/**
 * A name map as read (nameMap.ts NameMapContent: its gone ids and generations too; none and 0 when
 * there is no map), with the sealed bytes it was read from (undefined: no map yet): a window's stamp
 * of it (decryptingJournalFs.ts).
 */
export interface NameMapRead extends NameMapContent {
  readonly file: Uint8Array | undefined;
}

/** No map: names.age missing with no copy beside it (a journal with no opaque entry yet, or a sync removed it). */
const NO_MAP: NameMapContent = { map: new Map(), gone: new Set(), generation: 0, lostGeneration: 0 };

/**
 * readNameMap, also giving the sealed bytes the map was read from: names.age's, or undefined when it
 * is missing (no map yet, or the map only in copies waiting beside it, orphanedNameMap, whose merged
 * map is given) — what a window's listing compares names.age with, to read it again only when it changed.
 */
export async function readNameMapFile(fs: JournalFs, sealing: Sealing): Promise<NameMapRead> {
  const file = await fs.read(NAMES_PATH);
  if (file === undefined) {
    const orphaned = await orphanedNameMap(fs, sealing);
    return orphaned === undefined ? { ...NO_MAP, map: new Map(), file } : { map: orphaned.map, gone: orphaned.gone, generation: orphaned.generation, lostGeneration: orphaned.lostGeneration, file };
  }
  return openNameMapFile(fs, sealing, file);
}

/** The map in `file`, names.age's bytes as read, as readNameMapFile gives it (the same stops: NamesDamaged, MigrationStop). */
export async function openNameMapFile(fs: JournalFs, sealing: Sealing, file: Uint8Array): Promise<NameMapRead> {
  const opened = await sealing.open(NAMES_PATH, file);
  if (!opened.ok) {
    const why = reason('names-map-unopened', ageReason(opened.failure));
    throw DAMAGE.has(opened.failure.kind) ? new NamesDamaged(why, opened.failure) : new MigrationStop(why, 'journal', opened.failure);
  }
  const read = readNameMapBytes(opened.bytes);
  if (isReason(read)) {
    // Only bytes that are no map of this format are damage (written over by a window's next change);
    // a newer version's map, or one naming what this version cannot place, stops as before, untouched.
    throw isDamagedMap(read) ? new NamesDamaged(reason('file-state', NAMES_PATH, read)) : new MigrationStop(reason('file-state', NAMES_PATH, read));
  }
  return { ...read, map: await oneIdPerName(fs, read.map), file };
}

/** The failures of names.age that are damage to it (cut short, a byte changed, not a map), not another key. */
const DAMAGE: ReadonlySet<AgeFailureKind> = new Set(['not-age', 'truncated', 'damaged']);

/**
 * names.age is there but damaged — cut short (a sync delivering half of it, a disk error), a byte
 * changed, or not a map of this format (not JSON, another format) — rather than sealed to another key
 * or a map a newer version wrote (a MigrationStop, never written over): the unlock goes on with no names and
 * says so (unlockJournal.ts), and a window's next change writes the names it knows over it, the
 * damaged file kept beside (decryptingJournalFs.ts underLock, damagedNamesPath). A run stops on it
 * as on any map that does not open, with the same words.
 */
export class NamesDamaged extends MigrationStop {
  constructor(why: Reason, failure?: AgeFailure) {
    super(why, 'journal', failure);
    this.name = 'NamesDamaged';
  }
}

/** Where a window keeps a damaged names.age before it writes the names over it: beside it, never removed by the product. */
export function damagedNamesPath(at: Date): string {
  return `${NAMES_PATH}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
}

/**
 * For a run holding the journal's lock, before it reads the map: a map found only in copies beside a
 * missing names.age (orphanedNameMap) is put in place — the one copy renamed, several merged and
 * written — and then every copy of the map left beside names.age (every writer's partial, the
 * staged map: under the lock, any writer's may be taken, layout.ts) is removed: none holds a name
 * names.age lacks (a window writes its map before any file uses its ids), and one that does not open
 * is a write cut short. So every run ends with names.age whole or no map at all, and nothing of it
 * left beside.
 */
export async function settleNameMap(fs: JournalFs, sealing: Sealing): Promise<void> {
  const orphaned = await orphanedNameMap(fs, sealing);
  const [only] = orphaned?.sources ?? [];
  if (orphaned !== undefined && only !== undefined && orphaned.sources.length === 1) {
    await fs.rename(only, NAMES_PATH);
  } else if (orphaned !== undefined) {
    await writeNameMap(fs, orphaned, sealing, PROCESS_WRITER);
  }
  for (const copy of await mapCopies(fs, [PROCESS_WRITER])) {
    await fs.remove(copy);
  }
}

/**
 * Writes the map: into the writer's own partial, read back and checked (safeWrites.ts writeChecked),
 * then renamed straight over names.age. Its callers hold the journal's lock (the migrations) or the
 * names lock (a window, namesLock.ts; the migrations take it too around their reads and writes of
 * the map), so no other writer changes names.age meanwhile. `content` is what the writer read (or
 * holds), with its gone ids and generations (nameMap.ts; absent: none, 0): the map written keeps
 * them, and its generation is one more than the higher of `content`'s and the plain stamp's
 * (generationStamp.ts), which is written to it just before the rename. `beforeRename`, a window's last
 * checks (its key still the journal's, names.age still what it read: decryptingJournalFs.ts putNames),
 * runs just before that; when it rejects, the partial is removed and nothing of the map landed.
 * Resolves to the generation written.
 */
export async function writeNameMap(fs: JournalFs, content: NameMapWrite, sealing: Sealing, writer: string, beforeRename?: () => Promise<void>): Promise<number> {
  const generation = Math.max(content.generation ?? 0, await readGenerationStamp(fs) ?? 0) + 1;
  const plain = nameMapBytes(content, generation);
  const partial = await writeChecked(fs, NAMES_PATH, await sealing.seal(plain), async (written) => {
    const opened = await sealing.open(NAMES_PATH, written);
    return opened.ok && equalBytes(opened.bytes, plain);
  }, writer);
  if (beforeRename !== undefined) {
    await beforeRename().catch(async (error: unknown) => {
      await fs.remove(partial).catch(() => undefined);
      throw error;
    });
  }
  await writeGenerationStamp(fs, generation);
  await renameOwn(fs, partial, NAMES_PATH);
  return generation;
}
