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
//   change's reseal does): when another window changed, deleted or renamed the entry meanwhile, the
//   save is refused with PartialTaken, its partial removed, so the user's editor stays unsaved and
//   nothing is lost under the other window's change. A caller that knows which versions of the file
//   the editor's text rests on (`writeEntry`'s basis: the file system provider's last read or write
//   of it for VS Code) has `began` checked against them too: another window's save that landed
//   before this save began — after VS Code's own "file is newer" check, or one that check let
//   through (it compares only the length when the time advanced) — is refused (SavedSinceRead),
//   nothing written; unless the key changed, which is told first (JournalKeyChanged: a passphrase
//   change reseals every entry, so every file then holds a version the editor never read). In a
//   journal of readable names, where the host's exclusive create is exact (Node's fs: the desktop),
//   the last check and the rename hold the journal's names lock
//   (namesLock.ts; so does an opaque journal's save that leaves names.age as it is, below), as do a rename, a delete,
//   a new entry and an unlock's putting back of cut-off saves (orphanedPartials.ts) there: no other
//   window's change of the entry lands between the two. Where the create
//   is a check and a write (vscode.workspace.fs: web, virtual and remote folders) a readable journal
//   takes no lock: there it is trusted only after a 100 ms read-back (NAMES_LOCK_CONFIRM_MS), which
//   every save would wait, and two windows can still both hold it, so it buys little; the basis check
//   closes the wide gap, and the moment between a save's last check and its rename remains (another
//   window's save landing there is lost under this one, unsaid), as it was before the lock.
// - An opaque journal (names in names.age, files by id) is changed by one window at a time: every
//   change of names.age — a new entry, a rename, a delete, a save of a name not yet in it (or of a
//   recovered/<id>.md entry) — and every save made when names.age changed since this view read it holds
//   the journal's names lock (namesLock.ts) for its whole sequence — read names.age, check, write the
//   sealed file, write names.age, rename, remove — and
//   changes names.age directly, as read under the lock (no merge). Each first checks that names.age
//   still pairs the entry's name with the id this window acted on (its list of names, read at its
//   last listing or change); when another window renamed, replaced, deleted or first saved it, the
//   operation is refused (NamesChanged, naming the cause) and writes nothing, and this window takes
//   names.age as it is now, so saving again writes under the name the editor has: anew, or over the
//   entry now there. Delete and rename act on the ids names.age gives under the lock, never on this
//   window's list. An id names.age gives a name but whose file is not there (a save cut off before
//   its file landed) holds no text: a save of that name takes it. The moment before `began` is closed
//   by the basis, as in a readable journal. Where the lock's create is a safe one (Node's fs: the desktop's local
//   folders) the check-to-rename moment is gone, no other window changing anything while the lock is
//   held. Where it is a check and a write (vscode.workspace.fs: remote, virtual and web folders) the
//   lock is read back before use (namesLock.ts), and two windows can still both hold it only when one
//   window's check and write lie further apart than that pause; then the guards under the lock keep
//   either change from losing the other's: names.age is written only while it still holds the bytes
//   read under the lock (else NamesChanged, "save again"), a file renamed over goes only while it
//   still holds what it held (else it stays, listed as recovered/<id>.md with its text), and a save's
//   own file check stands as in a readable journal. What remains there is the moment both kinds of
//   journal share: another window's save landing between such a check and the rename it guards.
//   A write of names.age also checks, just before its rename, that the key is still the unlock's (a
//   passphrase change or decrypt may have started: the runs take the names lock around their own
//   reads and writes of names.age). A listing reads names.age again whenever its bytes changed; one
//   that finds it missing with no copy (a sync removed it) keeps this view's names, and the next
//   change writes them back. One that lacks ids this view knows, that it does not list as gone,
//   whose files are there and whose names it gives no other id (a window that knew no names wrote
//   names.age afresh after a sync removed it, or a sync put back an older one: a change of this
//   version takes an id out while its file is there only listing it as gone — a rename over an
//   entry, whose file goes after — knownNames.ts) keeps those names in this view, and the next change — before its
//   own checks, so a save of such an entry is not refused as deleted elsewhere — writes them back
//   into names.age as read under the lock: the one thing added to it besides the change itself.
//   A names.age damaged (cut short, a byte changed) while the key is unchanged is written over, under
//   the lock, with this view's names, the damaged file kept beside it. Neither a damaged nor a missing
//   one gets names older than it held: names.age counts its writes (its generation, nameMap.ts, also
//   kept plain beside it, generationStamp.ts), this view remembers the generation it last read
//   (namesState.ts), and a view behind the stamp writes nothing and refuses the change, to be
//   reloaded; a list written over a damaged or missing one records that one's generation, and a view
//   that last read an older list writes no names back into it.
// - An opaque save that leaves names.age as it is — an entry whose name is in this view's names, its
//   file there, these names exactly names.age as this view last read or wrote it (namesAsFile), no
//   earlier save's partial of it to settle — writes only the entry's file, so it goes as a readable
//   save does (up to this change every opaque save held the lock throughout, through
//   vscode.workspace.fs waiting its 100 ms read-back at every save): the version check, the checked
//   partial, and the last check and the rename in fileChange — under the names lock where the create
//   is exact, with none where it is a check and a write. Its last check asks, after the key and before
//   the file, that names.age still holds the bytes these names came from; when it does not, the
//   partial goes and the save goes the whole way under the lock, as above, so a refusal names the
//   cause. What the lock held throughout gave such a save, and what keeps it now: another window's
//   rename or delete of the entry, and a rename or new entry taking its name once freed, each write
//   names.age, so up to the last check the names check sees them (refused as under the lock); on the
//   desktop each holds the names lock for its whole sequence, so none falls between the last check and
//   the rename either. A passphrase change, a decrypt or an Encrypt run takes the journal's lock
//   first, which the key check (keyStamp.ts) sees at the last check; one started after it takes the
//   names lock before it reseals or decrypts any entry (migrationRun.ts withRunNamesLock), so on the
//   desktop it waits for the rename and then acts on the saved file. Where the create is a check and
//   a write, the moment between the last check and the rename is what remains, as for readable names
//   there: a rename landing in it leaves the save's text in the renamed entry; a delete, under
//   recovered/<id>.md (the save writes the file back after the delete removed it, and names.age no
//   longer names it); a rename over the entry, under recovered/<id>.md too (the replaced file goes only
//   while it still holds what that rename read) — but for the instant between that rename's last look
//   at the file and its removal, where the save is lost; a run reaches the entry only after its names
//   lock, its read of names.age and its listing (with a passphrase, after its key derivation too), so
//   the save would have to stall that long between its last check and its rename for the run to miss it.
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
// - An opaque file whose id names.age does not hold (read again when it changed) is listed as
//   `recovered/<id>.md` with its text: its name is lost (a sync put back an older map), and this view
//   does not know it (a name it knows is kept, as above). `onNamesLost`
//   is told each such entry, once per view, so the user hears of it; a map that does not open at that
//   read (another window changed the key) tells nothing, as the names may not be lost. A save of
//   `recovered/<id>.md` while names.age still lacks the id is written into that id's file (the
//   entry it is), under the names lock and only while the file still holds what the save began
//   from; no second id is made, so renaming the entry afterwards carries the edit. Once names.age names
//   the id again (another window gave it its name back) such a save is refused (NamesChanged,
//   'recovered-named-elsewhere', naming it), as a save of an entry renamed elsewhere is: the edit
//   belongs in the named entry, never in a second id named `recovered/<id>.md`.
// - A journal that is not encrypted (no descriptor) passes everything through.
import type { AgeFailure } from '../crypto/ageFailure';
import { plaintextSizeOf } from '../crypto/ageHeader';
import { equalBytes } from '../crypto/bytes';
import type { Sealing } from './entrySteps';
import { RECOVERED_FOLDER, type EntryNames } from './entryNames';
import type { JournalFs, ListedFile } from './journalFs';
import { readGenerationStamp } from './generationStamp';
import { damagedNamesPath, NamesDamaged, openNameMapFile, readNameMapFile, sealingOf, writeNameMap, type NameMapRead } from './journalUnlock';
import { JournalBeingTidied, JournalKeyChanged, keyStampChange, readKeyStamp } from './keyStamp';
import { unlockHoldLiveness } from './lockLiveness';
import { MigrationStop } from './migrationRun';
import { keepInFreeSlot, KeptSavesFull } from './keptSaves';
import { folderOf } from './journalListing';
import { knownNamesLacking } from './knownNames';
import { isEncryptedEntryPath, isPartialOf, isPartialPath, isPlainEntryPath, isSafeEntryPath, legacyPartialPath, NAMES_PATH, newOpaqueId, newWriterId, opaquePath, partialPath, writerOf } from './layout';
import type { NameMap } from './nameMap';
import { changedElsewhere, idIn, NamesChanged, type NameLoss, type NamesOperation, type SeenBefore } from './namesChanged';
import { beatingNamesLockHost, entryChangesLocked, withNamesLock, type NamesLockHost } from './namesLock';
import { NamesState } from './namesState';
import { partialFate } from './partialFate';
import { partialsOf } from './partialsOf';
import { diskTimes, oldEnough, type WriteTimes } from './partialTimes';
import { fileUnchanged, PartialTaken, renameOwn, SavedSinceRead, writeAtomic, writeChecked, writeVerified, type WrittenCheck } from './safeWrites';
import { reason } from './reasons';
import type { UnlockedJournal } from './unlockJournal';

