// Saves in an opaque journal while another window renames entries (fifth review of the name check,
// decryptingJournalFs.ts write/nameUnchanged): there a rename changes only names.age, so a save checks
// names.age for its entry's name before its rename. What the user sees: a save refused because
// another window renamed the entry is refused once, not for good, however often that window renames
// it again, and saving again never undoes that window's later rename; a save whose entry another
// window renamed a different entry over (names.age written first, the old file removed after) is
// refused, its text in the editor, not reported saved and removed with the file; and a names.age
// cut short after the unlock does not stop the saves of existing entries, nor leave a partial.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { DESCRIPTOR_PATH, isPartialPath, NAMES_PATH, opaqueIdOf } from '../../../../src/core/encryption/layout';
import { PartialTaken } from '../../../../src/core/encryption/safeWrites';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { ENTRIES, fixtureJournal, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';

const PASSPHRASE = 'alt und bekannt';
const TODAY = '2026/11/2026-11-23.md';
const ONE_ON_ONE = '2026/11/2026-11-23-1on1-zoë.md';
const TOMORROW = '2026/11/2026-11-24.md';
const NEW_DAY = '2026/11/2026-11-25.md';
const LATER = '2026/11/2026-11-26.md';
const NEW_TEXT = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nWritten in this window.\n');

async function opaqueJournal(): Promise<MemoryJournalFs> {
  const fs = fixtureJournal();
  const outcome = await encryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE }, names: 'opaque' });
  assert.equal(outcome.status, 'done', outcome.reason);
  return fs;
}

/** A window's view of `disk`, reaching its files through `through`. */
async function windowOn(disk: MemoryJournalFs, through: JournalFs = disk): Promise<DecryptingJournalFs> {
  const unlock = await unlockJournal(disk, { kind: 'passphrase', passphrase: PASSPHRASE });
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  return new DecryptingJournalFs(through, unlock.journal);
}

/** `disk`, calling `before` ahead of each read, rename and remove (and awaiting it). */
function hooked(disk: MemoryJournalFs, before: (op: 'read' | 'rename' | 'remove', path: string) => Promise<void>): JournalFs {
  return {
    list: () => disk.list(),
    read: async (path) => {
      await before('read', path);
      return disk.read(path);
    },
    write: (path, bytes) => disk.write(path, bytes),
    createExclusive: (path, bytes) => disk.createExclusive(path, bytes),
    rename: async (from, to) => {
      await before('rename', from);
      return disk.rename(from, to);
    },
    remove: async (path) => {
      await before('remove', path);
      return disk.remove(path);
    },
    removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
  };
}

/** What a fresh window reads at each of `paths` (undefined: no such entry), and that no partial is left. */
async function entriesNow(fs: MemoryJournalFs, paths: readonly string[]): Promise<Record<string, Uint8Array | undefined>> {
  assert.deepEqual([...fs.files.keys()].filter(isPartialPath), [], 'no partial left');
  const fresh = await windowOn(fs);
  const listed = (await fresh.list()).map((file) => file.path);
  assert.deepEqual(listed.filter((path) => path.startsWith('recovered/')), [], 'no entry lost its name');
  return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, await fresh.read(path)] as const)));
}

/** Refused as another window's rename of (or onto) `path` since this window last read names.age. */
async function renamedElsewhere(save: Promise<unknown>, path: string): Promise<void> {
  await assert.rejects(save, (error: unknown) => error instanceof PartialTaken && error.path === path && error.why?.id === 'renamed-elsewhere');
}

/** A view on `fs` and another window's, where the other renames TODAY to TOMORROW during the view's first save of TODAY, which is refused. */
async function refusedOnce(fs: MemoryJournalFs): Promise<{ readonly view: DecryptingJournalFs; readonly other: DecryptingJournalFs }> {
  const other = await windowOn(fs);
  let renamed = false;
  const view = await windowOn(fs, hooked(fs, async (op, path) => {
    if (op === 'read' && path === DESCRIPTOR_PATH && !renamed) {
      renamed = true;
      await other.rename(TODAY, TOMORROW);
    }
  }));
  await renamedElsewhere(view.write(TODAY, NEW_TEXT), TODAY);
  return { view, other };
}

