// An unlocked encrypted journal seen as a plain one: the same JournalFs interface, over the one that
// holds the files, in which `NAME.md.age` (or an opaque file, by the name map) is the entry `NAME.md`
// with its decrypted bytes. Whatever reads a journal through JournalFs — the CLI's report and
// classify, later the extension's file system provider — works on an encrypted journal unchanged.
//
// Contracts:
// - Reads decrypt in memory; a sealed file that does not open rejects with an EntryUnreadable naming
//   it and why (another key, damaged, cut short), and the rest of the journal stays readable.
// - Writes of an entry in an encrypted journal never put its text on disk: the bytes are sealed,
//   written beside the sealed file (`.lj-partial`), read back and proven to open to the same bytes,
//   and only then renamed over it; a crash leaves the old file or the new one, whole.
// - A write, new entry or rename that would seal (an entry, or the map of opaque names) first checks
//   that the journal's key and state are still those it was unlocked with (keyStamp.ts), and again
//   just before its rename: after another window or the command line changed the passphrase or
//   decrypted, something sealed to these keys would never open again, so it rejects with
//   JournalKeyChanged and writes nothing. Two saves of one entry at the same moment (two windows):
//   each writes its own partial (this view's writer id, layout.ts), so neither renames the other's
//   write under way: the entry holds one save or the other, whole, never one cut short (safeWrites.ts).
//   A save first reads the entry's file (`began`, its first read of anything), and just before its
//   rename checks that the file still holds that (safeWrites.ts fileUnchanged, as a passphrase
//   change's reseal does) and, in an opaque journal, that names.age still gives the entry's file the
//   name this save writes and gives that name to no other file (nameUnchanged: there a rename changes
//   only names.age, not the file; another entry renamed over this one has names.age written first and
//   this one's file removed after): when another window changed, deleted or renamed the entry — in an
//   opaque journal, renamed it or another onto it at any time since this view last read names.age —
//   this save is refused with PartialTaken, its partial removed, so the user's editor stays unsaved
//   and nothing is lost under the other window's change. An opaque view then reads names.age again
//   (its base moving with that read, mergedNames), so saving again writes the entry under the name
//   the editor has: over the entry now under it, or anew — refused once, never for good, and never
//   undoing that window's later renames. An opaque journal's new entry (no id in this view) that
//   another window saved first, under an id this view did not know, is refused likewise (its file is
//   there where this save began from nothing), where a readable journal's save writes over it unsaid.
//   Two moments are left unseen, each as long as the steps between two reads: from VS Code's own
//   "file is newer" check (its stat, before it calls write) to `began`, and from this save's check to
//   its rename. Another window's save landing in either is lost under this one, unsaid; two saves
//   whose checks both come before either rename both land, the later rename's staying; and in an
//   opaque journal, another window's rename of another entry over this one whose names.age lands in
//   the second moment removes this save with the old file after it was told saved (its text is then
//   in no entry).
// - A save never destroys an earlier save's partial that holds text found nowhere else. It writes only
//   this view's own partial, so another writer's is never written over (a dead window's save cut off
//   beside the entry's file is left to the migrations' rules, entrySteps.ts settlePartials, and one
//   with no file beside it to the unlock's, orphanedPartials.ts). The partials a save meets by name —
//   this view's own, left by a save of it that failed before its rename, and an old-style one
//   (`NAME.md.age.lj-partial`), which no writer of this version writes: an earlier version's, taken
//   only once it is a minute old (layout.ts), as a younger one may be that version's save under way —
//   are examined first, as every partial beside its entry is (partialFate.ts): one that opens to other
//   text than the entry's file and this save — or this view's own, whole but sealed to another key —
//   is first copied as it is (sealed, never decrypted to disk) to a new entry beside it,
//   `NAME (interrupted save).md` (` 2`, ` 3`, … when that is taken; in the user's words when the host
//   gives them: `keptWords`), and `onKept` is told; one age finds cut short holds nothing only it has;
//   an old-style one sealed to another key is left where it is, for the unlock to name. Kept as an entry, not refused: the user
//   sees it beside the entry, opens and compares it in the editor, and the save they asked for lands;
//   a refusal would leave them a file they cannot open in VS Code and a save that keeps failing.
//   Only when KEPT_MAX copies of the entry are kept already (keptSaves.ts, the migrations' rule too)
//   is the save refused, with KeptSavesFull, before anything is written. The old-style one is then
//   removed, but for one left as above (this save does not write over it, as an earlier version's did).
// - Deleting an entry, or renaming it in a journal of readable names, first settles the saves of it
//   cut off beside its file that this window may take (settleDeadSaves): else, once the file is gone,
//   a later unlock would put one back in its place — a deleted entry back, a renamed one twice. So
//   does a rename over an entry in an opaque journal, for the entry it replaces (whose file goes),
//   else that entry's dead save would come back as `recovered/ID.md`.
// - A plain `NAME.md` beside its sealed form (a mixed journal, an interrupted migration) is listed
//   once; the sealed form is what is read and written, and the plain file is left as it is for the
//   migration to settle (it lists the pair when they differ) — never deleted unasked, but for one
//   case: a save removes it, once its sealed form is proven and in place, when it holds exactly the
//   bytes just saved (the same text is sealed now, so nothing is lost). That settles a first save of a
//   plain-only entry (below) killed between its sealed rename and the plain file's removal, when the
//   entry is saved again; a twin holding any other text is left as it was, unsaid.
// - A plain-only `NAME.md` (no sealed form: a sync or another tool wrote it into the encrypted
//   journal) is read as it is, and its bytes are remembered (in memory, as the disk has them anyway).
//   Its first save here writes the sealed `NAME.md.age` as any save does — written beside, read back,
//   proven to open to the saved bytes, renamed — and only then removes the plain `NAME.md`, and only
//   if it still holds exactly the bytes every read of it here gave: the save was made from that text,
//   so nothing is lost. A plain file that changed since it was read (or that gave two texts to two
//   reads), or that cannot be removed, is kept as it is, and `onPlainKept` is told why: it then sits
//   beside the sealed form as above, for the user (and Encrypt Journal…) to settle. A plain-only
//   entry saved here without a read here (a tool, a window that had it open before) has nothing
//   remembered: its plain file is removed only if it holds exactly the bytes just sealed, else kept
//   and `onPlainKept` told, as above. Between the
//   comparison and the removal another writer could still change it: that window is one read long.
// - Files that are not entries (people.yml, templates in `.templates/`) pass through as they are:
//   the migration leaves them plain too. A write of one goes beside and is renamed over it
//   (safeWrites.ts `writeAtomic`), never truncating it first: a full disk leaves it as it was, and
//   no partial. Partials and the product's folder are never listed.
// - An opaque file whose id names.age does not hold, even when read again, is listed as
//   `recovered/<id>.md` with its text: its name is lost (a sync put back an older map; two windows'
//   writes of the map do not lose one, see saveNames). `onNamesLost`
//   is told each such entry, once per view, so the user hears of it; a map that does not open at that
//   read (another window changed the key) tells nothing, as the names may not be lost.
// - A journal that is not encrypted (no descriptor) passes everything through.
import type { AgeFailure } from '../crypto/ageFailure';
import { plaintextSizeOf } from '../crypto/ageHeader';
import { equalBytes } from '../crypto/bytes';
import type { Sealing } from './entrySteps';
import { EntryNames, RECOVERED_FOLDER } from './entryNames';
import type { JournalFs, ListedFile } from './journalFs';
import { readNameMapFile, sealingOf, writeNameMap, type NameMapRead } from './journalUnlock';
import { JournalKeyChanged, readKeyStamp, sameKeyStamp } from './keyStamp';
import { MigrationStop } from './migrationRun';
import { keepInFreeSlot, KeptSavesFull } from './keptSaves';
import { folderOf } from './journalListing';
import { isEncryptedEntryPath, isPartialOf, isPartialPath, isPlainEntryPath, isSafeEntryPath, legacyPartialPath, NAMES_PATH, newWriterId, opaquePath, partialPath, writerOf } from './layout';
import { mergeNameMaps, type NameMap } from './nameMap';
import { partialFate } from './partialFate';
import { partialsOf } from './partialsOf';
import { diskTimes, oldEnough, type WriteTimes } from './partialTimes';
import { fileUnchanged, PartialTaken, writeAtomic, writeVerified, type WrittenCheck } from './safeWrites';
import { reason } from './reasons';
import type { UnlockedJournal } from './unlockJournal';

