// One entry at a time, in steps that are each safe to be interrupted after: the new form is written
// beside the old, read back and proven to hold the same bytes, renamed into place, and only then is
// the old form removed — after checking it did not change meanwhile. Whatever a crash leaves, the next
// run (of the same operation, or of its opposite, which undoes it) finds one of these states and
// finishes from it:
//   old only                 → convert
//   old and new, same bytes  → the crash came between rename and removal: remove the old
//   old and new, different   → both are kept and listed (never guess which the user wants)
//   new only                 → already done
//   a partial                → settlePartials: removed while its final form or its source exists
//                              and it holds nothing only it has (the same text, or a write age finds
//                              cut short or damaged); else promoted (or kept beside) when
//                              it opens whole and is over a minute old, else kept and listed (an
//                              unlock promotes such orphans too: orphanedPartials.ts)
import type { OpenResult } from '../crypto/ageFile';
import { equalBytes } from '../crypto/bytes';
import { AGE_SUFFIX, finalPathOf, isEncryptedEntryPath, isPlainEntryPath, newOpaqueId, opaqueIdOf, opaquePath, PROCESS_WRITER } from './layout';
import type { JournalFs } from './journalFs';
import type { EntryNames } from './entryNames';
import { KEPT_MAX, keepInFreeSlot } from './keptSaves';
import { modifiedAtOf, type Attention, type MigrationHost, type Tally } from './migrationRun';
import { ageReason, because, reason, type Reason } from './reasons';
import { partialFate } from './partialFate';
import { newestFirst, oldEnough } from './partialTimes';
import { fileUnchanged, writeVerified } from './safeWrites';

export type StepResult =
  /** Converted by this run. */
  | { readonly kind: 'converted' }
  /** Already in the state asked for (perhaps only the old form's removal was left). */
  | { readonly kind: 'already' }
  /** Neither form is there any more (deleted while the run went on). */
  | { readonly kind: 'vanished' }
  | { readonly kind: 'attention'; readonly attention: Attention };

export interface Sealing {
  readonly seal: (plain: Uint8Array) => Promise<Uint8Array>;
  readonly open: (file: string, bytes: Uint8Array) => Promise<OpenResult>;
}

/** How many times an entry that keeps changing under the run is tried before it is left to the user. */
const TRIES = 3;

const CONVERTED: StepResult = { kind: 'converted' };
const ALREADY: StepResult = { kind: 'already' };
const VANISHED: StepResult = { kind: 'vanished' };

function attention(path: string, why: Reason): StepResult {
  return { kind: 'attention', attention: because(path, why) };
}

/** The plain entry `plainPath` sealed into `sealedPath`; the plain file removed once that is proven. */
export async function encryptEntry(fs: JournalFs, keys: Sealing, plainPath: string, sealedPath: string): Promise<StepResult> {
  let plain = await fs.read(plainPath);
  if (plain === undefined) {
    return VANISHED;
  }
  const existing = await fs.read(sealedPath);
  if (existing !== undefined) {
    const opened = await keys.open(sealedPath, existing);
    if (opened.ok && equalBytes(opened.bytes, plain)) {
      await fs.remove(plainPath);
      return ALREADY;
    }
    return attention(plainPath, opened.ok ? reason('sealed-differs', sealedPath) : reason('sealed-unopenable', sealedPath, ageReason(opened.failure)));
  }
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const current = plain;
    const sealed = await keys.seal(current);
    await writeVerified(fs, sealedPath, sealed, async (written) => {
      const opened = await keys.open(sealedPath, written);
      return opened.ok && equalBytes(opened.bytes, current);
    }, PROCESS_WRITER);
    const now = await fs.read(plainPath);
    if (now === undefined) {
      return CONVERTED; // Deleted meanwhile by someone else; its text is safe in the sealed file.
    }
    if (equalBytes(now, current)) {
      await fs.remove(plainPath);
      return CONVERTED;
    }
    plain = now; // Edited while it was sealed: seal the new text (the sealed file is replaced).
  }
  return attention(plainPath, reason('kept-changing-encrypting', sealedPath));
}

