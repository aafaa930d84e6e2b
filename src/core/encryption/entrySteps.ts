// One entry at a time, in steps that are each safe to be interrupted after: the new form is written
// beside the old, read back and proven to hold the same bytes, renamed into place, and only then is
// the old form removed — after checking it did not change meanwhile. Whatever a crash leaves, the next
// run (of the same operation, or of its opposite, which undoes it) finds one of these states and
// finishes from it:
//   old only                 → convert
//   old and new, same bytes  → the crash came between rename and removal: remove the old
//   old and new, different   → both are kept and listed (never guess which the user wants)
//   new only                 → already done
//   a partial                → settlePartials: removed while its final form or its source exists,
//                              else promoted when it opens whole, else kept and listed (an unlock
//                              promotes such orphans too: orphanedPartials.ts)
import type { OpenResult } from '../crypto/ageFile';
import { equalBytes } from '../crypto/bytes';
import { finalPathOf, isEncryptedEntryPath, isPlainEntryPath } from './layout';
import type { JournalFs } from './journalFs';
import type { Attention } from './migrationRun';
import { writeVerified } from './safeWrites';

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

function attention(path: string, reason: string): StepResult {
  return { kind: 'attention', attention: { path, reason } };
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
    return attention(plainPath, opened.ok
      ? `${sealedPath} is already there with different text: both are kept; keep the one you want, delete the other, and run again`
      : `${sealedPath} is already there and cannot be opened (${opened.failure.message}): both are kept`);
  }
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const current = plain;
    const sealed = await keys.seal(current);
    await writeVerified(fs, sealedPath, sealed, async (written) => {
      const opened = await keys.open(sealedPath, written);
      return opened.ok && equalBytes(opened.bytes, current);
    });
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
  return attention(plainPath, `kept changing while it was being encrypted: it is kept beside ${sealedPath}; close what edits it and run again`);
}

/** The sealed entry opened into `plainPath`; the sealed file removed once that is proven. */
export async function decryptEntry(fs: JournalFs, keys: Sealing, sealedPath: string, plainPath: string): Promise<StepResult> {
  const sealed = await fs.read(sealedPath);
  if (sealed === undefined) {
    return VANISHED;
  }
  const opened = await keys.open(sealedPath, sealed);
  if (!opened.ok) {
    return attention(sealedPath, `left encrypted: ${opened.failure.message}`);
  }
  const plain = opened.bytes;
  const existing = await fs.read(plainPath);
  if (existing !== undefined) {
    if (equalBytes(existing, plain)) {
      await fs.remove(sealedPath);
      return ALREADY;
    }
    return attention(plainPath, `is already there with different text from ${sealedPath}: both are kept; keep the one you want, delete the other, and run again`);
  }
  await writeVerified(fs, plainPath, plain, async (written) => equalBytes(written, plain));
  const now = await fs.read(sealedPath);
  if (now !== undefined && !equalBytes(now, sealed)) {
    return attention(sealedPath, `changed while it was being decrypted: the new version is kept beside ${plainPath}; run again`);
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
      return attention(sealedPath, `left as it was: ${opened.failure.message}`);
    }
    const plain = opened.bytes;
    const replaced = await writeVerified(fs, sealedPath, await to.seal(plain), async (written) => {
      const check = await to.open(sealedPath, written);
      return check.ok && equalBytes(check.bytes, plain);
    }, async () => {
      const now = await fs.read(sealedPath);
      return now !== undefined && equalBytes(now, sealed); // Saved again meanwhile: start over from the new bytes.
    });
    if (replaced) {
      return CONVERTED;
    }
  }
  return attention(sealedPath, 'kept changing while its key was being changed: left under the old key; run again');
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

/**
 * Settles the partial files a crash left. A partial is removed when it is redundant
 * (partialStanding); an orphan may be the only copy: it is promoted when `opensWhole` proves it
 * complete, and kept and listed when not. Partials of anything but entries are not this product's
 * and are left alone.
 */
export async function settlePartials(
  fs: JournalFs,
  partials: readonly string[],
  sourceOf: (finalPath: string) => string | undefined,
  opensWhole: (finalPath: string, bytes: Uint8Array) => Promise<boolean>,
): Promise<Attention[]> {
  const left: Attention[] = [];
  for (const partial of partials) {
    const standing = await partialStanding(fs, partial, sourceOf);
    if (standing === 'foreign') {
      continue;
    }
    if (standing === 'redundant') {
      await fs.remove(partial);
      continue;
    }
    const finalPath = finalPathOf(partial);
    const bytes = await fs.read(partial);
    if (bytes !== undefined && isEncryptedEntryPath(finalPath) && await opensWhole(finalPath, bytes)) {
      await fs.rename(partial, finalPath);
      continue;
    }
    left.push({ path: partial, reason: 'a half-written file with no original beside it: kept for you to look at' });
  }
  return left;
}