/** A sealed entry that does not open; `failure` says why, naming the file. */
export class EntryUnreadable extends Error {
  constructor(readonly path: string, readonly failure: AgeFailure) {
    super(failure.message);
    this.name = 'EntryUnreadable';
  }
}

/** What an opaque save without the names lock held throughout resolves to when it must take it after all: names.age changed since this view read it, or an earlier save's partial is to be settled (save). */
const NEEDS_NAMES_LOCK = Symbol('needs the names lock');

/** A path with a part that starts with a dot (`.templates/daily.md`): kept plain, never sealed. */
function inDotFolder(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'));
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

/**
 * How entries listed as `recovered/<id>.md` lost their names, as far as this view can tell: their ids
 * listed as gone in names.age (another window renamed an entry over each, its file left), or, for
 * names this view held before its last read of names.age, how that read lost them (NamesState
 * lossSinceBefore). Undefined: this view never knew the names, and cannot tell.
 */
export type LostCause = NameLoss | 'gone';

/** Told, once per view, of entries a listing shows as `recovered/<id>.md`: their names are not in names.age (header); once per cause. */
export type NamesLostListener = (entries: readonly string[], cause?: LostCause) => void;

/** A plain file a save found that this view has not read: with no sealed form (`only`), or beside it (`twin`); see unreadPlain. */
type UnreadPlain = 'only' | 'twin';

/** What the reads of a plain-only entry gave: its bytes, or 'changed' when two reads gave two texts. */
type PlainSeen = Uint8Array | 'changed';

export class DecryptingJournalFs implements JournalFs {
  /** What this view knows of names.age: its names, those before its last read, the bytes read, the ids listed as gone. */
  private state: NamesState;

  private readonly sealing: Sealing;

  /**
   * Whether this view's names are exactly the map in names.age as `state.file` holds it (read whole,
   * or written here; nothing kept beside it): a change that finds names.age still holding those bytes
   * then takes them again without opening and parsing the map (NamesState `again`) — with 10,000
   * names that was most of an opaque save's cost.
   */
  private namesAsFile = false;

  /** This view's changes of an opaque journal and its reads of names.age, one after another (each change also holds the names lock). */
  private queue: Promise<void> = Promise.resolve();

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
   * `lockHost`: how this view takes an opaque journal's names lock and judges its holder (namesLock.ts).
   */
  constructor(private readonly inner: JournalFs, private readonly journal: UnlockedJournal, private readonly onKept?: KeptListener, private readonly keptWords?: string, private readonly onPlainKept?: PlainKeptListener, private readonly onNamesLost?: NamesLostListener, readonly writer: string = newWriterId(), private readonly times: WriteTimes = diskTimes(inner), private readonly lockHost: NamesLockHost = beatingNamesLockHost()) {
    this.state = NamesState.unlocked(journal.names, journal.namesGeneration);
    this.sealing = sealingOf(journal.keys);
  }

  /** The names this view pairs entries with (NamesState). */
  private get names(): EntryNames {
    return this.state.names;
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
    // After the files: every listed file's id was in names.age before its file was written. A map
    // that does not open (another window changed the passphrase) leaves the names as they were. A
    // listed file names.age does not name is looked for again after names.age was read: another
    // window's delete, or rename over it, between the two took its id out with its file.
    const mapRead = !this.opaque || await this.refreshNames().then(() => true, () => false);
    for (const file of listed) {
      if (isPartialPath(file.path)) {
        continue;
      }
      const plain = isEncryptedEntryPath(file.path) && !file.link ? this.names.plainPathOf(file.path) : { path: file.path, recovered: false };
      if (plain.recovered && !(await this.stillThere(file.path))) {
        continue; // Deleted (or renamed over) in another window between the listing and names.age's read: no entry, no lost name.
      }
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

  /** Whether the file at `path` is there now (its times where the disk gives them cheaply, else its bytes): a listed file names.age lacks, checked again after names.age was read. */
  private async stillThere(path: string): Promise<boolean> {
    const times = await this.inner.stat?.(path);
    return times !== undefined || await this.inner.read(path) !== undefined;
  }

  /** Tells `onNamesLost` of the entries in `lost` it has not been told of yet (header), those of one cause together. */
  private tellLost(lost: readonly string[]): void {
    const fresh = lost.filter((path) => !this.toldLost.has(path));
    fresh.forEach((path) => this.toldLost.add(path));
    const byCause = new Map<LostCause | undefined, string[]>();
    for (const path of fresh) {
      const cause = this.lostCause(RECOVERED.exec(path)?.[1] ?? '');
      byCause.set(cause, [...byCause.get(cause) ?? [], path]);
    }
    for (const [cause, entries] of byCause) {
      this.onNamesLost?.(entries, cause);
    }
  }

  /** How the entry whose file is `id` lost its name, as far as this view can tell (LostCause). */
  private lostCause(id: string): LostCause | undefined {
    if (this.state.gone.has(id)) {
      return 'gone';
    }
    return this.state.before.has(id) ? this.state.lossSinceBefore() : undefined;
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

  /**
   * `read`, with the version of the entry's file it read: its sealed bytes (a save's `basis`,
   * writeEntry), or undefined when the entry was read from a plain file or is not an entry.
   */
  async readVersion(path: string): Promise<{ readonly bytes: Uint8Array; readonly version: Uint8Array | undefined } | undefined> {
    if (!isPlainEntryPath(path) || !this.encrypted) {
      const bytes = await this.read(path);
      return bytes === undefined ? undefined : { bytes, version: undefined };
    }
    const sealedPath = this.sealedPathOf(path);
    const sealed = await this.inner.read(sealedPath);
    if (sealed === undefined) {
      const bytes = await this.read(path);
      return bytes === undefined ? undefined : { bytes, version: undefined };
    }
    const opened = await this.sealing.open(sealedPath, sealed);
    if (!opened.ok) {
      throw new EntryUnreadable(path, opened.failure);
    }
    return { bytes: opened.bytes, version: sealed };
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

  /** Undefined while the journal's key and state are still the unlock's (keyStamp.ts); else the refusal of a save of `path`. */
  private async keyRefusal(path: string): Promise<Error | undefined> {
    if (!this.encrypted) {
      return undefined;
    }
    switch (keyStampChange(await readKeyStamp(this.inner), this.journal.stamp, unlockHoldLiveness(this.lockHost.liveness, this.lockHost.now))) {
      case 'same':
        return undefined;
      case 'unlocking':
        return new JournalBeingTidied(path);
      case 'changed':
        return new JournalKeyChanged(path);
    }
  }

  /** Rejects with JournalKeyChanged (or JournalBeingTidied), before anything is written for `path`, when the key changed. */
  private async assertKeyUnchanged(path: string): Promise<void> {
    const refusal = await this.keyRefusal(path);
    if (refusal !== undefined) {
      throw refusal;
    }
  }

  /**
   * Runs `run` holding the opaque journal's names lock (namesLock.ts), after this view's other
   * changes, with names.age read fresh and taken as this view's names: `now` is its map, or undefined
   * when it does not open (sealed to a key changed in another window, or damaged while the key stamp
   * is not the unlock's) — a save of a known entry then writes as before the lock, anything that
   * writes names.age refuses. A damaged one with the key unchanged is first written over with this
   * view's names (replaceDamaged). A missing one (a sync removed it) gets this view's names back. Neither
   * is written over with names older than it was (NamesState `behind`, as the plain generation stamp
   * tells, generationStamp.ts): the `operation` on `path` is refused instead (NamesChanged,
   * 'names-damaged-newer' or 'names-missing-newer'), nothing written, and reloading the window reads
   * the journal afresh. Names this view knows that names.age lacks are written back (knownNames.ts)
   * unless names.age says a list newer than this view's last read was replaced unread (NamesState
   * `olderThanLost`): they may be older than what was lost.
   */
  private underLock<T>(path: string, operation: NamesOperation, run: (now: NameMap | undefined) => Promise<T>): Promise<T> {
    const done = this.queue.then(() => withNamesLock(this.inner, this.lockHost, this.writer, path, async () => {
      const file = this.namesAsFile ? this.state.file : undefined;
      if (file !== undefined && await this.inner.read(NAMES_PATH).then((now) => now !== undefined && equalBytes(now, file))) {
        this.state = this.state.again(); // names.age unchanged since these names were read or written: as took(read) of it.
        return run(this.names.names);
      }
      this.namesAsFile = false;
      const read = await readNameMapFile(this.inner, this.sealing).catch(async (error: unknown) => {
        if (error instanceof NamesDamaged && await this.keyRefusal(path) === undefined) {
          return this.replaceDamaged(path, operation);
        }
        if (error instanceof MigrationStop) {
          return undefined;
        }
        throw error;
      });
      // No names.age and no copy of it (a sync removed it): this view's names are the best there
      // are, and are written back with the change, rather than an empty map losing every name —
      // unless they are older than the list that was removed.
      const missing = read !== undefined && read.file === undefined && read.map.size === 0;
      if (missing) {
        const stamp = await readGenerationStamp(this.inner);
        if (this.state.behind(stamp)) {
          throw new NamesChanged(path, operation, reason('names-missing-newer', NAMES_PATH));
        }
        this.state = this.state.over(undefined, stamp); // What names.age is now: nothing.
        this.namesAsFile = false;
      }
      // Names this view knows that names.age lacks, their files there (knownNames.ts): kept, and written back first.
      const kept = read === undefined || missing || this.state.olderThanLost(read) ? new Map<string, string>() : await this.knownLacking(read);
      if (read !== undefined && !missing) {
        this.state = this.state.took(kept.size === 0 ? read : { ...read, map: new Map([...read.map, ...kept]) });
        this.namesAsFile = kept.size === 0 && read.file !== undefined;
      }
      if ((missing && this.names.names.size > 0) || kept.size > 0) {
        await this.putNames(this.names.names, path, operation, [], true); // Written back first, whatever this change writes.
      }
      return run(missing || kept.size > 0 ? this.names.names : read?.map);
    }));
    this.queue = done.then(() => undefined, () => undefined);
    return done;
  }

  /**
   * Under the names lock, the journal's key unchanged since the unlock: names.age is damaged (cut
   * short, a byte changed: NamesDamaged), so no window can read its names and a fresh one lists every
   * entry as recovered/ID.md. This view writes the names it knows over it — before the change's own
   * checks, as for a names.age a sync removed — and keeps the damaged file beside it
   * (damagedNamesPath), never removed. Resolves to the map now there, as read. When the plain
   * generation stamp says the damaged list was newer than this view's last read (NamesState `behind`),
   * nothing is written or kept aside and the `operation` on `path` is refused (NamesChanged,
   * 'names-damaged-newer'): this view's names would undo another window's change. The bytes it keeps
   * aside and writes over are opened again first: when they now open (the first read caught a sync
   * client writing names.age in place half-way), they are taken as the read and nothing is written
   * over them; when they now stop otherwise (a newer version's map, another key), undefined, as
   * underLock takes any stop.
   */
  private async replaceDamaged(path: string, operation: NamesOperation): Promise<NameMapRead | undefined> {
    const damaged = await this.inner.read(NAMES_PATH);
    if (damaged !== undefined) {
      const whole = await openNameMapFile(this.inner, this.sealing, damaged).then((read): NameMapRead | 'damaged' | undefined => read, (error: unknown) => {
        if (error instanceof NamesDamaged) {
          return 'damaged';
        }
        if (error instanceof MigrationStop) {
          return undefined;
        }
        throw error;
      });
      if (whole !== 'damaged') {
        return whole;
      }
    }
    const stamp = await readGenerationStamp(this.inner);
    if (this.state.behind(stamp)) {
      throw new NamesChanged(path, operation, reason('names-damaged-newer', NAMES_PATH));
    }
    if (damaged !== undefined) {
      await this.inner.write(damagedNamesPath(new Date()), damaged);
    }
    this.state = this.state.over(damaged, stamp); // What names.age is now: putNames writes over it only while it still is.
    this.namesAsFile = false;
    await this.putNames(this.names.names, path, operation, [], true);
    return this.state.read;
  }

  /** The map in `now`, or the stop names.age's read gives (for a change that writes it). */
  private async opened(now: NameMap | undefined): Promise<NameMap> {
    if (now === undefined) {
      await readNameMapFile(this.inner, this.sealing); // Rejects again, with why.
    }
    return now ?? new Map();
  }

  /** The names this view knows that `read` lacks and does not list as gone, with their files there and their names free in it (knownNames.ts). */
  private knownLacking(read: NameMapRead): Promise<Map<string, string>> {
    return knownNamesLacking(read.map, this.names.names, (id) => this.stillThere(opaquePath(id)), read.gone);
  }

  /**
   * Writes `map` as names.age, straight over it (the names lock is held), and takes it as this view's
   * names. Just before its rename it checks, for `path`'s `operation`, that the journal's key is still
   * the unlock's (a passphrase change or a decrypt started since: JournalKeyChanged) and that names.age
   * still holds the bytes this view read under the lock (another window holding the lock at the same
   * moment, where the create is a check and a write — namesLock.ts: NamesChanged); else nothing lands.
   * `writeBack`: names this view already held, written back (NamesState `wroteBack`).
   */
  private async putNames(map: NameMap, path: string, operation: NamesOperation, taken: readonly string[] = [], writeBack = false): Promise<void> {
    const read = this.state.file;
    // The ids listed as gone stay listed while their files are there (knownNames.ts); `taken`, the
    // ids this change takes out before their files go (a rename over an entry), are listed.
    const gone = new Set<string>(taken);
    for (const id of this.state.gone) {
      if (!map.has(id) && await this.stillThere(opaquePath(id))) {
        gone.add(id);
      }
    }
    const { lostGeneration } = this.state;
    const generation = await writeNameMap(this.inner, { map, gone, generation: this.state.generation ?? 0, lostGeneration }, this.sealing, this.writer, async () => {
      await this.assertKeyUnchanged(path);
      const now = await this.inner.read(NAMES_PATH);
      if (!(now === undefined || read === undefined ? now === read : equalBytes(now, read))) {
        throw new NamesChanged(path, operation, reason('names-changed-meanwhile'));
      }
    });
    const written = { map: new Map(map), file: await this.inner.read(NAMES_PATH), gone, generation, lostGeneration };
    this.state = writeBack ? this.state.wroteBack(written) : this.state.took(written);
    this.namesAsFile = written.file !== undefined;
  }

  /**
   * Reads names.age again when its bytes are not those this view's names came from (another window
   * changed it), after this view's own changes; one read of names.age when it did not change.
   */
  private refreshNames(): Promise<void> {
    const done = this.queue.then(async () => {
      const file = await this.inner.read(NAMES_PATH);
      if (file === undefined || this.state.file === undefined || !equalBytes(file, this.state.file)) {
        const read = await readNameMapFile(this.inner, this.sealing);
        if (read.file === undefined && read.map.size === 0 && this.names.names.size > 0) {
          return; // No names.age and no copy of it (a sync removed it): this view's names stay, and its next change writes them back (underLock).
        }
        // Names this view knows that names.age lacks, their files there (knownNames.ts): kept, and its
        // next change writes them back (underLock) — unless they may be older than a list lost since.
        const kept = this.state.olderThanLost(read) ? new Map<string, string>() : await this.knownLacking(read);
        this.state = this.state.took(kept.size === 0 ? read : { ...read, map: new Map([...read.map, ...kept]) });
        this.namesAsFile = kept.size === 0 && read.file !== undefined;
      }
    });
    this.queue = done.then(() => undefined, () => undefined);
    return done;
  }

  /**
   * Under the names lock: the id a save of `path` writes, given `known`, the id this view had for it
   * when the save began, and `now`, names.age as it is. A known id names.age still gives `path` is
   * it; one it does not is refused with the cause (changedElsewhere). A new entry takes a new id,
   * written into names.age before its file exists — or the id names.age gives `path` when that id's
   * file is not there (a save cut off before its file landed: no text to lose); one whose file is
   * there is another window's entry, saved first: refused.
   */
  private async idToSave(path: string, known: string | undefined, now: NameMap | undefined): Promise<string> {
    if (now === undefined && known !== undefined) {
      return known; // names.age does not open: the file check judges, as it did before the lock.
    }
    const map = await this.opened(now);
    const current = idIn(map, path);
    if (known !== undefined) {
      if (current !== known) {
        throw changedElsewhere(path, 'save', known, map, await this.seenBefore(known));
      }
      return known;
    }
    if (current !== undefined) {
      if (await this.inner.read(opaquePath(current)) !== undefined) {
        throw new NamesChanged(path, 'save', reason('saved-first-elsewhere', path));
      }
      return current;
    }
    return this.claimId(path);
  }

  /** What a refusal of a change to the entry whose file is `id` tells from: this view's names before its last read, the file, the gone list, how a name was lost. */
  private async seenBefore(id: string): Promise<SeenBefore> {
    return { before: this.state.before, fileThere: await this.stillThere(opaquePath(id)), gone: this.state.gone.has(id), loss: this.state.lossSinceBefore() };
  }

  /** Under the names lock: a new id for `path` (an opaque journal's), written into names.age before any file uses it. Readable names: none. */
  private async claimId(path: string, operation: NamesOperation = 'save'): Promise<string> {
    const id = this.opaque ? this.names.idOf(path) ?? newOpaqueId() : '';
    if (this.opaque && !this.names.names.has(id)) {
      await this.putNames(new Map([...this.names.names, [id, path]]), path, operation);
    }
    return id;
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

  async write(path: string, bytes: Uint8Array, basis?: readonly Uint8Array[]): Promise<void> {
    await this.writeEntry(path, bytes, basis);
  }

  /**
   * `write`, resolving to the entry's version now on disk (the sealed bytes this save wrote; undefined
   * for a file kept plain). `basis`: the versions of the entry's file the editor's text may rest on
   * (readVersion, or a version an earlier refusal named: SavedSinceRead `found`); when given and the
   * entry's file holds none of them, the save is refused (SavedSinceRead, naming what it found), and
   * nothing is written — another window's save landed after this window last read or wrote the entry
   * (header: two saves of one entry). Absent: the file this save first reads is what it may replace.
   */
  async writeEntry(path: string, bytes: Uint8Array, basis?: readonly Uint8Array[]): Promise<Uint8Array | undefined> {
    if (!this.entryToSeal(path)) {
      await writeAtomic(this.inner, path, bytes, this.writer); // As they are, but never truncated in place (header).
      return undefined;
    }
    // What this save replaces (header: two saves of one entry), read first, before any other read of
    // the save: another window's save landing after VS Code's own "file is newer" check is then seen
    // before the rename. An opaque journal's new entry (no id in this view) has no file this view knows.
    const known = this.opaque ? this.names.idOf(path) : undefined;
    // The names.age these names are exactly (NamesState `file`, namesAsFile), taken in the same turn as
    // `known`, so it pairs `path` with `known`: the bytes an opaque save that leaves names.age as it is
    // checks at its last check (below).
    const namesFile = known !== undefined && this.namesAsFile ? this.state.file : undefined;
    // A `recovered/<id>.md` entry (its id not in names.age) is that id's file: its save goes there (header).
    const recovered = this.opaque && known === undefined ? RECOVERED.exec(path)?.[1] : undefined;
    const began = this.opaque && known === undefined && recovered === undefined ? undefined : await this.inner.read(this.sealedPathOf(path));
    if (basis !== undefined && began !== undefined && !basis.some((version) => equalBytes(version, began))) {
      // The key first: a passphrase change in another window reseals every entry, so each file holds a
      // version this window never read; the user is told the key changed (reload), not that a save of
      // this entry landed, which saving again could not get past.
      await this.assertKeyUnchanged(path);
      throw new SavedSinceRead(path, began); // Another window's save landed since this window read the entry: never written over unseen.
    }
    if (!this.opaque) {
      await this.assertKeyUnchanged(path);
      return this.saveWithNames(path, this.sealedPathOf(path), bytes, began);
    }
    if (known !== undefined && namesFile !== undefined && began !== undefined) {
      // An existing entry whose name is in this view's names, these names exactly names.age as this
      // view last read or wrote it: the save writes only the entry's file, and names.age does not
      // change. So it goes as a readable save (header: an opaque save that leaves names.age as it is),
      // names.age checked unchanged at its last check; where it changed, the save goes on below.
      await this.assertKeyUnchanged(path);
      const saved = await this.save(path, opaquePath(known), bytes, began, namesFile);
      if (saved !== NEEDS_NAMES_LOCK) {
        return saved;
      }
    }
    return this.underLock(path, 'save', async (now) => {
      await this.assertKeyUnchanged(path);
      const named = recovered === undefined ? undefined : now?.get(recovered);
      if (named !== undefined && named !== path) {
        // Another window gave the recovered entry its name back: refused as a renamed entry is, never a second id named `recovered/<id>.md` (header).
        throw new NamesChanged(path, 'save', reason('recovered-named-elsewhere', path, named));
      }
      const id = recovered !== undefined && now !== undefined && !now.has(recovered) && idIn(now, path) === undefined ? recovered : await this.idToSave(path, known, now);
      return this.saveWithNames(path, opaquePath(id), bytes, id === (known ?? recovered) ? began : undefined);
    });
  }

  /**
   * Seals `bytes` into `sealedPath`, the entry `path`'s file: written beside, read back, proven, and
   * renamed over it once the key is still the unlock's and the file still holds `began` (header).
   * `namesFile`: an opaque journal's save that leaves names.age as it is, taken without the names lock
   * held throughout (writeEntry): the last check also asks that names.age still holds these bytes, and
   * the check and the rename go as a readable save's (landChecked). Resolves to NEEDS_NAMES_LOCK, nothing
   * written and no partial left, when names.age changed since (or an earlier save's partial is there,
   * which keeping aside would name in names.age: keepEarlierSaves): the caller then saves under the lock.
   */
  private async save(path: string, sealedPath: string, bytes: Uint8Array, began: Uint8Array | undefined, namesFile?: Uint8Array): Promise<Uint8Array | typeof NEEDS_NAMES_LOCK> {
    const unread = await this.unreadPlain(path, sealedPath);
    if (!(await this.keepEarlierSaves(path, sealedPath, bytes, namesFile === undefined))) {
      return NEEDS_NAMES_LOCK;
    }
    const { bytes: sealed, check } = await this.sealed(sealedPath, bytes);
    let refusal: Error | undefined;
    let namesMoved = false;
    const stillWanted = async (): Promise<boolean> => {
      refusal = await this.keyRefusal(path);
      if (refusal !== undefined) {
        return false;
      }
      // names.age first: when another window renamed or deleted the entry, the save under the lock
      // says so (NamesChanged, with the cause) where the file check could only say "changed".
      if (namesFile !== undefined && !(await fileUnchanged(this.inner, NAMES_PATH, namesFile))) {
        namesMoved = true;
        return false;
      }
      if (!(await fileUnchanged(this.inner, sealedPath, began))) {
        refusal = new PartialTaken(path, reason('saved-meanwhile', path));
      }
      return refusal === undefined;
    };
    // The last check and the rename hold the names lock where the host's create is exact, in a journal
    // of readable names and in an opaque save that leaves names.age as it is (an opaque journal's other
    // saves hold it throughout): no other window's save, rename, delete or new entry lands between them
    // (header: two saves of one entry).
    const landed = this.opaque && namesFile === undefined
      ? await writeVerified(this.inner, sealedPath, sealed, check, this.writer, stillWanted)
      : await this.landChecked(path, sealedPath, sealed, check, stillWanted);
    if (namesMoved) {
      return NEEDS_NAMES_LOCK;
    }
    if (!landed) {
      throw refusal ?? new JournalKeyChanged(path); // Changed while this was sealed and written: the partial is gone.
    }
    await this.settlePlain(path, bytes, unread); // Only now, with the sealed form proven and in place.
    return sealed;
  }

  /** `save` where names.age is not checked: a journal of readable names, or an opaque save under the names lock. */
  private async saveWithNames(path: string, sealedPath: string, bytes: Uint8Array, began: Uint8Array | undefined): Promise<Uint8Array> {
    const saved = await this.save(path, sealedPath, bytes, began);
    if (saved === NEEDS_NAMES_LOCK) {
      throw new Error(`${path}: a save that checks no names.age found it changed`); // Only a save given `namesFile` resolves so.
    }
    return saved;
  }

  /**
   * `sealed` written to this view's partial of `sealedPath`, read back and checked, and then — as a
   * fileChange, holding the names lock where the host's create is exact — `stillWanted` asked and the
   * partial renamed over it, or removed (false). A journal of readable names' save, and an opaque
   * journal's that leaves names.age as it is. The partial is removed too when the lock stays held
   * through every try (NamesLockBusy, nothing written).
   */
  private async landChecked(path: string, sealedPath: string, sealed: Uint8Array, check: WrittenCheck, stillWanted: () => Promise<boolean>): Promise<boolean> {
    const partial = await writeChecked(this.inner, sealedPath, sealed, check, this.writer);
    let renaming = false;
    try {
      return await this.fileChange(path, async () => {
        if (!(await stillWanted())) {
          await this.inner.remove(partial);
          return false;
        }
        renaming = true;
        await renameOwn(this.inner, partial, sealedPath);
        return true;
      });
    } catch (error) {
      if (!renaming) {
        await this.inner.remove(partial).catch(() => undefined); // Nothing of this save landed: no partial of it stays.
      }
      throw error;
    }
  }

  /**
   * `run`, a change that replaces or removes an entry's file and leaves names.age as it is — in a
   * journal of readable names a save's last check and rename, a rename, a delete, a new entry; in an
   * opaque one a save's last check and rename that names.age does not change (writeEntry) — after
   * this view's other changes. Where the host's exclusive create is exact it holds the journal's names
   * lock (namesLock.ts), so two windows' changes of one entry cannot cross between a check and the
   * rename it guards; it rejects with NamesLockBusy, `run` not called, when another window holds it
   * through every try. Where the create is a check and a write (`createChecksThenWrites`) it takes no
   * lock (header): that lock would cost every save its NAMES_LOCK_CONFIRM_MS read-back and still not
   * be exact.
   */
  private fileChange<T>(path: string, run: () => Promise<T>): Promise<T> {
    const locked = entryChangesLocked(this.inner);
    const done = this.queue.then(() => (locked ? withNamesLock(this.inner, this.lockHost, this.writer, path, run) : run()));
    this.queue = done.then(() => undefined, () => undefined);
    return done;
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
   * `mayName`: whether a copy kept aside may be named in names.age here (an opaque save under the names
   * lock, or any save of readable names); when not, and a partial is to be settled, resolves to false
   * with nothing done (the save then goes under the lock: writeEntry), else to true.
   */
  private async keepEarlierSaves(path: string, sealedPath: string, plain: Uint8Array, mayName: boolean): Promise<boolean> {
    for (const partial of [partialPath(sealedPath, this.writer), legacyPartialPath(sealedPath)]) {
      const own = partial !== legacyPartialPath(sealedPath);
      const earlier = await this.inner.read(partial);
      if (earlier === undefined || (!own && !(await oldEnough(this.times, partial)))) {
        continue;
      }
      if (!mayName) {
        return false;
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
    return true;
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
        await this.claimId(name); // Under the names lock in an opaque journal: kept only from its save, rename or delete.
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
    if (!this.opaque) {
      await this.assertKeyUnchanged(path);
      const sealedPath = this.sealedPathOf(path);
      const sealed = (await this.sealed(sealedPath, bytes)).bytes;
      return this.fileChange(path, () => this.inner.createExclusive(sealedPath, sealed)); // Where it takes the names lock, never between another save's check and its rename.
    }
    return this.underLock(path, 'save', async (now) => {
      await this.assertKeyUnchanged(path);
      const current = idIn(await this.opened(now), path);
      if (current !== undefined && await this.inner.read(opaquePath(current)) !== undefined) {
        return false; // Another window's entry of that name.
      }
      const sealedPath = opaquePath(current ?? await this.claimId(path));
      return this.inner.createExclusive(sealedPath, (await this.sealed(sealedPath, bytes)).bytes);
    });
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
    const named = this.opaque && this.names.idOf(from) !== undefined;
    // An opaque journal's name this view does not have, and no plain file of it: a name it lost at its
    // last read of names.age (a change of it refused since). The file it had under that name is
    // renamed, as its recovered/<id>.md entry would be (lostAt); with none, the cause and what to do,
    // never a raw "no such file".
    const unnamed = this.opaque && !named && RECOVERED.exec(from) === null && await this.inner.read(from) === undefined;
    const lost = unnamed ? await this.lostAt(from) : undefined;
    if (unnamed && lost === undefined) {
      throw new NamesChanged(from, 'rename', reason('not-named-here', from));
    }
    if (!unnamed && await this.inner.read(source) === undefined && (!named || await this.inner.read(from) !== undefined)) {
      // A plain entry of a mixed journal: moved as it is; the next encrypt seals it. An opaque entry
      // this view names but whose file is gone (another window deleted it) goes on below, to be refused with the cause.
      return this.inner.rename(from, to);
    }
    if (!this.opaque) {
      await this.assertKeyUnchanged(from); // A migration may be resealing the file.
      await this.settleDeadSaves(from, source);
      return this.fileChange(from, () => this.inner.rename(source, this.sealedPathOf(to))); // Where it takes the names lock, never between another save's check and its rename.
    }
    const known = lost === undefined ? this.pairing(from) : { id: lost, named: false };
    const knownTo = this.names.idOf(to);
    const listed = knownTo === undefined ? undefined : await this.topPartials(); // Before the lock (partialsBeside).
    return this.underLock(from, 'rename', async (now) => {
      await this.assertKeyUnchanged(from); // names.age is sealed again.
      const map = await this.opened(now);
      await this.assertPairing(from, 'rename', known, map);
      const replaced = idIn(map, to);
      if (replaced !== knownTo) {
        // The entry the user chose to rename over (or the free name) is not what it was: never replace what was not seen.
        throw knownTo === undefined ? new NamesChanged(to, 'rename', reason('taken-elsewhere', to)) : changedElsewhere(to, 'rename', knownTo, map, { before: this.state.before });
      }
      // The file of the entry renamed over, as read now: it goes only while it still holds that (a
      // second holder's save into it at the same moment, namesLock.ts, is refused rather than lost).
      const replacedFile = replaced === undefined ? undefined : await this.inner.read(opaquePath(replaced));
      if (replaced !== undefined) {
        await this.settleDeadSaves(to, opaquePath(replaced), listed); // Its file goes below, as a delete's does.
        if (!(await fileUnchanged(this.inner, opaquePath(replaced), replacedFile))) {
          throw new NamesChanged(to, 'rename', reason('names-changed-meanwhile'));
        }
      }
      const renamed = new Map([...this.names.names].filter(([id]) => id !== replaced)); // With any id the settling gave a kept save.
      renamed.set(known.id, to);
      await this.putNames(renamed, from, 'rename', replaced === undefined ? [] : [replaced]); // Listed as gone: its file goes only after.
      if (replaced !== undefined && await fileUnchanged(this.inner, opaquePath(replaced), replacedFile)) {
        await this.inner.remove(opaquePath(replaced)); // Else it stays, listed as recovered/<id>.md with its text, and the user told.
      }
    });
  }

  async remove(path: string): Promise<void> {
    if (!this.entryToSeal(path)) {
      return this.inner.remove(path);
    }
    // The user removes the entry: both its forms go, or a plain twin would come back in its place.
    this.plainSeen.delete(path);
    if (this.opaque && this.names.idOf(path) === undefined && RECOVERED.exec(path) === null && await this.inner.read(path) === undefined) {
      // A name this view does not have, and no plain file of it: lost at its last read of names.age
      // (a change of it refused since). Refused with the cause and what to do, where it once did
      // nothing and said nothing; the entry's text, if anywhere, is under its new name or recovered/.
      throw new NamesChanged(path, 'delete', reason('not-named-here', path));
    }
    if (!this.opaque || (this.names.idOf(path) === undefined && RECOVERED.exec(path) === null)) {
      return this.removeForms(path, this.sealedPathOf(path)); // Readable names, or a plain entry of a mixed journal.
    }
    const known = this.pairing(path);
    const listed = await this.topPartials(); // Before the lock (partialsBeside).
    return this.underLock(path, 'delete', async (now) => {
      if (now === undefined) {
        return this.removeForms(path, opaquePath(known.id), listed); // names.age does not open: the file goes, as before the lock.
      }
      if (known.named && !now.has(known.id) && idIn(now, path) === undefined) {
        return this.inner.remove(path); // Deleted in another window already: its plain twin, if any, goes too.
      }
      await this.assertPairing(path, 'delete', known, now);
      await this.removeForms(path, opaquePath(known.id), listed);
      if (now.has(known.id) && await this.keyRefusal(path) === undefined) {
        // After the file: a crash, or names.age changed at the same moment by a second holder (namesLock.ts), leaves an id with no file, which holds nothing.
        await this.putNames(new Map([...this.names.names].filter(([id]) => id !== known.id)), path, 'delete').catch((error: unknown) => {
          if (!(error instanceof NamesChanged)) {
            throw error;
          }
        });
      }
    });
  }

  /** Both forms of the entry `path` removed, its sealed form's cut-off saves settled first. */
  private async removeForms(path: string, sealedPath: string, listed?: readonly string[]): Promise<void> {
    await this.settleDeadSaves(path, sealedPath, listed);
    const removeBoth = async (): Promise<void> => {
      await this.inner.remove(sealedPath);
      await this.inner.remove(path);
    };
    // An opaque journal's delete holds the names lock already; a readable one's takes it for the removal (fileChange).
    await (this.opaque || !this.encrypted ? removeBoth() : this.fileChange(path, removeBoth));
  }

  /**
   * The opaque file this view pairs with the entry `path`: its id in this view's names (`named`), or
   * the id of a `recovered/<id>.md` entry, whose name is not in names.age.
   */
  private pairing(path: string): { readonly id: string; readonly named: boolean } {
    const id = this.names.idOf(path);
    const recovered = RECOVERED.exec(path)?.[1];
    if (id === undefined && recovered === undefined) {
      throw new Error(`${path} has no entry in the map of opaque names`);
    }
    return id === undefined ? { id: recovered ?? '', named: false } : { id, named: true };
  }

  /**
   * The file this view had under the name `path` before its last read of names.age, when that read
   * took the name away while the file stayed (a change of the entry refused: namesChanged.ts — lost
   * with the list, or renamed over with its file left and listed as gone): names.age then names
   * neither the id nor, in this view, the name, and the entry is listed as recovered/<id>.md. A rename
   * of `path` from an editor or listing older than that read renames that file, as a rename of its
   * recovered/<id>.md entry does, under the lock's checks. Undefined when there is no such file.
   */
  private async lostAt(path: string): Promise<string | undefined> {
    const id = idIn(this.state.before, path);
    if (id === undefined || this.names.names.has(id) || this.names.idOf(path) !== undefined) {
      return undefined;
    }
    return await this.stillThere(opaquePath(id)) ? id : undefined;
  }

  /** Refuses (NamesChanged, with the cause) when names.age, as `now` has it, no longer pairs `path` with the id this view acted on. */
  private async assertPairing(path: string, operation: NamesOperation, known: { readonly id: string; readonly named: boolean }, now: NameMap): Promise<void> {
    const still = known.named ? idIn(now, path) === known.id : !now.has(known.id);
    if (!still) {
      throw changedElsewhere(path, operation, known.id, now, await this.seenBefore(known.id));
    }
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
  private async settleDeadSaves(path: string, sealedPath: string, listed?: readonly string[]): Promise<void> {
    if (await this.inner.read(sealedPath) === undefined) {
      return; // A plain entry of a mixed journal: no save of this view sealed it.
    }
    const entryText = await this.entryText(sealedPath);
    for (const partial of await this.partialsBeside(sealedPath, listed)) {
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

  /**
   * Every partial of `sealedPath`, whoever wrote it: its folder listed, or at the journal's top (an
   * opaque journal's entries) from the journal's listing — `listed`, the partials topPartials found
   * before the names lock was taken, where given: listing a large journal (a remote one) while
   * holding the lock could outlast another window's wait. A partial written after that listing is
   * another writer's, under a minute old, which settleDeadSaves leaves anyway (this view's own saves
   * wait for this change); one gone since is read as nothing and passed over.
   */
  private async partialsBeside(sealedPath: string, listed?: readonly string[]): Promise<readonly string[]> {
    if (folderOf(sealedPath) !== '') {
      return partialsOf(this.inner, sealedPath, [this.writer]);
    }
    return (listed ?? await this.topPartials()).filter((file) => isPartialOf(file, sealedPath));
  }

  /** The partials the journal's listing holds (one listing of the whole journal). */
  private async topPartials(): Promise<readonly string[]> {
    return (await this.inner.list()).map((file) => file.path).filter(isPartialPath);
  }

  removeEmptyFolders(path: string): Promise<void> {
    return this.inner.removeEmptyFolders(path);
  }
}
