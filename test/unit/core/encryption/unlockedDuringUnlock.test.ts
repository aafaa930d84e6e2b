// A window that unlocked while another window's unlock held the journal's lock (putting back cut-off
// saves: orphanedPartials.ts) has that lock in its key stamp (ninth review, finding 2). Once the other
// unlock released it, the key had not changed: the window's saves must land, never be refused as "the
// journal's key was changed, reload the window". A difference only by an unlock's lock, in either
// direction, is no key change (keyStamp.ts keyStampChange); a live unlock holding it now still refuses
// for a moment, and a run of another kind still counts as a change.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { JournalBeingTidied, JournalKeyChanged } from '../../../../src/core/encryption/keyStamp';
import { LOCK_PATH } from '../../../../src/core/encryption/layout';
import { holderBytes } from '../../../../src/core/encryption/lockLiveness';
import type { NamesLockHost } from '../../../../src/core/encryption/namesLock';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { fixtureJournal, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';

const PASSPHRASE = 'alt und bekannt';
const TODAY = '2026/11/2026-11-23.md';
const text = (words: string): Uint8Array => utf8(`---\ndate: 2026-11-23\nkind: daily\n---\n\n${words}\n`);
const desktop: NamesLockHost = { me: { pid: 1, host: 'test-host' }, liveness: () => 'alive', now: () => new Date() };
const lockOf = (pid: number, operation: string): Uint8Array => holderBytes({ pid, host: 'test-host', startedAt: new Date().toISOString(), operation });

async function journal(names: 'opaque' | 'readable'): Promise<MemoryJournalFs> {
  const fs = fixtureJournal();
  const outcome = await encryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE }, names });
  assert.equal(outcome.status, 'done', outcome.reason);
  return fs;
}

async function windowOn(fs: MemoryJournalFs): Promise<DecryptingJournalFs> {
  const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  const view = new DecryptingJournalFs(fs, unlock.journal, undefined, undefined, undefined, undefined, undefined, undefined, desktop);
  await view.list();
  return view;
}

async function textOf(fs: MemoryJournalFs, path: string): Promise<string> {
  return new TextDecoder().decode(await (await windowOn(fs)).read(path));
}

for (const names of ['opaque', 'readable'] as const) {
  describe(`a window unlocked while another window's unlock held the journal's lock (${names} names)`, function () {
    this.timeout(60_000);

    it('saves once that unlock released the lock, and is never told the key changed', async () => {
      const fs = await journal(names);
      fs.files.set(LOCK_PATH, lockOf(5, 'unlock')); // Window C's unlock, putting back a cut-off save.
      const b = await windowOn(fs); // B unlocks meanwhile.
      fs.files.delete(LOCK_PATH); // C's unlock is done.
      await b.write(TODAY, text('B saved after C unlocked.'));
      await b.write(TODAY, text('B saved again.'));
      assert.match(await textOf(fs, TODAY), /B saved again\./);
    });

    it('is told "unlocking" while a later unlock holds the lock, and "key changed" when a run of another kind does', async () => {
      const fs = await journal(names);
      fs.files.set(LOCK_PATH, lockOf(5, 'unlock'));
      const b = await windowOn(fs);
      fs.files.set(LOCK_PATH, lockOf(6, 'unlock')); // C released it; D's unlock holds it now.
      await assert.rejects(b.write(TODAY, text('too early')), JournalBeingTidied);
      fs.files.set(LOCK_PATH, lockOf(6, 'change-passphrase'));
      await assert.rejects(b.write(TODAY, text('never under the old key')), JournalKeyChanged);
    });
  });
}
