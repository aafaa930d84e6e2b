// Two save paths of the decrypting view killed at every step, as killAtEveryStep.test.ts does for the
// migrations: the first save of a plain-only entry this window never read (its plain file removed
// only when it holds exactly the saved text), and a new entry of an opaque journal (under the names
// lock, namesLock.ts: its id written into names.age, then its file; the next window takes the killed
// one's lock over). For each file-system operation of a clean save, the same
// save is killed right after that many operations (and again with that write torn half-way), on a
// disk whose rename replaces atomically (Node) and on one that deletes first (VS Code's file API).
// Then the next window's unlock puts back what a deleting rename cut off (interruptedSaves.ts), and
// the user saves again. At every point: nothing the user wrote is lost — no entry's text, no entry's
// name — and no plain text is on disk where it was not before the save.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import type { Credential } from '../../../../src/core/encryption/journalKey';
import { isPartialPath, NAMES_PATH, opaqueIdOf, stagedPath, writerOf } from '../../../../src/core/encryption/layout';
import { restoreOrphans } from '../../../../src/core/encryption/orphanedPartials';
import { SAFE_AGE_MS } from '../../../../src/core/encryption/partialTimes';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { ENTRIES, fixtureJournal, testHost, AFTER_KILL } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';

const passphrase: Credential = { kind: 'passphrase', passphrase: 'Grüße — nur ich' };
const SECRET = 'the reorg is off';
const NEW_TEXT = utf8(`---\ndate: 2026-12-02\nkind: daily\n---\n\nI told Zoë ${SECRET}.\n`);
const PHONE = utf8('---\ndate: 2026-12-02\nkind: daily\n---\n\nWritten on the phone, plain.\n');
const SYNCED = '2026/12/2026-12-02.md';

async function encrypted(names: 'readable' | 'opaque', renameDeletesFirst: boolean): Promise<MemoryJournalFs> {
  const fs = fixtureJournal();
  const outcome = await encryptJournal(testHost(fs), { credential: passphrase, ...(names === 'opaque' ? { names } : {}) });
  assert.equal(outcome.status, 'done', outcome.reason);
  fs.renameDeletesFirst = renameDeletesFirst;
  return fs;
}

async function opened(fs: MemoryJournalFs): Promise<DecryptingJournalFs> {
  const unlock = await unlockJournal(fs, passphrase);
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  return new DecryptingJournalFs(fs, unlock.journal, undefined, undefined, undefined, undefined, undefined, undefined, AFTER_KILL); // Each view here follows a killed one, or is alone.
}

/** The files on the "disk" that hold `text` in the clear. */
function plainOnDisk(fs: MemoryJournalFs, text: string): string[] {
  return [...fs.files].filter(([, bytes]) => Buffer.from(bytes).includes(Buffer.from(text))).map(([path]) => path);
}

/** The next window's unlock, over a minute later: it puts back a save a deleting rename cut off (journalVault.ts → interruptedSaves.ts). */
async function nextUnlock(fs: MemoryJournalFs, context: string): Promise<void> {
  const unlock = await unlockJournal(fs, passphrase);
  assert.ok(unlock.ok, `${context}: ${unlock.ok ? '' : unlock.message}`);
  const now = Date.UTC(2026, 11, 2, 9, 0);
  const repair = await restoreOrphans({ fs, now: () => new Date(now), modifiedAt: async (at) => (fs.files.has(at) ? now - SAFE_AGE_MS - 1 : undefined), me: { pid: 2, host: 'test-host' }, liveness: () => 'dead' }, unlock.journal);
  // A save of an opaque entry kept aside (the killed window's, holding other text) is a new opaque file the map does not name.
  repair.keptAside.forEach((item) => keptCopies.add(`recovered/${opaqueIdOf(item.kept) ?? item.kept}.md`));
}

/** The `recovered/ID.md` copies the unlocks kept aside (nextUnlock): not names lost. */
const keptCopies = new Set<string>();