/** The sealed entry opened into `plainPath`; the sealed file removed once that is proven. */
export async function decryptEntry(fs: JournalFs, keys: Sealing, sealedPath: string, plainPath: string): Promise<StepResult> {
  const sealed = await fs.read(sealedPath);
  if (sealed === undefined) {
    return VANISHED;
  }
  const opened = await keys.open(sealedPath, sealed);
  if (!opened.ok) {
    return attention(sealedPath, reason('left-encrypted', ageReason(opened.failure)));
  }
  const plain = opened.bytes;
  const existing = await fs.read(plainPath);
  if (existing !== undefined) {
    if (equalBytes(existing, plain)) {
      await fs.remove(sealedPath);
      return ALREADY;
    }
    return attention(plainPath, reason('plain-differs', sealedPath));
  }
  await writeVerified(fs, plainPath, plain, async (written) => equalBytes(written, plain), PROCESS_WRITER);
  const now = await fs.read(sealedPath);
  if (now !== undefined && !equalBytes(now, sealed)) {
    return attention(sealedPath, reason('changed-decrypting', plainPath));
  }
  await fs.remove(sealedPath);
  return CONVERTED;
}

/** The sealed entry re-sealed from the keys that open it (`from`) to `to`, in place. */
export async function resealEntry(fs: JournalFs, from: Sealing, to: Sealing, sealedPath: string): Promise<StepResult> {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const sealed = await fs.read(sealedPath);
    if (sealed === undefined) {
      return VANISHED;
    }
    if ((await to.open(sealedPath, sealed)).ok) {
      return ALREADY;
    }
    const opened = await from.open(sealedPath, sealed);
    if (!opened.ok) {
      return attention(sealedPath, reason('left-as-it-was', ageReason(opened.failure)));
    }
    const plain = opened.bytes;
    const replaced = await writeVerified(fs, sealedPath, await to.seal(plain), async (written) => {
      const check = await to.open(sealedPath, written);
      return check.ok && equalBytes(check.bytes, plain);
    }, PROCESS_WRITER, () => fileUnchanged(fs, sealedPath, sealed)); // Saved again meanwhile: start over from the new bytes.
    if (replaced) {
      return CONVERTED;
    }
  }
  return attention(sealedPath, reason('kept-changing-resealing'));
}

/**
 * Where a partial stands: `foreign` when it is not an entry's (not this product's to settle),
 * `redundant` when the file it was to become is there, or that file's source is (the step will be
 * redone): it is not the only copy of anything; `orphan` when neither is, so it may be the only copy.
 * The one reading of these rules, for the migrations (settlePartials) and the unlock
 * (orphanedPartials.ts).
 */
export type PartialStanding = 'foreign' | 'redundant' | 'orphan';

export async function partialStanding(fs: JournalFs, partial: string, sourceOf: (finalPath: string) => string | undefined): Promise<PartialStanding> {
  const finalPath = finalPathOf(partial);
  if (!isEncryptedEntryPath(finalPath) && !isPlainEntryPath(finalPath)) {
    return 'foreign';
  }
  const source = sourceOf(finalPath);
  return await fs.read(finalPath) !== undefined || (source !== undefined && await fs.read(source) !== undefined) ? 'redundant' : 'orphan';
}

/** What settling the partials needs besides the disk: the run's names, keys and clock. */
export interface PartialSettling {
  /** The file a final path is made from (EntryNames `sourceOf`). */
  readonly sourceOf: (finalPath: string) => string | undefined;
  /** A sealed file opened with the run's keys, or age's reason why not (Sealing `open`). */
  readonly open: Sealing['open'];
  /** When a file was last written (ms since 1970), undefined when the disk does not tell. */
  readonly modifiedAt: (path: string) => Promise<number | undefined>;
  readonly now: () => Date;
  /** The words of a kept copy's name in the user's language (keptSaves.ts); English when absent. */
  readonly keptWords?: string;
  /**
   * In an opaque journal, under the names lock (the unlock holds it: orphanedPartials.ts; a run takes
   * it for each copy: keptCopyName.ts runNamesKept): gives a
   * kept copy of the entry whose file is `finalPath` a name in names.age — the first free
   * `NAME (interrupted save N).md` — before its file exists, and resolves to the opaque file to
   * rename the copy to; 'full' when all KEPT_MAX are held; undefined when names.age does not name the
   * entry. Absent, or undefined: a new opaque file names.age does not name (read as `recovered/ID.md`).
   */
  readonly nameKept?: (finalPath: string) => Promise<string | 'full' | undefined>;
}

