// Reading an encrypted (or partly encrypted) journal folder for `report` and `classify`: the core's
// decrypting view (core/encryption/decryptingJournalFs.ts) over the folder on disk, so `*.md.age`
// entries read as `*.md` under their real names (the name map, for opaque names) and plain entries of
// a mixed journal as they are. Plain text stays in memory; nothing decrypted is written anywhere.
// It only reads: a save that a closed VS Code window cut off before its rename (a whole partial,
// `NAME.md.age.<writer>.lj-partial` or an earlier version's `NAME.md.age.lj-partial`, with no
// `NAME.md.age`, core/encryption/orphanedPartials.ts; a window's save under way, less than a minute
// old, is said to be one and told apart from a cut-off one by that age only) is not put back
// here, nor read as the entry — the report would count a file the journal does not show — but named
// in a warning with how to put it back (an unlock in VS Code, or `encrypt`, whose migration settles
// partials). `report` and `classify` never write to the journal.
//
// This is the CLI's second way of listing a journal, beside journalFiles.ts; issue #13 replaces both
// with one catalogue, which can take the decrypting view as its source.
import { fromUtf8 } from '../../core/crypto/bytes';
import { DecryptingJournalFs, EntryUnreadable } from '../../core/encryption/decryptingJournalFs';
import { proveIdentity } from '../../core/encryption/identityProof';
import type { Credential, JournalKeys } from '../../core/encryption/journalKey';
import { listJournal } from '../../core/encryption/journalListing';
import { finalPathOf, isPlainEntryPath } from '../../core/encryption/layout';
import { surveyOrphans, type OrphanSurvey } from '../../core/encryption/orphanedPartials';
import { englishReason } from '../../core/encryption/reasons';
import { unlockJournal, type UnlockedJournal } from '../../core/encryption/unlockJournal';
import { errorMessage } from '../../core/text/errorMessage';
import { nodeJournalFs } from '../../node/encryption/nodeJournalFs';
import type { Read } from './credentials';
import { byCodeUnits } from '../../core/text/order';
import { pluralForm, pluralMessage } from '../../core/text/format';

export type EntryText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

export interface JournalEntryFile {
  /** The entry's journal-relative path as the user named it (an opaque file's real name). */
  readonly path: string;
  readonly read: () => Promise<EntryText>;
}

export interface EncryptedJournal {
  readonly entries: readonly JournalEntryFile[];
  /** Things to tell the user before the report: an interrupted migration, plain entries left. */
  readonly warnings: readonly string[];
}

/**
 * The journal in `dir` unlocked with the credential, or why not (a wrong passphrase says so). Identity
 * files are proven against the journal's entries first, as the extension proves them
 * (core/encryption/identityProof.ts): a journal with readable names unlocks with any key, and a report
 * would otherwise skip every entry as encrypted to another key instead of saying the key is wrong.
 */
export async function unlockFolder(dir: string, credential: Credential): Promise<Read<UnlockedJournal>> {
  const disk = nodeJournalFs(dir);
  const unlock = await unlockJournal(disk, credential);
  if (!unlock.ok) {
    return { ok: false, message: unlock.message };
  }
  const proof = credential.kind === 'identity' ? await proveIdentity(disk, unlock.journal) : { ok: true as const };
  return proof.ok ? { ok: true, value: unlock.journal } : { ok: false, message: proof.message };
}

/** The keys for a credential, from the journal in `dir` (key.age for a passphrase). */
export async function journalReadingKeys(dir: string, credential: Credential): Promise<Read<JournalKeys>> {
  const unlocked = await unlockFolder(dir, credential);
  return unlocked.ok ? { ok: true, value: unlocked.value.keys } : unlocked;
}

/** What the warnings say of the journal's cut-off saves (their entries are not in the report). */
function orphanWarnings(survey: OrphanSurvey): string[] {
  return [
    ...survey.whole.map((partial) => `${partial} is a save that was cut off before it was renamed to ${finalPathOf(partial)}: its entry is left out of this report until it is put back (unlocking the journal in VS Code does that, as does "leadership-journal encrypt" with the same key)`),
    ...survey.recent.map((partial) => `${partial} was written less than a minute ago, perhaps by a save under way: its entry may be left out of this report; run it again`),
    ...survey.kept.map((item) => `${item.reason}: a save that was cut off and does not open, left out of this report and kept as it is`),
  ];
}

/** Rejects only when `dir` itself cannot be listed. */
export async function readEncryptedJournal(dir: string, journal: UnlockedJournal): Promise<EncryptedJournal> {
  const disk = nodeJournalFs(dir);
  const view = new DecryptingJournalFs(disk, journal);
  const warnings = journal.warnings.map((why) => englishReason(why));
  const listing = await listJournal(disk);
  if (journal.warnings.length === 0 && listing.encrypted.length > 0 && listing.plain.length > 0) {
    warnings.push(`${pluralMessage(listing.plain.length, '{0} entry is', '{0} entries are')} not encrypted (run "leadership-journal encrypt" to encrypt ${pluralForm(listing.plain.length, 'it', 'them')})`);
  }
  if (listing.partials.length > 0) {
    const modifiedAt = async (path: string): Promise<number | undefined> => (await disk.stat?.(path))?.mtime;
    try {
      warnings.push(...orphanWarnings(await surveyOrphans({ fs: disk, now: () => new Date(), modifiedAt }, journal, listing.partials)));
    } catch (error) {
      warnings.push(`the half-written files (*.lj-partial) could not be checked: ${errorMessage(error)}`);
    }
  }
  const entries = (await view.list()).filter((file) => isPlainEntryPath(file.path)).map((file): JournalEntryFile => ({
    path: file.path,
    read: async () => {
      try {
        const bytes = await view.read(file.path);
        if (bytes === undefined) {
          return { ok: false, reason: 'it was removed while the report ran' };
        }
        return { ok: true, text: fromUtf8(bytes) ?? Buffer.from(bytes).toString('utf8') };
      } catch (error) {
        return { ok: false, reason: error instanceof EntryUnreadable ? `it could not be opened: ${error.message}` : `it could not be read: ${errorMessage(error)}` };
      }
    },
  }));
  entries.sort((a, b) => byCodeUnits(a.path, b.path));
  return { entries, warnings };
}