describe('encryption: saves in an opaque journal while another window renames its entries', function () {
  this.timeout(60_000);

  it('a save refused because another window renamed the entry is refused once, not for good, when that window renames it again: saving again writes it anew (after a refused save, and after a listing that read names.age)', async () => {
    for (const learned of ['refused save', 'listing'] as const) {
      const fs = await opaqueJournal();
      let view: DecryptingJournalFs;
      let other: DecryptingJournalFs;
      if (learned === 'refused save') {
        ({ view, other } = await refusedOnce(fs));
      } else {
        view = await windowOn(fs);
        other = await windowOn(fs);
        await other.rename(TODAY, TOMORROW);
        await other.write(NEW_DAY, NEW_TEXT); // A new entry: the listing reads names.age again.
        assert.ok((await view.list()).some((file) => file.path === TOMORROW), `${learned}: this window shows the rename`);
      }
      await other.rename(TOMORROW, LATER); // And again, before this window's next save.
      await renamedElsewhere(view.write(TOMORROW, NEW_TEXT), TOMORROW);
      await view.write(TOMORROW, NEW_TEXT); // Saved again: up to 7fa906c refused every time.
      const now = await entriesNow(fs, [TODAY, TOMORROW, LATER]);
      assert.deepEqual(now, { [TODAY]: undefined, [TOMORROW]: NEW_TEXT, [LATER]: ENTRIES[TODAY] }, `${learned}: the other window's entry keeps its latest name and text, this window's text is the entry anew`);
    }
  });

  it('saving again after that refusal does not undo another window\'s later rename of the entry', async () => {
    const fs = await opaqueJournal();
    const { view, other } = await refusedOnce(fs);
    await other.rename(TOMORROW, LATER);
    await view.write(TODAY, NEW_TEXT); // As the refusal says: under this name, as this entry anew.
    assert.deepEqual(await entriesNow(fs, [TODAY, TOMORROW, LATER]), { [TODAY]: NEW_TEXT, [TOMORROW]: undefined, [LATER]: ENTRIES[TODAY] });
  });

  it('a save whose entry another window renames a different entry over, between that window\'s write of names.age and its removal of the old file, is refused, not reported saved and removed; saving again lands over the renamed entry', async () => {
    const fs = await opaqueJournal();
    let mapLanded = (): void => undefined;
    const landed = new Promise<void>((resolve) => {
      mapLanded = resolve;
    });
    let saveDone = (): void => undefined;
    const done = new Promise<void>((resolve) => {
      saveDone = resolve;
    });
    let renaming = false;
    const other = await windowOn(fs, hooked(fs, async (op, path) => {
      if (renaming && op === 'remove' && opaqueIdOf(path) !== undefined) {
        mapLanded(); // names.age names ONE_ON_ONE's file TODAY; TODAY's old file is removed next.
        await done;
      }
    }));
    let started = false;
    let renamingOver: Promise<void> | undefined;
    const view = await windowOn(fs, hooked(fs, async (op, path) => {
      if (op === 'read' && path === DESCRIPTOR_PATH && !started) {
        started = true;
        renaming = true;
        renamingOver = other.rename(ONE_ON_ONE, TODAY);
        await landed;
      }
    }));
    const save = view.write(TODAY, NEW_TEXT).then(() => 'saved', (error: unknown) => error);
    const outcome = await save;
    saveDone();
    await renamingOver;
    assert.ok(outcome instanceof PartialTaken && outcome.why?.id === 'renamed-elsewhere', `refused, not ${String(outcome)}`);
    assert.deepEqual(await entriesNow(fs, [TODAY, ONE_ON_ONE]), { [TODAY]: ENTRIES[ONE_ON_ONE], [ONE_ON_ONE]: undefined }, 'the other window\'s rename stands');
    await view.write(TODAY, NEW_TEXT); // Saved again: over the entry now under this name.
    assert.deepEqual(await entriesNow(fs, [TODAY, ONE_ON_ONE]), { [TODAY]: NEW_TEXT, [ONE_ON_ONE]: undefined });
  });

  it('a names.age cut short after the unlock (a sync) does not stop a save of an existing entry: it lands on the file check, leaving no partial', async () => {
    const fs = await opaqueJournal();
    const view = await windowOn(fs);
    const whole = fs.files.get(NAMES_PATH) ?? new Uint8Array();
    fs.put(NAMES_PATH, whole.slice(0, whole.length - 20));
    await view.write(TODAY, NEW_TEXT); // Up to 7fa906c: rejected with the map's damage ("nothing was changed"), its partial left.
    assert.deepEqual([...fs.files.keys()].filter(isPartialPath), [], 'no partial left');
    fs.put(NAMES_PATH, whole);
    assert.deepEqual(await entriesNow(fs, [TODAY]), { [TODAY]: NEW_TEXT });
  });
});
