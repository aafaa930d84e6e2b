// Issue 17: which changes of an encrypted journal take the names lock, by host. Where the exclusive
// create is exact (Node's fs, the desktop) a journal of readable names takes it for a save's last
// check and rename, a new entry, a rename and a delete. Where the create is a check and a write
// (vscode.workspace.fs: web, virtual and remote folders) that lock must be read back after
// NAMES_LOCK_CONFIRM_MS before it is trusted, and still is not exact; there a journal of readable
// names takes no lock and waits no pause (its save refused over another window's save by the version
// check alone, savedSinceRead.test.ts), while an opaque journal, whose names.age needs the lock, still
// takes it and waits for a new entry, a rename and a delete — but not for a save of an existing entry
// while names.age is as the window read it, which writes only the entry's file and goes as a readable
// save does (on the desktop the lock around its last check and rename only; what that keeps:
// opaqueSaveNamesKept.test.ts). The lock's creates and the host's pauses are counted, not timed.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { isPartialPath, NAMES_LOCK_PATH, NAMES_PATH } from '../../../../src/core/encryption/layout';
import { NAMES_LOCK_CONFIRM_MS } from '../../../../src/core/encryption/namesLock';
import { SavedSinceRead } from '../../../../src/core/encryption/safeWrites';
import { unlockJournal, type UnlockedJournal } from '../../../../src/core/encryption/unlockJournal';
import { fixtureJournal, testHost } from '../../../support/encryptedJournal';
import { checkThenWrite, counted as noneCounted, countingHost, exact, type Counted } from '../../../support/lockDisks';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';

const passphrase = { kind: 'passphrase', passphrase: 'Schritt für Schritt' } as const;
const TODAY = '2026/11/2026-11-23.md';
const ONE_ON_ONE = '2026/11/2026-11-23-1on1-zoë.md';
const EMPTY = '2026/12/2026-12-01.md';
const NEW_DAY = '2026/11/2026-11-24.md';
const MOVED = '2026/11/2026-11-23-1on1-zoe.md';
const SAVED = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nSaved in this window.\n');
const NEW = utf8('---\ndate: 2026-11-24\nkind: daily\n---\n\nA new day.\n');
const ELSEWHERE = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nSaved in another window.\n');

async function unlocked(fs: MemoryJournalFs): Promise<UnlockedJournal> {
  const unlock = await unlockJournal(fs, passphrase);
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  return unlock.journal;
}

/** A journal encrypted with `names`, a window on it over `adapt(disk)`, and what its lock did. */
async function windowOn(names: 'readable' | 'opaque', adapt: (disk: MemoryJournalFs, counted: Counted) => JournalFs): Promise<{ fs: MemoryJournalFs; view: DecryptingJournalFs; counted: Counted }> {
  const fs = fixtureJournal();
  const outcome = await encryptJournal(testHost(fs), { credential: passphrase, ...(names === 'opaque' ? { names } : {}) });
  assert.equal(outcome.status, 'done', outcome.reason);
  const counted = noneCounted();
  const view = new DecryptingJournalFs(adapt(fs, counted), await unlocked(fs), undefined, undefined, undefined, undefined, '2windowa', undefined, countingHost(counted));
  await view.list();
  return { fs, view, counted };
}

/** A save of TODAY from the version the editor opened, a new entry, a rename and a delete; each lands. */
async function changeEach(fs: MemoryJournalFs, view: DecryptingJournalFs): Promise<void> {
  const opened = await view.readVersion(TODAY);
  assert.ok(opened?.version !== undefined);
  await view.write(TODAY, SAVED, [opened.version]);
  assert.equal(await view.createExclusive(NEW_DAY, NEW), true, 'the new entry is made');
  await view.rename(ONE_ON_ONE, MOVED);
  await view.remove(EMPTY);
  const after = new DecryptingJournalFs(fs, await unlocked(fs));
  assert.deepEqual(await after.read(TODAY), SAVED, 'the save landed');
  assert.deepEqual(await after.read(NEW_DAY), NEW, 'the new entry is there');
  assert.equal(await after.read(ONE_ON_ONE), undefined, 'renamed away');
  assert.ok(await after.read(MOVED) !== undefined, 'renamed to its new name');
  assert.equal(await after.read(EMPTY), undefined, 'deleted');
  assert.deepEqual([...fs.files.keys()].filter(isPartialPath), [], 'no partial left');
  assert.equal(fs.files.has(NAMES_LOCK_PATH), false, 'no lock left');
}