/** A sealed entry that does not open; `failure` says why, naming the file. */
export class EntryUnreadable extends Error {
  constructor(readonly path: string, readonly failure: AgeFailure) {
    super(failure.message);
    this.name = 'EntryUnreadable';
  }
}

/** A path with a part that starts with a dot (`.templates/daily.md`): kept plain, never sealed. */
function inDotFolder(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'));
}

/** How often a name-map write reads and merges again when another window's write landed since its read (saveNames). */
const MAP_WRITE_TRIES = 5;

/** The ids `mine` gives a path `base` does not give them: this view's new entries and renames since names.age last held its map. */
function changesSince(base: NameMap, mine: NameMap): Map<string, string> {
  return new Map([...mine].filter(([id, path]) => base.get(id) !== path));
}

/** Whether `map` names every id of `changes` as they do. */
function holdsAll(map: NameMap, changes: NameMap): boolean {
  return [...changes].every(([id, path]) => map.get(id) === path);
}

const RECOVERED = new RegExp(`^${RECOVERED_FOLDER}/([a-z2-7]{26})\\.md$`);

/** Told when a save kept an earlier, unfinished save of `entry` as the new entry `kept` (both plain paths). */
export type KeptListener = (entry: string, kept: string) => void;

/**
 * Why a save that sealed a plain-only entry kept its plain file (header): `changed` — read here, and
 * it changed since (or two reads gave two texts); `differs` — never read here, and it holds other
 * text than the save; `stuck` — it could not be read again or removed.
 */