export interface SettledPartials {
  readonly attention: Attention[];
  /** Partials kept beside their entry under a new name, with why. */
  readonly notes: Attention[];
  /**
   * Entry files this settling put in place (an orphan renamed to its final path, or a partial kept
   * as `NAME (interrupted save).md[.age]`), which the run's listing, made before, does not hold: the
   * run converts them with the rest, or a decrypt would leave them sealed to the key it removes.
   */
  readonly placed: string[];
}

const UNDER_WAY = reason('partial-under-way');

/**
 * Settles the partial files a crash left, never one another window may be writing now and never the
 * only copy of any text:
 * - a redundant partial (partialStanding) is removed when it holds nothing only it has: it is a plain
 *   entry's (only a decrypt writes those, from the source beside it), or, as partialFate.ts says, age
 *   finds it cut short or damaged (a write that never finished, whose writer failed or will redo it),
 *   or it opens to the text of the file it was to become or of that file's source. One that is whole but does not open
 *   with the run's keys (sealed to another key: a save cut off before a passphrase change resealed
 *   the entry, or a file from elsewhere) may be the only copy of a save: it is left as it is and
 *   listed with age's reason, as such an orphan is. One holding other text is a save cut off
 *   between its write and its rename: written at least SAFE_AGE_MS ago, it is kept as the entry
 *   `NAME (interrupted save).md` beside its own (renamed, as it is; keptSaves.ts) — or, when
 *   KEPT_MAX such copies are there already, left as it is and listed; younger, it may be a save
 *   under way, and is left and listed.
 * - an orphan is promoted (renamed into place) when it opens whole and was written at least
 *   SAFE_AGE_MS ago — the unlock's rule (orphanedPartials.ts), so a save under way in another window
 *   is never raced; younger, or not opening, it is kept and listed.
 * Partials of anything but entries are not this product's and are left alone.
 */
export async function settlePartials(fs: JournalFs, partials: readonly string[], settling: PartialSettling): Promise<SettledPartials> {
  const attention: Attention[] = [];
  const notes: Attention[] = [];
  const placed: string[] = [];
  // The bytes of a file that becomes `path`, opened when it is sealed; age's failure names `file`.
  const openedOf = async (path: string, bytes: Uint8Array | undefined, file = path): Promise<OpenResult | undefined> =>
    bytes === undefined ? undefined : isEncryptedEntryPath(path) ? settling.open(file, bytes) : { ok: true, bytes };
  const textOf = async (path: string, bytes: Uint8Array | undefined): Promise<Uint8Array | undefined> => {
    const opened = await openedOf(path, bytes);
    return opened?.ok === true ? opened.bytes : undefined;
  };
  const times = { now: () => settling.now().getTime(), modifiedAt: settling.modifiedAt };
  const young = async (path: string): Promise<boolean> => !(await oldEnough(times, path));
  // The last written first, as the unlock does (orphanedPartials.ts): of two writers' orphans of one
  // entry, the newer is put in place and the older then settled beside it.
  for (const partial of await newestFirst(partials, settling.modifiedAt)) {
    const standing = await partialStanding(fs, partial, settling.sourceOf);
    if (standing === 'foreign') {
      continue;
    }
    const finalPath = finalPathOf(partial);
    const bytes = await fs.read(partial);
    if (bytes === undefined) {
      continue; // Gone since the listing.
    }
    const opened = await openedOf(finalPath, bytes, partial);
    const text = opened?.ok === true ? opened.bytes : undefined;
    if (standing === 'redundant') {
      // A plain entry's partial is only ever a migration's (a decrypt's), made from its source: never
      // the only copy of anything. A sealed one may be a save's.
      const source = settling.sourceOf(finalPath);
      const others = [await textOf(finalPath, await fs.read(finalPath)), source === undefined ? undefined : await textOf(source, await fs.read(source))];
      const fate = opened === undefined || !isEncryptedEntryPath(finalPath) ? undefined : partialFate(opened, others);
      if (fate === undefined || fate.kind === 'remove') {
        await fs.remove(partial);
      } else if (fate.kind === 'keep') {
        attention.push(because(partial, ageReason(fate.failure))); // Whole, to another key: perhaps the only copy of a save.
      } else if (await young(partial)) {
        attention.push(because(partial, UNDER_WAY));
      } else {
        const entry = source !== undefined && opaqueIdOf(finalPath) !== undefined ? source : finalPath;
        const kept = await keepAside(fs, partial, finalPath, settling.keptWords, settling.nameKept);
        if (kept === undefined) {
          attention.push(because(partial, reason('kept-full', entry, KEPT_MAX)));
        } else {
          placed.push(kept);
          notes.push(because(kept, reason('partial-kept-beside', entry)));
        }
      }
      continue;
    }
    if (!isEncryptedEntryPath(finalPath) || text === undefined) {
      attention.push(because(partial, reason('partial-half-written')));
    } else if (await young(partial)) {
      attention.push(because(partial, UNDER_WAY));
    } else {
      await fs.rename(partial, finalPath);
      placed.push(finalPath);
    }
  }
  return { attention, notes, placed };
}

