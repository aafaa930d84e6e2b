// A window killed while its unlock held the journal's lock (operation 'unlock', putting back cut-off
// saves: orphanedPartials.ts) (ninth review, finding 1): the windows already open must not be refused
// every save for good as "another window is unlocking this journal at this moment". The lock's holder
// is judged as lock.ts judges a stale lock (lockLiveness.ts unlockHoldLiveness): a dead process at
// once, any holder once its lock is over LOCK_STALE_MS old; then the save lands, and the next unlock
// removes the lock even with nothing to put back. A live, recent unlock still refuses, for a moment.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { JournalBeingTidied } from '../../../../src/core/encryption/keyStamp';
import { LOCK_PATH } from '../../../../src/core/encryption/layout';
import { holderBytes, LOCK_STALE_MS, type LockHolder } from '../../../../src/core/encryption/lockLiveness';
import type { NamesLockHost } from '../../../../src/core/encryption/namesLock';
import { restoreOrphans } from '../../../../src/core/encryption/orphanedPartials';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { fixtureJournal, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';

const PASSPHRASE = 'alt und bekannt';
const TODAY = '2026/11/2026-11-23.md';
const DEAD_PID = 99;
const text = (words: string): Uint8Array => utf8(`---\ndate: 2026-11-23\nkind: daily\n---\n\n${words}\n`);

/** The desktop's judgement: this machine's process DEAD_PID is gone, every other one runs. */
const desktop: NamesLockHost = { me: { pid: 1, host: 'test-host' }, liveness: (holder) => (holder.pid === DEAD_PID ? 'dead' : 'alive'), now: () => new Date() };

/** A host that cannot ask the holder's process (the web, another machine's lock): it is never judged dead by it. */
const cannotAsk: NamesLockHost = { me: { pid: 0, host: 'a web window' }, liveness: () => 'unknown', now: () => new Date() };

async function journal(names: 'opaque' | 'readable'): Promise<MemoryJournalFs> {
  const fs = fixtureJournal();
  const outcome = await encryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE }, names });
  assert.equal(outcome.status, 'done', outcome.reason);
  return fs;
}

async function windowOn(fs: MemoryJournalFs, host: NamesLockHost): Promise<DecryptingJournalFs> {
  const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  const view = new DecryptingJournalFs(fs, unlock.journal, undefined, undefined, undefined, undefined, undefined, undefined, host);
  await view.list();
  return view;
}

function unlockHolder(pid: number, startedAt: Date): LockHolder {
  return { pid, host: 'test-host', startedAt: startedAt.toISOString(), operation: 'unlock' };
}

async function textOf(fs: MemoryJournalFs, path: string): Promise<string> {
  const fresh = await windowOn(fs, desktop);
  return new TextDecoder().decode(await fresh.read(path));
}

for (const names of ['opaque', 'readable'] as const) {
  describe(`a dead unlock's hold of the journal's lock (${names} names)`, function () {
    this.timeout(60_000);

    it('refuses no save once its process is gone, and the next unlock removes it though it has nothing to put back', async () => {
      const fs = await journal(names);
      const a = await windowOn(fs, desktop);
      // Window C's unlock takes the lock to put back a cut-off save, and C is killed.
      fs.files.set(LOCK_PATH, holderBytes(unlockHolder(DEAD_PID, new Date())));
      await a.write(TODAY, text('A saved this after C was killed.'));
      assert.match(await textOf(fs, TODAY), /A saved this after C was killed\./);
      // Window D opens: nothing to put back, and the dead lock goes.
      const unlocked = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
      assert.ok(unlocked.ok);
      const repair = await restoreOrphans({ fs, me: { pid: 2, host: 'test-host' }, liveness: desktop.liveness, now: () => new Date(), modifiedAt: async () => undefined }, unlocked.journal);
      assert.deepEqual([repair.restored, repair.notNow], [[], undefined]);
      assert.equal(fs.files.has(LOCK_PATH), false, 'the dead unlock\'s lock is removed');
      await a.write(TODAY, text('A saved again.'));
      assert.match(await textOf(fs, TODAY), /A saved again\./);
    });

    it('refuses no save once the lock is over LOCK_STALE_MS old, where the holder\'s process cannot be asked', async () => {
      const fs = await journal(names);
      const a = await windowOn(fs, cannotAsk);
      fs.files.set(LOCK_PATH, holderBytes(unlockHolder(7, new Date(Date.now() - LOCK_STALE_MS - 60_000))));
      await a.write(TODAY, text('A saved this past the stale lock.'));
      assert.match(await textOf(fs, TODAY), /A saved this past the stale lock\./);
      const unlocked = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
      assert.ok(unlocked.ok);
      await restoreOrphans({ fs, me: { pid: 0, host: 'a web window' }, liveness: cannotAsk.liveness, now: () => new Date(), modifiedAt: async () => undefined }, unlocked.journal);
      assert.equal(fs.files.has(LOCK_PATH), false, 'the stale unlock\'s lock is removed');
    });

    it('still refuses a save, for a moment, while a live unlock holds the lock, and lets it land once released', async () => {
      const fs = await journal(names);
      const a = await windowOn(fs, desktop);
      fs.files.set(LOCK_PATH, holderBytes(unlockHolder(5, new Date())));
      await assert.rejects(a.write(TODAY, text('too early')), JournalBeingTidied);
      fs.files.delete(LOCK_PATH);
      await a.write(TODAY, text('A saved once the unlock was done.'));
      assert.match(await textOf(fs, TODAY), /A saved once the unlock was done\./);
    });
  });
}