export type PlainKeptWhy = 'changed' | 'differs' | 'stuck';

/** Told when a save sealed the plain-only `entry` but kept its plain file, and why (header). */
export type PlainKeptListener = (entry: string, why: PlainKeptWhy) => void;

/** Told, once per view, of entries a listing shows as `recovered/<id>.md`: their names are not in names.age (header). */
export type NamesLostListener = (entries: readonly string[]) => void;

/** A plain file a save found that this view has not read: with no sealed form (`only`), or beside it (`twin`); see unreadPlain. */
type UnreadPlain = 'only' | 'twin';

/** What the reads of a plain-only entry gave: its bytes, or 'changed' when two reads gave two texts. */
type PlainSeen = Uint8Array | 'changed';

export class DecryptingJournalFs implements JournalFs {
  private names: EntryNames;

  private readonly sealing: Sealing;

  /** Name-map writes, one after another (two new entries at once must not lose an id). */
  private mapWrites: Promise<void> = Promise.resolve();

  /** The name map as names.age last held it for this view (read at unlock, or written since): what a merge starts from. */
  private base: NameMap;

  /** Plain-only entries of an encrypted journal as read here, by path: what their first save compares before it removes the plain file. */
  private readonly plainSeen = new Map<string, PlainSeen>();

  /** The `recovered/<id>.md` entries `onNamesLost` was told of: each is told once. */
  private readonly toldLost = new Set<string>();

  /**
   * `keptWords`: the words of the name an earlier, cut-off save is kept under, in the user's language
   * (keptSaves.ts); English when absent. `onPlainKept`: told when a plain-only entry's plain file is
   * kept after its first sealed save (header). `onNamesLost`: told of entries listed as
   * `recovered/<id>.md` (header). `writer`: this view's writer id (layout.ts), the name of its
   * partials; a new one for each view unless given (tests give two views their own). `times`: the
   * clock and the files' times the one-minute rule reads (partialTimes.ts); the disk's `stat` unless given.
   */
  constructor(private readonly inner: JournalFs, private readonly journal: UnlockedJournal, private readonly onKept?: KeptListener, private readonly keptWords?: string, private readonly onPlainKept?: PlainKeptListener, private readonly onNamesLost?: NamesLostListener, readonly writer: string = newWriterId(), private readonly times: WriteTimes = diskTimes(inner)) {
    this.names = journal.names;
    this.base = new Map(journal.names.names);
    this.sealing = sealingOf(journal.keys);
  }

  private get encrypted(): boolean {
    return this.journal.descriptor !== undefined;
  }

  private get opaque(): boolean {
    return this.journal.descriptor?.names === 'opaque';
  }

  /** Where the sealed form of the entry `path` is (or would be), for a host that stats the file itself. */
  sealedPathOf(path: string): string {
    const recovered = RECOVERED.exec(path);
    return recovered?.[1] !== undefined && this.names.idOf(path) === undefined ? opaquePath(recovered[1]) : this.names.sealedPathOf(path);
  }

  async list(): Promise<readonly ListedFile[]> {
    const seen = new Set<string>();
    const files: ListedFile[] = [];
    const lost: string[] = [];
    const listed = await this.inner.list();
    let mapRead = true;
    if (this.opaque && listed.some((file) => isEncryptedEntryPath(file.path) && !file.link && this.names.plainPathOf(file.path).recovered)) {
      // An entry another window made since the unlock: its name is in names.age now. A map that does
      // not open (another window changed the passphrase) leaves the names as they were.
      mapRead = await this.refreshNames().then(() => true, () => false);
    }
    for (const file of listed) {
      if (isPartialPath(file.path)) {
        continue;
      }
      const plain = isEncryptedEntryPath(file.path) && !file.link ? this.names.plainPathOf(file.path) : { path: file.path, recovered: false };
      if (plain.recovered) {
        lost.push(plain.path);
      }
      if (!seen.has(plain.path)) {
        seen.add(plain.path);
        files.push({ path: plain.path, link: file.link });
      }
    }
    if (mapRead) {
      this.tellLost(lost);
    }
    return files;
  }

  /** Tells `onNamesLost` of the entries in `lost` it has not been told of yet (header). */
  private tellLost(lost: readonly string[]): void {
    const fresh = lost.filter((path) => !this.toldLost.has(path));
    fresh.forEach((path) => this.toldLost.add(path));
    if (fresh.length > 0) {
      this.onNamesLost?.(fresh);
    }
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    if (!isPlainEntryPath(path)) {
      return this.inner.read(path);
    }
    const sealedPath = this.sealedPathOf(path);
    const sealed = await this.inner.read(sealedPath);
    if (sealed === undefined) {
      const plain = await this.inner.read(path);
      if (plain !== undefined && this.encrypted && !inDotFolder(path)) {
        this.notePlainRead(path, plain); // An entry a save will seal (entryToSeal), not a template.
      }
      return plain;
    }
    const opened = await this.sealing.open(sealedPath, sealed);
    if (!opened.ok) {
      throw new EntryUnreadable(path, opened.failure);
    }
    return opened.bytes;
  }