/**
 * settlePartials as a run does it (encrypt, decrypt, change passphrase): with the run's names and
 * keys and its host's clock, file times and words for a kept copy's name; what needs the user, and what was kept beside its entry,
 * go in the tally. `nameKept`, in an opaque journal (keptCopyName.ts runNamesKept): names a kept copy
 * in names.age, and the run's `names` — so the tally names it by that name, as the unlock does.
 * Resolves to the entry files it put in place, for the run to convert (`placed`).
 */
export async function settleRunPartials(host: Pick<MigrationHost, 'fs' | 'modifiedAt' | 'now' | 'keptWords'>, fs: JournalFs, tally: Tally, partials: readonly string[], names: EntryNames, keys: Sealing, nameKept?: PartialSettling['nameKept']): Promise<readonly string[]> {
  const settled = await settlePartials(fs, partials, {
    sourceOf: (path) => names.sourceOf(path),
    open: (path, bytes) => keys.open(path, bytes),
    modifiedAt: modifiedAtOf(host),
    now: host.now,
    ...(host.keptWords === undefined ? {} : { keptWords: host.keptWords }),
    ...(nameKept === undefined ? {} : { nameKept }),
  });
  tally.attention.push(...settled.attention);
  tally.notes.push(...settled.notes.map((note) => {
    const named = opaqueIdOf(note.path) === undefined ? undefined : names.plainPathOf(note.path);
    return named === undefined || named.recovered ? note : { ...note, path: named.path };
  }));
  return settled.placed;
}

/**
 * Renames `partial` to the first free `NAME (interrupted save N)` beside `finalPath`, in the host's
 * `words` (keptSaves.ts: a slot is free when neither form of the entry is there, in those words nor in
 * English), resolving to it; undefined when all KEPT_MAX are held, and the partial was left as it is.
 * In an opaque journal, to the opaque file `nameKept` gave a name in names.age (PartialSettling);
 * else to a new opaque file, whose name is not in the map (it reads as `recovered/ID.md`, and gives
 * nothing away): random, so never held, and not bounded.
 */
async function keepAside(fs: JournalFs, partial: string, finalPath: string, words: string | undefined, nameKept?: PartialSettling['nameKept']): Promise<string | undefined> {
  const held = async (kept: string): Promise<boolean> => {
    const twin = isEncryptedEntryPath(kept) ? kept.slice(0, -AGE_SUFFIX.length) : `${kept}${AGE_SUFFIX}`;
    return await fs.read(kept) !== undefined || await fs.read(twin) !== undefined;
  };
  const claim = async (kept: string): Promise<boolean> => {
    await fs.rename(partial, kept);
    return true;
  };
  if (opaqueIdOf(finalPath) !== undefined) {
    const named = await nameKept?.(finalPath);
    if (named === 'full') {
      return undefined;
    }
    if (named !== undefined) {
      await claim(named);
      return named;
    }
    for (;;) {
      const kept = opaquePath(newOpaqueId());
      if (!(await held(kept))) {
        await claim(kept);
        return kept;
      }
    }
  }
  return keepInFreeSlot(finalPath, { held, claim, ...(words === undefined ? {} : { words }) });
}