describe('encryption: the names lock of readable and opaque names, by host (issue 17)', () => {
  it('readable names through a create that checks, then writes (web, virtual, remote): a save, a new entry, a rename and a delete land, taking no names lock and waiting no pause', async () => {
    const { fs, view, counted } = await windowOn('readable', checkThenWrite);
    await changeEach(fs, view);
    assert.deepEqual(counted.lockCreates, [], 'no names lock created');
    assert.deepEqual(counted.pauses, [], `no pause waited (a ${NAMES_LOCK_CONFIRM_MS} ms confirmation each before)`);
  });

  it('readable names through a create that checks, then writes: a save over another window\'s save it never read is still refused, nothing written', async () => {
    const { fs, view, counted } = await windowOn('readable', checkThenWrite);
    const opened = await view.readVersion(TODAY);
    assert.ok(opened?.version !== undefined);
    const other = new DecryptingJournalFs(fs, await unlocked(fs), undefined, undefined, undefined, undefined, '3windowb');
    await other.write(TODAY, ELSEWHERE);
    await assert.rejects(view.write(TODAY, SAVED, [opened.version]), SavedSinceRead);
    assert.deepEqual(await other.read(TODAY), ELSEWHERE, 'the other window\'s save stays');
    assert.deepEqual(counted.pauses, []);
  });

  it('readable names on an exact create (the desktop): each of the four changes takes the names lock once and leaves it', async () => {
    const { fs, view, counted } = await windowOn('readable', exact);
    await changeEach(fs, view);
    assert.equal(counted.lockCreates.length, 4, 'a save, a new entry, a rename, a delete: one lock each');
    assert.deepEqual(counted.pauses, [], 'nothing held it: no wait');
  });

  it('opaque names through a create that checks, then writes: a save of an existing entry takes no names lock and waits no pause (names.age does not change); a new entry, a rename and a delete still take it and confirm it after its pause', async () => {
    const { fs, view, counted } = await windowOn('opaque', checkThenWrite);
    await changeEach(fs, view);
    assert.equal(counted.lockCreates.length, 3, 'a new entry, a rename, a delete: one lock each; the save none');
    assert.deepEqual(counted.pauses, [NAMES_LOCK_CONFIRM_MS, NAMES_LOCK_CONFIRM_MS, NAMES_LOCK_CONFIRM_MS], 'each lock read back after its pause');
  });

  it('opaque names on an exact create (the desktop): a save of an existing entry takes the names lock only around its last check and its rename, after its sealed partial is written and checked, and writes nothing into names.age', async () => {
    const { fs, view, counted } = await windowOn('opaque', exact);
    const opened = await view.readVersion(TODAY);
    assert.ok(opened?.version !== undefined);
    const names = fs.files.get(NAMES_PATH);
    const from = fs.log.length;
    await view.write(TODAY, SAVED, [opened.version]);
    const steps = fs.log.slice(from);
    const lockAt = steps.indexOf(`createExclusive ${NAMES_LOCK_PATH}`);
    const partialWritten = steps.findIndex((step) => step.startsWith('write ') && isPartialPath(step.slice('write '.length)));
    const renamed = steps.findIndex((step) => step.startsWith('rename ') && isPartialPath(step.slice('rename '.length).split(' -> ')[0] ?? ''));
    const released = steps.indexOf(`remove ${NAMES_LOCK_PATH}`);
    assert.equal(counted.lockCreates.length, 1, 'one lock');
    assert.ok(partialWritten >= 0 && partialWritten < lockAt, `the partial written and read back before the lock is taken (${steps.join(', ')})`);
    assert.ok(lockAt < renamed && renamed < released, `the rename under the lock (${steps.join(', ')})`);
    assert.deepEqual(steps.slice(lockAt + 1, renamed).filter((step) => !step.startsWith('read ')), [], 'only the last check\'s reads between the lock and the rename');
    assert.equal(steps.filter((step) => step.startsWith(`read ${NAMES_PATH}`)).length, 1, 'names.age read once, at the last check');
    assert.deepEqual(fs.files.get(NAMES_PATH), names, 'names.age as it was');
    assert.deepEqual(await new DecryptingJournalFs(fs, await unlocked(fs)).read(TODAY), SAVED, 'the save landed');
    assert.deepEqual([...fs.files.keys()].filter(isPartialPath), [], 'no partial left');
  });

  it('opaque names through a create that checks, then writes: a save of an existing entry after another window changed names.age (a new entry) takes the lock as before, and lands', async () => {
    const { fs, view, counted } = await windowOn('opaque', checkThenWrite);
    const opened = await view.readVersion(TODAY);
    assert.ok(opened?.version !== undefined);
    const other = new DecryptingJournalFs(fs, await unlocked(fs), undefined, undefined, undefined, undefined, '3windowb');
    assert.equal(await other.createExclusive(NEW_DAY, NEW), true, 'the other window\'s new entry, named in names.age');
    await view.write(TODAY, SAVED, [opened.version]);
    assert.equal(counted.lockCreates.length, 1, 'names.age changed since this window read it: the save takes the lock');
    assert.deepEqual(counted.pauses, [NAMES_LOCK_CONFIRM_MS]);
    const after = new DecryptingJournalFs(fs, await unlocked(fs));
    assert.deepEqual(await after.read(TODAY), SAVED, 'the save landed');
    assert.deepEqual(await after.read(NEW_DAY), NEW, 'the other window\'s entry keeps its name');
    assert.deepEqual([...fs.files.keys()].filter(isPartialPath), [], 'no partial left');
  });
});