  /** Remembers what a read of the plain-only entry `path` gave; a second, different text marks it changed. */
  private notePlainRead(path: string, bytes: Uint8Array): void {
    const seen = this.plainSeen.get(path);
    this.plainSeen.set(path, seen === undefined || (seen !== 'changed' && equalBytes(seen, bytes)) ? bytes : 'changed');
  }

  /**
   * A plain file at `path` this view has not read, before a save of it: `only` — a plain-only entry
   * (no sealed form: a save made without a read here — a tool, or a window that opened it before the
   * unlock); `twin` — a plain file beside the sealed form (a mixed journal, an interrupted migration,
   * a first save cut off before the plain file's removal); undefined — none, or read here. One read of
   * a file that is not there in the usual case; the sealed file is read only when it is.
   */
  private async unreadPlain(path: string, sealedPath: string): Promise<UnreadPlain | undefined> {
    if (this.plainSeen.has(path) || await this.inner.read(path) === undefined) {
      return undefined;
    }
    return await this.inner.read(sealedPath) === undefined ? 'only' : 'twin';
  }

  /**
   * After the first sealed save of a plain-only entry: removes its plain file if it holds exactly what
   * was read, else keeps it and tells `onPlainKept` (header). One never read here (`unread`) is
   * removed only if it holds exactly the `saved` bytes, just sealed: nothing is lost; else kept and
   * told. A failed read or removal keeps it too: the save itself has landed, and the user is told
   * rather than shown a failed save. `onPlainKept` hears which of these it was (PlainKeptWhy), so
   * the user is told the case that happened. A plain `twin` of the sealed form is removed only if it
   * holds exactly the `saved` bytes, and otherwise left as it is, unsaid, for the migration (header).
   */
  private async settlePlain(path: string, saved: Uint8Array, unread: UnreadPlain | undefined): Promise<void> {
    if (unread === 'twin') {
      const now = await this.inner.read(path).catch(() => undefined);
      if (now !== undefined && equalBytes(now, saved)) {
        await this.inner.remove(path).catch(() => undefined); // Left for the migration, as any pair, if it cannot go.
      }
      return;
    }
    const read = this.plainSeen.get(path);
    const seen = read ?? (unread === 'only' ? saved : undefined);
    if (seen === undefined) {
      return;
    }
    this.plainSeen.delete(path);
    const now = await this.inner.read(path).catch(() => 'unread' as const);
    if (now === undefined) {
      return; // Gone already (another window's save, or the user).
    }
    if (now === 'unread') {
      this.onPlainKept?.(path, 'stuck');
    } else if (seen !== 'changed' && equalBytes(now, seen)) {
      await this.inner.remove(path).then(undefined, () => this.onPlainKept?.(path, 'stuck'));
    } else {
      this.onPlainKept?.(path, read === undefined ? 'differs' : 'changed');
    }
  }

  /**
   * The length of what `read(path)` gives, undefined when nothing is there. A sealed entry's is told
   * from its file's length (ageHeader.ts), without opening it: a host that stats every file before
   * reading it (VS Code's file service, the index) would otherwise open each file twice. Only where
   * the length cannot tell (an armored or damaged file) is the file opened — and a file that does not
   * open rejects, as `read` does.
   */
  async size(path: string): Promise<number | undefined> {
    if (!isPlainEntryPath(path)) {
      return (await this.inner.read(path))?.byteLength;
    }
    const sealedPath = this.sealedPathOf(path);
    const sealed = await this.inner.read(sealedPath);
    if (sealed === undefined) {
      return (await this.inner.read(path))?.byteLength;
    }
    return plaintextSizeOf(sealed) ?? (await this.read(path))?.byteLength;
  }

  /**
   * The sealed bytes of `plain`, and a check of bytes read back from the disk: they open to `plain`,
   * or are another writer's whole entry (they open, to other text), or are not what was written.
   */
  private async sealed(path: string, plain: Uint8Array): Promise<{ readonly bytes: Uint8Array; readonly check: WrittenCheck }> {
    const bytes = await this.sealing.seal(plain);
    return {
      bytes,
      check: async (written) => {
        const opened = await this.sealing.open(path, written);
        return opened.ok && equalBytes(opened.bytes, plain);
      },
    };
  }