/** Every entry of the fixture other than `except` reads as it did. */
async function othersUntouched(view: DecryptingJournalFs, context: string, except: readonly string[] = []): Promise<void> {
  for (const [path, bytes] of Object.entries(ENTRIES)) {
    if (!except.includes(path)) {
      assert.deepEqual(await view.read(path), bytes, `${context}: ${path} is untouched`);
    }
  }
}

/** Listed entries that lost their names. */
async function recovered(view: DecryptingJournalFs): Promise<string[]> {
  return (await recoveredAll(view)).filter((path) => !keptCopies.has(path));
}

async function recoveredAll(view: DecryptingJournalFs): Promise<string[]> {
  return (await view.list()).map((file) => file.path).filter((path) => path.startsWith('recovered/'));
}

describe('encryption: two save paths killed at every step, then resumed', function () {
  this.timeout(300_000);

  for (const renameDeletesFirst of [false, true]) {
    const disk = renameDeletesFirst ? 'a rename that deletes first (web, virtual, remote)' : 'an atomic rename (desktop)';
    for (const names of ['readable', 'opaque'] as const) {
      for (const [plain, what] of [[PHONE, 'other text than the save'], [NEW_TEXT, 'exactly the saved text']] as const) {
        it(`the first save of a plain-only entry never read here, its plain file holding ${what}: killed at every step, nothing lost, and saving again settles it (${names} names, ${disk})`, async () => {
          const start = await encrypted(names, renameDeletesFirst);
          start.put(SYNCED, plain);
          const clean = start.clone();
          const cleanView = await opened(clean);
          const operations = clean.operations;
          await cleanView.write(SYNCED, NEW_TEXT); // No read first: an editor open from before the unlock, another tool.
          const steps = clean.operations - operations;
          const log = clean.log.slice(-steps);
          assert.equal(clean.files.has(SYNCED), plain !== NEW_TEXT, 'uninterrupted: removed only when it held exactly the saved text');
          for (let done = 0; done < steps; done++) {
            for (const torn of log[done]?.startsWith('write ') === true ? [false, true] : [false]) {
              const context = `killed after ${done} of ${steps} steps, before "${log[done] ?? ''}"${torn ? ' (torn half-way)' : ''}`;
              const crashed = start.clone();
              const view = await opened(crashed);
              crashed.faults = { killAfter: crashed.operations + done, torn };
              await view.write(SYNCED, NEW_TEXT).catch(() => undefined); // Killed; or, past the sealed rename, only the plain file's removal failed.
              crashed.faults = {};
              if (renameDeletesFirst) {
                await nextUnlock(crashed, context);
              }
              const onDisk = crashed.files.get(SYNCED);
              const fresh = await opened(crashed);
              const read = await fresh.read(SYNCED);
              assert.ok(read !== undefined && (Buffer.from(read).equals(Buffer.from(plain)) || Buffer.from(read).equals(Buffer.from(NEW_TEXT))), `${context}: the entry reads whole, the old text or the new`);
              if (plain !== NEW_TEXT) {
                assert.deepEqual(onDisk, plain, `${context}: the plain file, text found nowhere else, is never removed or changed`);
              } else {
                assert.ok(onDisk === undefined ? Buffer.from(read).equals(Buffer.from(NEW_TEXT)) : Buffer.from(onDisk).equals(Buffer.from(plain)), `${context}: the plain file is as it was, or gone once its text is sealed`);
              }
              assert.deepEqual(plainOnDisk(crashed, SECRET), plain === NEW_TEXT && onDisk !== undefined ? [SYNCED] : [], `${context}: the saved text is plain nowhere it was not before`);
              await othersUntouched(fresh, context);

              // The user saves again, in the next window (the editor kept the text; this window has read nothing).
              await (await opened(crashed)).write(SYNCED, NEW_TEXT);
              const after = await opened(crashed);
              assert.deepEqual(await after.read(SYNCED), NEW_TEXT, `${context}, saved again: the entry reads the save`);
              assert.deepEqual(crashed.files.get(SYNCED), plain === NEW_TEXT ? undefined : plain, `${context}, saved again: the plain file is gone when it held the saved text, else kept as it was`);
              assert.deepEqual(plainOnDisk(crashed, SECRET), [], `${context}, saved again: the saved text is nowhere plain`);
              // The killed window's partials are another writer's to the next window (layout.ts), which
              // neither writes over nor takes them: they hold nothing only they have (cut short, or the
              // text saved again), and the next run, holding the journal's lock, settles them.
              assert.deepEqual([...crashed.files.keys()].filter((path) => isPartialPath(path) && writerOf(path) !== view.writer), [], `${context}, saved again: no partial left but the killed window's own`);
              const settled = await encryptJournal(testHost(crashed), { credential: passphrase, ...(names === 'opaque' ? { names } : {}) });
              assert.notEqual(settled.status, 'stopped', `${context}: ${settled.reason ?? ''}`); // Unfinished where a plain file holding other text is kept beside its entry.
              assert.deepEqual([...crashed.files.keys()].filter((path) => isPartialPath(path) || path === stagedPath(NAMES_PATH)), [], `${context}, then a run: no partial left`);
              await othersUntouched(after, context);
              assert.deepEqual(await recovered(after), [], `${context}: no entry lost its name`);
            }
          }
        });
      }
    }

    it(`a new entry of an opaque journal (its id written into names.age before its file, under the names lock): killed at every step, no entry and no name lost, and saving again in the next window lands, the killed window's lock taken over (${disk})`, async () => {
      const start = await encrypted('opaque', renameDeletesFirst);
      const FROM_B = '2026/11/2026-11-25.md';
      const clean = start.clone();
      const cleanRun = await opened(clean);
      const operations = clean.operations;
      await cleanRun.write(FROM_B, NEW_TEXT);
      const steps = clean.operations - operations;
      const log = clean.log.slice(operations);
      const mapAt = log.findIndex((line) => line.startsWith(`rename ${NAMES_PATH}.`));
      assert.ok(mapAt >= 0 && mapAt < log.findIndex((line) => /^rename [a-z2-7]{26}\.md\.age\./.test(line)), 'names.age is written before the entry\'s file');
      for (let done = 0; done < steps; done++) {
        for (const torn of log[done]?.startsWith('write ') === true ? [false, true] : [false]) {
          const context = `killed after ${done} of ${steps} steps, before "${log[done] ?? ''}"${torn ? ' (torn half-way)' : ''}`;
          const crashed = start.clone();
          const windowB = await opened(crashed);
          crashed.faults = { killAfter: crashed.operations + done, torn };
          await windowB.write(FROM_B, NEW_TEXT).catch(() => undefined); // Killed at the lock's release, after its rename: saved.
          crashed.faults = {};
          if (renameDeletesFirst) {
            await nextUnlock(crashed, context);
          }
          const fresh = await opened(crashed);
          assert.deepEqual(await recovered(fresh), [], `${context}: no entry lost its name`);
          const fromB = await fresh.read(FROM_B);
          assert.ok(fromB === undefined || Buffer.from(fromB).equals(Buffer.from(NEW_TEXT)), `${context}: the entry is not there yet, or whole`);
          assert.deepEqual(plainOnDisk(crashed, SECRET), [], `${context}: no plain text on disk`);
          await othersUntouched(fresh, context);

          // The window, reloaded, saves again (the editor kept the text).
          await fresh.write(FROM_B, NEW_TEXT);
          const after = await opened(crashed);
          assert.deepEqual(await recovered(after), [], `${context}, saved again: no entry lost its name`);
          assert.deepEqual(await after.read(FROM_B), NEW_TEXT, `${context}, saved again: the entry reads the save`);
          assert.deepEqual(plainOnDisk(crashed, SECRET), [], `${context}, saved again: no plain text on disk`);
          await othersUntouched(after, context);
        }
      }
    });
  }
});
