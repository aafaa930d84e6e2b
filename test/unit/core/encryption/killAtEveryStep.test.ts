// The migration killed at every step: for each file-system operation of a clean run, the same run is
// killed right after that many operations (and, where the next one is a write, again with that write
// torn half-way). At each point nothing may be lost; then, from that very state, running again must
// finish the job and running the opposite must undo it, byte for byte. The lock the dead run leaves is
// taken over, as after a real crash.
import * as assert from 'node:assert/strict';
import type { AgeKeys } from '../../../../src/core/crypto/ageFile';
import { newIdentity } from '../../../../src/core/crypto/ageKeys';
import { changePassphrase } from '../../../../src/core/encryption/changePassphrase';
import { decryptJournal } from '../../../../src/core/encryption/decryptJournal';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import type { Credential } from '../../../../src/core/encryption/journalKey';
import { openJournalKey } from '../../../../src/core/encryption/journalKey';
import type { NameMode } from '../../../../src/core/encryption/journalState';
import { KEY_PATH, NEXT_KEY_PATH } from '../../../../src/core/encryption/layout';
import type { MigrationHost, MigrationOutcome } from '../../../../src/core/encryption/migrationRun';
import { KILL_ENTRIES, assertAsOriginal as assertAsOriginalOf, assertEncrypted as assertEncryptedOf, assertNothingLost, fixtureJournal as fixtureOf, journalKeys, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';

interface Scenario {
  /** The journal the run starts from. */
  readonly start: () => Promise<MemoryJournalFs>;
  readonly run: (host: MigrationHost) => Promise<MigrationOutcome>;
  readonly undo: (host: MigrationHost) => Promise<MigrationOutcome>;
  /** Every key that may open the journal's files at a crash point. */
  readonly keys: (fs: MemoryJournalFs) => Promise<AgeKeys | undefined>;
  readonly checkRun: (fs: MemoryJournalFs, context: string) => Promise<void>;
  readonly checkUndo: (fs: MemoryJournalFs, context: string) => Promise<void>;
  /** An undo refused on purpose at this point (the operation had in effect ended), checked here instead. */
  readonly refusedUndo?: (outcome: MigrationOutcome, fs: MemoryJournalFs, context: string) => Promise<boolean>;
}

const fixtureJournal = (): MemoryJournalFs => fixtureOf(KILL_ENTRIES);
const assertAsOriginal = (fs: MemoryJournalFs, context: string): void => assertAsOriginalOf(fs, context, KILL_ENTRIES);
const assertEncrypted = (fs: MemoryJournalFs, keys: AgeKeys, names: NameMode, context: string): Promise<void> => assertEncryptedOf(fs, keys, names, context, KILL_ENTRIES);

const OLD = 'old passphrase, ünïcode';
const NEW = 'new passphrase, ünïcode';

function assertDone(outcome: MigrationOutcome, context: string): void {
  assert.equal(outcome.status, 'done', `${context}: ${outcome.reason ?? JSON.stringify(outcome.attention)}`);
  assert.deepEqual(outcome.attention, [], context);
}

/**
 * The host of a run started over a minute after the crash, when `renameDeletesFirst`: there a kill
 * between a rename's delete and the rename leaves an entry only in its `.lj-partial`, which a run
 * puts in place only once it is a minute old (a save in another window may be under way: the run
 * says "run again in a minute"). Otherwise the host as it is (no file's time is known).
 */
function later(host: MigrationHost, renameDeletesFirst: boolean): MigrationHost {
  if (!renameDeletesFirst) {
    return host;
  }
  const fs = host.fs as MemoryJournalFs;
  return { ...host, modifiedAt: async (path) => (fs.files.has(path) ? host.now().getTime() - 2 * 60_000 : undefined) };
}

/**
 * `renameDeletesFirst`: every run (the clean one, each killed one, each resume and undo) on a file
 * system whose rename over a file deletes it first, as vscode.workspace.fs in the web, virtual and
 * remote hosts (memoryJournalFs.ts): a kill can then fall between the delete and the rename, leaving
 * a file only in its whole `.lj-partial`.
 */
async function killEverywhere(scenario: Scenario, renameDeletesFirst = false): Promise<number> {
  const start = await scenario.start();
  start.renameDeletesFirst = renameDeletesFirst;
  const clean = start.clone();
  assertDone(await scenario.run(testHost(clean)), 'a clean run');
  const operations = [...clean.log];
  let crashes = 0;
  for (let done = 0; done < operations.length; done++) {
    const next = operations[done] ?? '';
    for (const torn of next.startsWith('write ') ? [false, true] : [false]) {
      const context = `killed after ${done} of ${operations.length} operations, before "${next}"${torn ? ' (torn half-way)' : ''}`;
      const crashed = start.clone();
      crashed.faults = { killAfter: done, torn };
      await scenario.run(testHost(crashed, 1)); // Its outcome is never seen: the process "died".
      crashed.faults = {};
      await assertNothingLost(crashed, await scenario.keys(crashed), context, KILL_ENTRIES, { partials: renameDeletesFirst });
      crashes++;

      const resumed = crashed.clone();
      assertDone(await scenario.run(later(testHost(resumed, 2, [1]), renameDeletesFirst)), `${context}, then run again`);
      await scenario.checkRun(resumed, `${context}, then run again`);

      const undone = crashed.clone();
      const undo = await scenario.undo(later(testHost(undone, 3, [1]), renameDeletesFirst));
      if (!(await scenario.refusedUndo?.(undo, undone, `${context}, then undone`))) {
        assertDone(undo, `${context}, then undone`);
        await scenario.checkUndo(undone, `${context}, then undone`);
      }
    }
  }
  console.log(`      ${crashes} crash points over ${operations.length} operations, each resumed and undone`);
  return crashes;
}

function encryptScenario(credential: Credential, names: NameMode, keys: (fs: MemoryJournalFs) => Promise<AgeKeys | undefined>): Scenario {
  return {
    start: async () => fixtureJournal(),
    run: (host) => encryptJournal(host, { credential, names }),
    undo: (host) => decryptJournal(host, { credential }),
    keys,
    checkRun: async (fs, context) => assertEncrypted(fs, (await keys(fs))!, names, context),
    checkUndo: async (fs, context) => assertAsOriginal(fs, context),
  };
}

function decryptScenario(credential: Credential, names: NameMode, keys: (fs: MemoryJournalFs) => Promise<AgeKeys | undefined>): Scenario {
  return {
    start: async () => {
      const fs = fixtureJournal();
      assertDone(await encryptJournal(testHost(fs), { credential, names }), 'encrypting first');
      fs.log.length = 0;
      return fs;
    },
    run: (host) => decryptJournal(host, { credential }),
    undo: (host) => encryptJournal(host, { credential, names }),
    keys,
    checkRun: async (fs, context) => assertAsOriginal(fs, context),
    checkUndo: async (fs, context) => assertEncrypted(fs, (await keys(fs))!, names, context),
  };
}

async function keysOfPassphrase(fs: MemoryJournalFs): Promise<AgeKeys | undefined> {
  return journalKeys(fs, { passphrase: OLD });
}

/** Old key (key.age with the old passphrase, or with the new once the change has ended) and the next key. */
async function keysOfChange(fs: MemoryJournalFs): Promise<AgeKeys | undefined> {
  const identities: string[] = [];
  for (const [path, passphrase] of [[KEY_PATH, OLD], [KEY_PATH, NEW], [NEXT_KEY_PATH, NEW]] as const) {
    const file = fs.files.get(path);
    const opened = file === undefined ? undefined : await openJournalKey(path, file, passphrase);
    if (opened?.ok) {
      identities.push(...opened.keys.open.identities);
    }
  }
  return { passphrases: [], identities };
}

for (const renameDeletesFirst of [false, true]) {
  describe(`encryption: killed at every step, then resumed or undone${renameDeletesFirst ? ', on a file system whose rename deletes its target first (web, virtual and remote hosts)' : ''}`, function () {
    this.timeout(600_000);

    it('encrypt with a passphrase and readable names', async () => {
      const crashes = await killEverywhere(encryptScenario({ kind: 'passphrase', passphrase: OLD }, 'readable', keysOfPassphrase), renameDeletesFirst);
      assert.ok(crashes > 30, `${crashes} crash points`);
    });

    it('encrypt to an identity with opaque names', async () => {
      const key = await newIdentity(new Date());
      const keys = async (): Promise<AgeKeys> => ({ passphrases: [], identities: [key.identity] });
      await killEverywhere(encryptScenario({ kind: 'identity', identities: [key.identity] }, 'opaque', keys), renameDeletesFirst);
    });

    it('decrypt with a passphrase and opaque names', async () => {
      await killEverywhere(decryptScenario({ kind: 'passphrase', passphrase: OLD }, 'opaque', keysOfPassphrase), renameDeletesFirst);
    });

    it('decrypt with an identity and readable names', async () => {
      const key = await newIdentity(new Date());
      const keys = async (): Promise<AgeKeys> => ({ passphrases: [], identities: [key.identity] });
      await killEverywhere(decryptScenario({ kind: 'identity', identities: [key.identity] }, 'readable', keys), renameDeletesFirst);
    });

    it('change the passphrase (opaque names: the name map is re-sealed too)', async () => {
      const credential = { kind: 'passphrase', passphrase: OLD } as const;
      await killEverywhere({
        start: async () => {
          const fs = fixtureJournal();
          assertDone(await encryptJournal(testHost(fs), { credential, names: 'opaque' }), 'encrypting first');
          return fs;
        },
        run: (host) => changePassphrase(host, { passphrase: OLD, newPassphrase: NEW }),
        undo: (host) => changePassphrase(host, { passphrase: OLD, newPassphrase: NEW, undo: true }),
        keys: keysOfChange,
        checkRun: async (fs, context) => {
          assert.equal(fs.files.has(NEXT_KEY_PATH), false, context);
          assert.equal((await openJournalKey(KEY_PATH, fs.files.get(KEY_PATH)!, OLD)).ok, false, `${context}: the old passphrase opens nothing`);
          await assertEncrypted(fs, (await journalKeys(fs, { passphrase: NEW }))!, 'opaque', context);
        },
        checkUndo: async (fs, context) => {
          assert.equal(fs.files.has(NEXT_KEY_PATH), false, context);
          await assertEncrypted(fs, (await journalKeys(fs, { passphrase: OLD }))!, 'opaque', context);
        },
        // Killed after the new key replaced the old (the last step but removing the marker): the change
        // has happened, and going back is a new change. Every entry is under the new key.
        refusedUndo: async (outcome, fs, context) => {
          if (outcome.reason !== 'the passphrase change had already finished; to go back, change the passphrase again') {
            return false;
          }
          assert.equal(fs.files.has(NEXT_KEY_PATH), false, context);
          assertDone(await changePassphrase(testHost(fs, 4), { passphrase: OLD, newPassphrase: NEW }), `${context}, run forward`);
          await assertEncrypted(fs, (await journalKeys(fs, { passphrase: NEW }))!, 'opaque', context);
          return true;
        },
      }, renameDeletesFirst);
    });
  });
}