  /**
   * Whether names.age still gives the opaque file `id` the name `path` its save writes (header: two
   * saves of one entry): in an opaque journal a rename in another window changes only the map, never
   * the entry's file (named by its id), so the save's file check cannot see it. False when names.age
   * gives `id` another name, or gives `path` to another id without holding `id` (another window
   * renamed another entry over this one: it writes names.age first and removes this entry's file
   * after, so a save landing between would be removed with it). An id names.age does not hold while
   * no other id has its name (a sync put back an older map) is the file check's to judge, and so is
   * every save when names.age does not open (cut short by a sync after the unlock): the save writes
   * the entry's own file, named by its id, as it did before this check. No id (a journal of readable
   * names, whose rename moves the file): true. One read and opening of names.age.
   */
  private async nameUnchanged(id: string | undefined, path: string): Promise<boolean> {
    if (id === undefined) {
      return true;
    }
    const now = await readNameMapFile(this.inner, this.sealing).then(({ map }) => map, (error: unknown) => {
      if (error instanceof MigrationStop) {
        return undefined; // names.age does not open (cut short by a sync): the file check judges, as before this check.
      }
      throw error;
    });
    if (now === undefined) {
      return true;
    }
    const name = now.get(id);
    return name === undefined ? ![...now.values()].includes(path) : name === path;
  }

  /** Whether the journal's key and state are still the unlock's (keyStamp.ts). */
  private async keyUnchanged(): Promise<boolean> {
    return !this.encrypted || sameKeyStamp(await readKeyStamp(this.inner), this.journal.stamp);
  }

  /** Rejects with JournalKeyChanged, before anything is written for `path`, when the key changed. */
  private async assertKeyUnchanged(path: string): Promise<void> {
    if (!(await this.keyUnchanged())) {
      throw new JournalKeyChanged(path);
    }
  }

  /**
   * Gives a new entry of an opaque journal its id, and writes the map before any file uses it. A map
   * write that fails (another window's write of it at the same moment, a full disk) takes the id
   * back: the save fails, and the next one gives an id and writes the map again — else it would
   * write the entry's file under an id names.age never held, read as `recovered/<id>.md`.
   */
  private async ensureId(path: string): Promise<void> {
    if (!this.opaque || this.names.idOf(path) !== undefined) {
      return;
    }
    this.names.assignId(path);
    const id = this.names.idOf(path);
    try {
      await this.saveNames();
    } catch (error) {
      this.names = new EntryNames(new Map([...this.names.names].filter(([key]) => key !== id)));
      throw error;
    }
  }

  /**
   * Writes the name map, one write at a time. Another window on the same journal writes names.age
   * too, with the ids it gave: so each write reads names.age again first and merges (nameMap.ts
   * `mergeNameMaps`: ids added by either window survive), then writes it through this view's own
   * partial and the staged name, checking names.age again just before the last rename (journalUnlock.ts
   * writeNameMap). When it changed since this view's read, another window's write landed: nothing is
   * renamed, what was read becomes the base, and it reads and merges again — up to MAP_WRITE_TRIES
   * times, then it rejects with PartialTaken of names.age (the extension tells the save, or rename,
   * that another window was writing the list of names: saveRefusal.ts; nothing of this write landed). What can still cross is one read long, between
   * that check and the rename, and goes through the staged name, where only whole, checked maps ever
   * are: another window's map moved there meanwhile is what this rename puts in place — without this
   * view's new names — so after its rename this view reads names.age back and, when it lacks any of
   * this view's changes since its base (new ids, renames), merges and writes again, from the map it
   * last read, before the save goes on: no entry file is written under an id names.age does not hold.
   * The other window's rename then finds the staged name empty, and its own read-back does the same.
   * Or that window's rename took this view's staged map into place first: this rename finds it gone,
   * and the read-back finds this view's changes in names.age, so this write landed (up to 7fa906c it
   * was refused, and the user told that nothing was written where it had). Of two windows, a stale map of the other cannot land after this read-back: it went
   * through the staged name before this view's rename. A write of the map under way is never moved:
   * it is in its writer's own partial (up to bf32f66 the shared partial let a window rename
   * another's write under way into place, leaving names.age cut short). Three windows in the same
   * instant are not tested (twoWindowsNames.test.ts orders two windows' steps). No lock is
   * taken: the journal's run lock is part of every save's key check (keyStamp.ts), and the web hosts
   * have no exclusive create. A refused write rejects with PartialTaken, and ensureId takes its id back.
   */
  private saveNames(): Promise<void> {
    const write = this.mapWrites.then(async () => {
      for (let tries = 0; tries < MAP_WRITE_TRIES; tries++) {
        const own = changesSince(this.base, this.names.names);
        const { merged, read } = await this.mergedNames();
        if (await writeNameMap(this.inner, merged, this.sealing, this.writer, read)) {
          if (holdsAll((await readNameMapFile(this.inner, this.sealing)).map, own)) {
            this.base = merged;
            return;
          }
          continue; // Another window's map was moved into place (by this rename), or this one's staged map removed: merge again, keeping this view's changes.
        }
      }
      throw new PartialTaken(NAMES_PATH, reason('map-overtaken', NAMES_PATH, MAP_WRITE_TRIES));
    });
    this.mapWrites = write.catch(() => undefined);
    return write;
  }

