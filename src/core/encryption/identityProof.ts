// Whether the identities a person gave open their identity journal, proven before the journal is
// shown or changed. A passphrase journal proves its passphrase by opening its key file; an identity
// journal has no key file, and unlocking it (unlockJournal.ts) only reads the name map when names are
// opaque, so a wrong identity file would otherwise unlock a journal whose every entry then fails to
// open. Reads only; the first few encrypted entries are tried, so one damaged entry does not count
// as a wrong key.
import { createOpener } from '../crypto/ageFile';
import type { JournalFs } from './journalFs';
import { listJournal } from './journalListing';
import { englishReason, reason, type Reason } from './reasons';
import type { UnlockedJournal } from './unlockJournal';

export type IdentityProof = { readonly ok: true } | { readonly ok: false; readonly message: string; readonly why: Reason };

/** Entries tried before a journal none of them opens in is said to be another key's. */
const TRIED = 3;

export async function proveIdentity(fs: JournalFs, journal: UnlockedJournal): Promise<IdentityProof> {
  const opener = createOpener(journal.keys.open);
  let wrongKey: string | undefined;
  for (const path of (await listJournal(fs)).encrypted.slice(0, TRIED)) {
    const bytes = await fs.read(path);
    if (bytes === undefined) {
      continue;
    }
    const opened = await opener.open(path, bytes);
    if (opened.ok) {
      return { ok: true };
    }
    if (opened.failure.kind === 'wrong-key') {
      wrongKey ??= path;
    }
  }
  // Nothing encrypted yet, or only damaged files (each is told when it is opened): nothing disproves it.
  if (wrongKey === undefined) {
    return { ok: true };
  }
  const why = reason('identity-opens-not', wrongKey);
  return { ok: false, message: englishReason(why), why };
}