  /**
   * This view's map merged with names.age as it is now, and taken as this view's map; names.age's map
   * becomes the base of the next merge. Where the merge leaves two ids naming one entry, ids with no
   * file are dropped (but one: this view's own when none has a file), so the entry reads from the
   * file that exists: another window renamed an entry over one this window still names, or both
   * windows gave the same new entry an id and the other's file is there first (this one then writes
   * to it, as two windows saving one plain file do). So is an id whose file is still there when
   * another window renamed an entry over it (names.age gives its name to the other id, and no longer
   * holds it): that window removes its file next.
   */
  private async mergedNames(): Promise<{ readonly merged: Map<string, string>; readonly read: NameMapRead }> {
    const read = await readNameMapFile(this.inner, this.sealing);
    const theirs = read.map;
    const known = new Set(this.names.names.keys());
    const merged = mergeNameMaps(this.base, this.names.names, theirs);
    const byPath = new Map<string, string[]>();
    merged.forEach((path, id) => byPath.set(path, [...byPath.get(path) ?? [], id]));
    for (const [path, ids] of byPath) {
      if (ids.length > 1) {
        const withFile: string[] = [];
        for (const id of ids) {
          if (await this.inner.read(opaquePath(id)) !== undefined) {
            withFile.push(id);
          }
        }
        // None with a file yet (an id of a refused save that the other window's write carried into
        // names.age, and this view's new one): this view's own is kept, which its save writes next.
        // Of ids with a file, one names.age took out while giving its name to another id with a file,
        // and that this view did not rename there itself, is dropped: another window renamed that
        // entry over this one, and removes this one's file next (or died first: then it is listed
        // as recovered/<id>.md, as in every other window); kept, a save of `path` here would go on
        // writing the file that window removes.
        const own = this.names.idOf(path);
        const named = ids.find((id) => theirs.get(id) === path && withFile.includes(id));
        const replaced = (id: string): boolean => named !== undefined && id !== named && !theirs.has(id) && this.base.get(id) === path;
        const keep = withFile.length > 0 ? withFile.filter((id) => !replaced(id)) : [own !== undefined && ids.includes(own) ? own : ids.sort()[0] ?? ''];
        ids.filter((id) => !keep.includes(id)).forEach((id) => merged.delete(id));
      }
    }
    // Ids this view gave while the files were looked for are kept: none is lost.
    this.names.names.forEach((path, id) => known.has(id) ? undefined : merged.set(id, path));
    this.names = new EntryNames(merged);
    // What names.age held is now merged into this view's map, so the next merge starts from it: an
    // id this view's map gives another path than names.age does is then one this view changed and has
    // not written yet (its rename, its new entry), or one only this view still has — never another
    // window's earlier rename, which a base left at an older read would count as this view's and
    // keep over that window's later renames (refusing this view's every save of the entry for good).
    this.base = read.map;
    return { merged, read };
  }

  /** Reads names.age again when a listed file's id is not in this view's map (another window's new entry), one read at a time with the writes. */
  private refreshNames(): Promise<void> {
    const read = this.mapWrites.then(async () => {
      await this.mergedNames();
    });
    this.mapWrites = read.catch(() => undefined);
    return read;
  }

  /** Whether `path` is an entry this view seals; files in dot-folders (templates) are not, as for the migration. */
  private entryToSeal(path: string): boolean {
    if (!this.encrypted || !isPlainEntryPath(path) || inDotFolder(path)) {
      return false;
    }
    if (!isSafeEntryPath(path)) {
      throw new Error(`${path} cannot be an entry of an encrypted journal (an empty part, a backslash or a drive in its name)`);
    }
    return true;
  }

  async write(path: string, bytes: Uint8Array): Promise<void> {
    if (!this.entryToSeal(path)) {
      return writeAtomic(this.inner, path, bytes, this.writer); // As they are, but never truncated in place (header).
    }
    // What this save replaces (header: two saves of one entry), read first, before any other read of
    // the save: another window's save landing after VS Code's own "file is newer" check is then seen
    // at the rename. An entry with no id yet (an opaque journal's new entry) has no file this view knows.
    const unnamed = this.opaque && this.names.idOf(path) === undefined;
    const began = unnamed ? undefined : await this.inner.read(this.sealedPathOf(path));
    await this.assertKeyUnchanged(path);
    await this.ensureId(path);
    const sealedPath = this.sealedPathOf(path);
    const id = this.opaque ? this.names.idOf(path) : undefined; // The name names.age must still give it at the rename.
    const unread = await this.unreadPlain(path, sealedPath);
    await this.keepEarlierSaves(path, sealedPath, bytes);
    const { bytes: sealed, check } = await this.sealed(sealedPath, bytes);
    let refusal: Error | undefined;
    const stillWanted = async (): Promise<boolean> => {
      if (!(await this.keyUnchanged())) {
        refusal = new JournalKeyChanged(path);
      } else if (!(await fileUnchanged(this.inner, sealedPath, began))) {
        // A new entry of an opaque journal had no file this view knew: another window saved one of
        // that name first, at any time since this view last read names.age (saveRefusal.ts words it so).
        refusal = new PartialTaken(path, reason(unnamed ? 'saved-first-elsewhere' : 'saved-meanwhile', path));
      } else if (!(await this.nameUnchanged(id, path))) {
        refusal = new PartialTaken(path, reason('renamed-elsewhere', path));
      }
      return refusal === undefined;
    };
    if (!(await writeVerified(this.inner, sealedPath, sealed, check, this.writer, stillWanted))) {
      if (refusal instanceof PartialTaken && this.opaque) {
        // The next save of `path` goes to the entry names.age gives that name now, or to a new one. A
        // map that does not open leaves the names as they were: the refusal is what the user hears.
        await this.refreshNames().catch(() => undefined);
      }
      throw refusal ?? new JournalKeyChanged(path); // Changed while this was sealed and written: the partial is gone.
    }
    await this.settlePlain(path, bytes, unread); // Only now, with the sealed form proven and in place.
  }

  /**
   * Before a save of `path` writes its partial: the earlier saves' partials it meets by name — this
   * view's own, which it would write over, and an old-style one once it is a minute old — each as
   * partialFate.ts says, against `plain` and the entry's file (header): kept as a new entry when it
   * opens to other text; dropped when age finds it cut short or damaged, or it holds one of those
   * texts (left after its rename's copy landed, or an identical save). One whole but sealed to another
   * key is kept: this view's own, whose name this save writes, as a new entry (as it is, sealed; it
   * does not open here, and `onKept` names it), an old-style one left where it is, for each unlock to
   * name. The old-style one is otherwise removed. A younger old-style one may be a window of an
   * earlier version saving now (layout.ts's one-minute rule): it is left to that window, or to the
   * unlock and the runs, which settle it once it is a minute old. Two reads of files that are not there in the usual case.
   */
  private async keepEarlierSaves(path: string, sealedPath: string, plain: Uint8Array): Promise<void> {
    for (const partial of [partialPath(sealedPath, this.writer), legacyPartialPath(sealedPath)]) {
      const own = partial !== legacyPartialPath(sealedPath);
      const earlier = await this.inner.read(partial);
      if (earlier === undefined || (!own && !(await oldEnough(this.times, partial)))) {
        continue;
      }
      const fate = partialFate(await this.sealing.open(sealedPath, earlier), [plain, await this.entryText(sealedPath)]);
      if (fate.kind === 'keep' && !own) {
        continue;
      }
      if (fate.kind !== 'remove') {
        const kept = await this.keepAside(path, earlier, partial); // Kept whether or not anyone listens.
        this.onKept?.(path, kept);
      }
      if (!own) {
        await this.inner.remove(partial);
      }
    }
  }

  /** The text of the entry's file `sealedPath`, or undefined when it is not there or does not open. */
  private async entryText(sealedPath: string): Promise<Uint8Array | undefined> {
    const current = await this.inner.read(sealedPath);
    const opened = current === undefined ? undefined : await this.sealing.open(sealedPath, current);
    return opened?.ok === true ? opened.bytes : undefined;
  }

  /**
   * `sealed`, as it is, as the first free `NAME (interrupted save N).md` in the host's words
   * (keptSaves.ts); resolves to that plain path. Rejects with KeptSavesFull, before anything is written, when all KEPT_MAX are held.
   */
  private async keepAside(path: string, sealed: Uint8Array, partial: string): Promise<string> {
    const kept = await keepInFreeSlot(path, {
      ...(this.keptWords === undefined ? {} : { words: this.keptWords }),
      held: async (name) => this.names.idOf(name) !== undefined || await this.inner.read(name) !== undefined || await this.inner.read(this.sealedPathOf(name)) !== undefined,
      claim: async (name) => {
        await this.ensureId(name);
        return this.inner.createExclusive(this.sealedPathOf(name), sealed);
      },
    });
    if (kept === undefined) {
      throw new KeptSavesFull(path, partial);
    }
    return kept;
  }

  async createExclusive(path: string, bytes: Uint8Array): Promise<boolean> {
    if (!this.entryToSeal(path)) {
      return this.inner.createExclusive(path, bytes);
    }
    if (await this.inner.read(path) !== undefined) {
      return false; // A plain entry of that name exists (a mixed journal).
    }
    await this.assertKeyUnchanged(path);
    await this.ensureId(path);
    const sealedPath = this.sealedPathOf(path);
    return this.inner.createExclusive(sealedPath, (await this.sealed(sealedPath, bytes)).bytes);
  }

  async rename(from: string, to: string): Promise<void> {
    const fromEntry = this.entryToSeal(from);
    const toEntry = this.entryToSeal(to);
    if (!fromEntry && !toEntry) {
      return this.inner.rename(from, to);
    }
    if (fromEntry !== toEntry) {
      throw new Error(`${from} cannot become ${to}: an entry of an encrypted journal stays an entry (NAME.md), or its text would be written plain`);
    }
    this.plainSeen.delete(from);
    this.plainSeen.delete(to);
    const source = this.sealedPathOf(from);
    if (await this.inner.read(source) === undefined) {
      // A plain entry of a mixed journal: moved as it is; the next encrypt seals it.
      return this.inner.rename(from, to);
    }
    await this.assertKeyUnchanged(from); // An opaque journal seals its name map again; a readable one moves a file a migration may be resealing.
    if (!this.opaque) {
      await this.settleDeadSaves(from, source);
      return this.inner.rename(source, this.sealedPathOf(to));
    }
    const id = this.names.idOf(from);
    if (id === undefined) {
      throw new Error(`${from} has no entry in the map of opaque names`);
    }
    const replaced = this.names.idOf(to);
    if (replaced !== undefined) {
      await this.settleDeadSaves(to, opaquePath(replaced)); // Its file goes below, as a delete's does.
    }
    const map = new Map([...this.names.names].filter(([key]) => key !== replaced));
    map.set(id, to);
    this.names = new EntryNames(map);
    try {
      await this.saveNames();
    } catch (error) {
      // Refused (another window's map write at the same moment): this view names the entries as
      // before, so the user's next try renames it again rather than finding no file.
      const back = new Map(this.names.names);
      back.set(id, from);
      if (replaced !== undefined) {
        back.set(replaced, to);
      }
      this.names = new EntryNames(back);
      throw error;
    }
    if (replaced !== undefined) {
      await this.inner.remove(opaquePath(replaced));
    }
  }

  async remove(path: string): Promise<void> {
    if (!this.entryToSeal(path)) {
      return this.inner.remove(path);
    }
    // The user removes the entry: both its forms go, or a plain twin would come back in its place.
    this.plainSeen.delete(path);
    const sealedPath = this.sealedPathOf(path);
    await this.settleDeadSaves(path, sealedPath);
    await this.inner.remove(sealedPath);
    await this.inner.remove(path);
  }

  /**
   * Before the entry `path` (sealed in `sealedPath`) is deleted, or renamed away in a journal of
   * readable names: the saves of it cut off beside its file. Left there, each would be an orphan once
   * the file is gone, and a later unlock would put it in the file's place (orphanedPartials.ts) — a
   * deleted entry back, a renamed one under both names. So each one this window may take (its own at
   * any time; another writer's, or an old-style one, once it is a minute old: partialTimes.ts) goes
   * as partialFate.ts says: removed when age finds it cut short or damaged, or it holds the entry's
   * text; first copied (sealed, as it is) to `NAME (interrupted save).md` beside it, `onKept` told,
   * when it holds other text — before anything of the entry changes, so a refusal (KeptSavesFull)
   * leaves all as it was. One whole but sealed to another key is left as it is: perhaps the only copy
   * of a save, it is named by each unlock (orphanedPartials.ts), which never puts it in place. One
   * under a minute old may be another window's save under way: it is left, and its landing brings
   * the entry back as any save of it would; a dead one that young is still put back by a later unlock. In an opaque journal the entry's file stays when it is
   * renamed (the map changes), so its partials stay beside it; the file of an entry it is renamed over
   * goes, and is settled first as a delete's is.
   */
  private async settleDeadSaves(path: string, sealedPath: string): Promise<void> {
    if (await this.inner.read(sealedPath) === undefined) {
      return; // A plain entry of a mixed journal: no save of this view sealed it.
    }
    const entryText = await this.entryText(sealedPath);
    for (const partial of await this.partialsBeside(sealedPath)) {
      if (writerOf(partial) !== this.writer && !(await oldEnough(this.times, partial))) {
        continue;
      }
      const bytes = await this.inner.read(partial);
      if (bytes === undefined) {
        continue;
      }
      const fate = partialFate(await this.sealing.open(sealedPath, bytes), [entryText]);
      if (fate.kind === 'keep') {
        continue; // Perhaps the only copy of a save: left as it is, and the unlock names it.
      }
      if (fate.kind === 'keep-aside') {
        this.onKept?.(path, await this.keepAside(path, bytes, partial));
      }
      await this.inner.remove(partial);
    }
  }

  /** Every partial of `sealedPath`, whoever wrote it: its folder listed, or at the journal's top (an opaque journal's entries) from the journal's listing. */
  private async partialsBeside(sealedPath: string): Promise<readonly string[]> {
    if (folderOf(sealedPath) !== '') {
      return partialsOf(this.inner, sealedPath, [this.writer]);
    }
    return (await this.inner.list()).map((file) => file.path).filter((file) => isPartialOf(file, sealedPath));
  }

  removeEmptyFolders(path: string): Promise<void> {
    return this.inner.removeEmptyFolders(path);
  }
}
