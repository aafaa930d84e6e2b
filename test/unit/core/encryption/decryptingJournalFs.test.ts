// An encrypted journal read and edited as a plain one (DecryptingJournalFs over the in-memory file
// system): the same entries with the same bytes, writes that never put an entry's text on disk and
// are atomic at every step, opaque names kept in their map, and the reference age tool opening what
// it writes.
import * as assert from 'node:assert/strict';
import { armor } from 'age-encryption';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOpener, createSealer } from '../../../../src/core/crypto/ageFile';
import { newIdentity } from '../../../../src/core/crypto/ageKeys';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs, EntryUnreadable } from '../../../../src/core/encryption/decryptingJournalFs';
import { interruptedSaveName } from '../../../../src/core/encryption/keptSaves';
import { restoreOrphans } from '../../../../src/core/encryption/orphanedPartials';
import { SAFE_AGE_MS } from '../../../../src/core/encryption/partialTimes';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import type { Credential } from '../../../../src/core/encryption/journalKey';
import { JournalTree } from '../../../../src/core/encryption/journalTree';
import { sealingOf } from '../../../../src/core/encryption/journalUnlock';
import { legacyPartialPath, NAMES_PATH, partialPath } from '../../../../src/core/encryption/layout';
import { unlockJournal, type UnlockedJournal } from '../../../../src/core/encryption/unlockJournal';
import { requireAge, runAge } from '../../../support/ageTool';
import { ENTRIES, OTHER_FILES, fixtureJournal, journalKeys, testHost, AFTER_KILL } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';

const PASSPHRASE = 'Grüße — nur ich';
const passphrase: Credential = { kind: 'passphrase', passphrase: PASSPHRASE };
const TODAY = '2026/11/2026-11-23.md';
const NEW_TEXT = utf8('---\ndate: 2026-11-24\nkind: daily\n---\n\nI told Zoë the reorg is off. Nobody else knows yet.\n');
const SECRET = 'the reorg is off';

async function encrypted(names: 'readable' | 'opaque', credential: Credential = passphrase): Promise<MemoryJournalFs> {
  const fs = fixtureJournal();
  const outcome = await encryptJournal(testHost(fs), { credential, ...(names === 'opaque' ? { names } : {}) });
  assert.equal(outcome.status, 'done', outcome.reason);
  return fs;
}

async function opened(fs: MemoryJournalFs, credential: Credential = passphrase): Promise<DecryptingJournalFs> {
  const unlock = await unlockJournal(fs, credential);
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  return new DecryptingJournalFs(fs, unlock.journal, undefined, undefined, undefined, undefined, undefined, undefined, AFTER_KILL); // Each view here follows a killed one, or is alone.
}

/** File times for a view: every file on the disk was written a minute and a millisecond ago. */
function minuteOld(fs: MemoryJournalFs): { now: () => number; modifiedAt: (path: string) => Promise<number | undefined> } {
  const now = Date.now();
  return { now: () => now, modifiedAt: async (path) => (fs.files.has(path) ? now - SAFE_AGE_MS - 1 : undefined) };
}

async function listed(fs: { list: MemoryJournalFs['list'] }): Promise<string[]> {
  return (await fs.list()).map((file) => file.path).sort();
}

/** Whether any file on the "disk" holds `text` in the clear. */
function plainOnDisk(fs: MemoryJournalFs, text: string): string[] {
  return [...fs.files].filter(([, bytes]) => Buffer.from(bytes).includes(Buffer.from(text))).map(([path]) => path);
}

describe('encryption: an encrypted journal read and written as a plain one', function () {
  this.timeout(60_000);

  for (const names of ['readable', 'opaque'] as const) {
    it(`lists and reads the entries as the plain journal had them (${names} names)`, async () => {
      const fs = await encrypted(names);
      const view = await opened(fs);
      assert.deepEqual(await listed(view), await listed(fixtureJournal()), 'the same files under the same names');
      for (const [path, bytes] of Object.entries({ ...ENTRIES, ...OTHER_FILES })) {
        assert.deepEqual(await view.read(path), bytes, path);
      }
      assert.equal(await view.read('2026/11/2026-11-30.md'), undefined, 'no such entry');
    });

    it(`saves an entry and a new one sealed, atomically, with no plain text on disk (${names} names)`, async () => {
      const fs = await encrypted(names);
      const view = await opened(fs);
      await view.write(TODAY, NEW_TEXT);
      await view.write('2026/11/2026-11-24.md', NEW_TEXT);
      assert.deepEqual(plainOnDisk(fs, SECRET), [], 'the text is nowhere on disk');
      assert.deepEqual([...fs.files.keys()].filter((path) => path.endsWith('.lj-partial')), [], 'no partial left');
      assert.equal(fs.files.has('2026/11/2026-11-24.md'), false);
      assert.equal(fs.files.has('2026/11/2026-11-24.md.age'), names === 'readable');
      const again = await opened(fs);
      assert.deepEqual(await again.read(TODAY), NEW_TEXT, 'a fresh unlock reads the saved entry');
      assert.deepEqual(await again.read('2026/11/2026-11-24.md'), NEW_TEXT, 'and the new one, under its name');
      assert.ok((await listed(again)).includes('2026/11/2026-11-24.md'));
    });
  }

  for (const names of ['readable', 'opaque'] as const) {
    for (const style of ['own', 'old-style'] as const) {
    it(`keeps an earlier save cut off before its rename (${style === 'own' ? 'this view\'s own partial' : 'an old-style NAME.md.age.lj-partial, up to bf32f66'}) as an entry beside it, never under the new save (${names} names)`, async () => {
      const fs = await encrypted(names);
      const kept: string[] = [];
      const unlock = await unlockJournal(fs, passphrase);
      assert.ok(unlock.ok);
      // An old-style one was written over a minute ago: a window may take it only then (layout.ts).
      const view = new DecryptingJournalFs(fs, unlock.journal, (entry, copy) => kept.push(`${entry} -> ${copy}`), undefined, undefined, undefined, undefined, minuteOld(fs));
      const sealedOf = (path: string): string => view.sealedPathOf(path);
      const original = fs.files.get(sealedOf(TODAY));
      assert.ok(original !== undefined);
      const cutOff = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nThe save that was cut off: the reorg is off.\n');
      await view.write(TODAY, cutOff);
      const cutOffSealed = fs.files.get(sealedOf(TODAY));
      assert.ok(cutOffSealed !== undefined);
      const partial = style === 'own' ? partialPath(sealedOf(TODAY), view.writer) : legacyPartialPath(sealedOf(TODAY));

      // A save cut off after VS Code's rename deleted the entry: only the partial is there.
      fs.files.delete(sealedOf(TODAY));
      fs.put(partial, cutOffSealed);
      const later = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nWritten after it, from the template.\n');
      await view.write(TODAY, later);
      const first = interruptedSaveName(TODAY, 1);
      assert.equal(first, '2026/11/2026-11-23 (interrupted save).md');
      assert.deepEqual(await view.read(TODAY), later, 'the save asked for lands');
      assert.deepEqual(await view.read(first), cutOff, 'the cut-off save\'s text is kept, under a name beside the entry');
      assert.deepEqual(kept, [`${TODAY} -> ${first}`], 'and the host is told');
      assert.ok((await listed(view)).includes(first), 'listed as an entry');

      // Beside the entry's file, holding other text (a host killed between write and rename).
      fs.put(partial, cutOffSealed);
      fs.put(sealedOf(TODAY), original);
      await view.write(TODAY, later);
      const second = interruptedSaveName(TODAY, 2);
      assert.deepEqual(await view.read(second), cutOff, 'a second one takes the next name; the first is untouched');
      assert.deepEqual(await view.read(first), cutOff);

      // Holding what the entry holds, or what this save writes: nothing only it has, so nothing is kept.
      fs.put(partial, fs.files.get(sealedOf(TODAY)) ?? new Uint8Array());
      await view.write(TODAY, NEW_TEXT);
      fs.put(partial, fs.files.get(sealedOf(TODAY)) ?? new Uint8Array());
      await view.write(TODAY, NEW_TEXT);
      assert.equal(kept.length, 2, kept.join(', '));

      // One that age finds cut short (a crash in the middle of its write) holds nothing only it has: dropped, as the unlock and the runs drop it.
      fs.put(partial, cutOffSealed.subarray(0, cutOffSealed.length - 20));
      await view.write(TODAY, later);
      assert.equal(await view.read(interruptedSaveName(TODAY, 3)), undefined, 'nothing kept aside');
      assert.deepEqual(await view.read(TODAY), later);
      assert.deepEqual([...fs.files.keys()].filter((path) => path.endsWith('.lj-partial')), [], 'no partial left');
      assert.equal(kept.length, 2, kept.join(', '));

      // One whole but sealed to another key may be the only copy of a save: this view's own, whose name the save writes, is kept as a new entry as it is (it does not open here); an old-style one is left where it is, for the unlock to name.
      const foreign = await createSealer({ recipients: [(await newIdentity(new Date())).recipient] }).seal(utf8('Sealed before a passphrase change.\n'));
      fs.put(partial, foreign);
      await view.write(TODAY, NEW_TEXT);
      assert.deepEqual(await view.read(TODAY), NEW_TEXT);
      if (style === 'own') {
        assert.deepEqual(kept.slice(2), [`${TODAY} -> ${interruptedSaveName(TODAY, 3)}`], 'kept, and the host told');
        await assert.rejects(view.read(interruptedSaveName(TODAY, 3)), EntryUnreadable);
        assert.deepEqual(fs.files.get(sealedOf(interruptedSaveName(TODAY, 3))), foreign, 'its bytes as they were');
      } else {
        assert.equal(kept.length, 2, 'nothing kept aside');
        assert.deepEqual(fs.files.get(partial), foreign, 'left as it was');
        fs.files.delete(partial);
      }
      assert.deepEqual([...fs.files.keys()].filter((path) => path.endsWith('.lj-partial')), [], 'no partial left');
      assert.deepEqual(plainOnDisk(fs, 'reorg'), [], 'no text on disk');
      assert.deepEqual(await (await opened(fs)).read(first), cutOff, 'a fresh unlock reads the kept save under its name');
    });
    }
  }

  it('leaves an old-style NAME.md.age.lj-partial written under a minute ago as it is: a window of an earlier version may be saving it (the save lands in its own partial)', async () => {
    const fs = await encrypted('readable');
    const kept: string[] = [];
    const unlock = await unlockJournal(fs, passphrase);
    assert.ok(unlock.ok);
    const now = Date.now();
    const view = new DecryptingJournalFs(fs, unlock.journal, (entry, copy) => kept.push(`${entry} -> ${copy}`), undefined, undefined, undefined, undefined, { now: () => now, modifiedAt: async (at) => (fs.files.has(at) ? now - 20_000 : undefined) });
    const legacy = legacyPartialPath(`${TODAY}.age`);
    const theirs = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nAn older window\'s save, half-way through.\n');
    const original = fs.files.get(`${TODAY}.age`);
    await view.write(TODAY, theirs);
    const under = fs.files.get(`${TODAY}.age`);
    assert.ok(original !== undefined && under !== undefined);
    fs.put(`${TODAY}.age`, original);
    fs.put(legacy, under.subarray(0, under.length - 40)); // Its write under way: cut short so far.
    await view.write(TODAY, NEW_TEXT);
    assert.deepEqual(await view.read(TODAY), NEW_TEXT, 'the save lands');
    assert.deepEqual(fs.files.get(legacy), under.subarray(0, under.length - 40), 'the other window\'s partial is as it was');
    assert.deepEqual(kept, [], 'nothing kept aside');
    assert.deepEqual((await listed(view)).filter((path) => path.includes('interrupted')), []);
  });

  it('keeps an earlier save cut off before its rename when no one listens for it too (a view made without onKept)', async () => {
    const fs = await encrypted('readable');
    const view = await opened(fs);
    const original = fs.files.get(`${TODAY}.age`);
    assert.ok(original !== undefined);
    const cutOff = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nThe save that was cut off: the reorg is off.\n');
    await view.write(TODAY, cutOff);
    fs.put(partialPath(`${TODAY}.age`, view.writer), fs.files.get(`${TODAY}.age`) ?? new Uint8Array());
    fs.put(`${TODAY}.age`, original);
    await view.write(TODAY, NEW_TEXT);
    assert.deepEqual(await view.read(TODAY), NEW_TEXT);
    assert.deepEqual(await view.read(interruptedSaveName(TODAY, 1)), cutOff, 'the cut-off save is kept beside the entry, not overwritten');
  });

  for (const [path, before, renameDeletesFirst] of [[TODAY, ENTRIES[TODAY], false], ['2026/11/2026-11-24.md', undefined, false], [TODAY, ENTRIES[TODAY], true], ['2026/11/2026-11-24.md', undefined, true]] as const) {
    it(`is atomic when killed at every step of saving ${before === undefined ? 'a new entry (its name map too)' : 'an entry'}: the old bytes or the new ones, whole${renameDeletesFirst ? ', once the next unlock has put back a save cut off inside a rename that deletes first (web, virtual, remote)' : ''}`, async () => {
      const start = await encrypted('opaque');
      start.renameDeletesFirst = renameDeletesFirst;
      const clean = start.clone();
      const cleanView = await opened(clean);
      const operations = clean.operations;
      await cleanView.write(path, NEW_TEXT);
      const steps = clean.operations - operations;
      assert.ok(steps >= (before === undefined ? 6 : 3), `written beside, read back, renamed (${steps} steps)`);
      for (let done = 0; done < steps; done++) {
        for (const torn of [false, true]) {
          const crashed = start.clone();
          const view = await opened(crashed);
          crashed.faults = { killAfter: crashed.operations + done, torn };
          await view.write(path, NEW_TEXT).catch(() => undefined); // Killed at the lock's release, after its rename: saved.
          crashed.faults = {};
          const context = `killed after ${done} of ${steps} steps${torn ? ' (torn)' : ''}`;
          if (renameDeletesFirst) {
            // The next window's unlock, over a minute later (journalVault.ts → interruptedSaves.ts).
            const unlock = await unlockJournal(crashed, passphrase);
            assert.ok(unlock.ok, `${context}: ${unlock.ok ? '' : unlock.message}`);
            const now = Date.UTC(2026, 10, 23, 9, 0);
            const repair = await restoreOrphans({ fs: crashed, now: () => new Date(now), modifiedAt: async (at) => (crashed.files.has(at) ? now - SAFE_AGE_MS - 1 : undefined), me: { pid: 2, host: 'test-host' }, liveness: () => 'dead' }, unlock.journal);
            assert.ok(torn || repair.kept.length === 0, `${context}: only a write cut short is left aside`);
          }
          const fresh = await opened(crashed);
          const bytes = await fresh.read(path);
          assert.ok(bytes === undefined ? before === undefined : Buffer.from(bytes).equals(Buffer.from(before ?? [])) || Buffer.from(bytes).equals(Buffer.from(NEW_TEXT)), context);
          assert.deepEqual(plainOnDisk(crashed, SECRET), [], `${context}: no plain text on disk`);
          for (const [other, bytes] of Object.entries(ENTRIES)) {
            if (other !== path) {
              assert.deepEqual(await fresh.read(other), bytes, `${context}: ${other} is untouched`);
            }
          }
        }
      }
    });
  }

  for (const names of ['readable', 'opaque'] as const) {
    it(`seals a plain-only entry on its first save, then removes its plain file only if it is unchanged since read; else keeps it and says so (${names} names)`, async () => {
      const fs = await encrypted(names);
      const SYNCED = '2026/12/2026-12-02.md';
      const synced = utf8('---\ndate: 2026-12-02\nkind: daily\n---\n\nWritten on the phone, plain.\n');
      fs.put(SYNCED, synced);
      const kept: string[] = [];
      const whys: string[] = [];
      const unlock = await unlockJournal(fs, passphrase);
      assert.ok(unlock.ok);
      const view = new DecryptingJournalFs(fs, unlock.journal, undefined, undefined, (entry, why) => {
        kept.push(entry);
        whys.push(`${entry}: ${why}`);
      });
      assert.ok((await listed(view)).includes(SYNCED), 'listed as an entry');
      assert.deepEqual(await view.read(SYNCED), synced, 'read as it is');
      await view.write(SYNCED, NEW_TEXT);
      assert.equal(fs.files.has(SYNCED), false, 'the plain file is gone: it held what was read');
      assert.deepEqual(plainOnDisk(fs, SECRET), [], 'the saved text is nowhere plain on disk');
      assert.deepEqual(plainOnDisk(fs, 'on the phone'), [], 'nor the old text');
      assert.deepEqual(kept, [], 'nothing to say');
      assert.deepEqual(await (await opened(fs)).read(SYNCED), NEW_TEXT, 'a fresh unlock reads the sealed save');
      const removes = fs.log.filter((line) => line === `remove ${SYNCED}`).length;
      assert.equal(removes, 1);
      const sealedAt = fs.log.findIndex((line) => line.startsWith('rename ') && line.endsWith(`-> ${view.sealedPathOf(SYNCED)}`));
      assert.ok(sealedAt >= 0 && sealedAt < fs.log.indexOf(`remove ${SYNCED}`), 'removed only after the sealed file, read back and proven, was renamed into place');

      // Changed on disk after it was read (a sync): the save lands sealed, and the plain file is kept, said.
      const OTHER = '2026/12/2026-12-03.md';
      fs.put(OTHER, synced);
      assert.deepEqual(await view.read(OTHER), synced);
      const changed = utf8('Changed by the sync after it was opened.\n');
      fs.put(OTHER, changed);
      await view.write(OTHER, NEW_TEXT);
      assert.deepEqual(fs.files.get(OTHER), changed, 'kept, byte for byte');
      assert.deepEqual(kept, [OTHER], 'and the host is told');
      assert.deepEqual(await view.read(OTHER), NEW_TEXT, 'the entry reads its sealed form now');
      await view.write(OTHER, NEW_TEXT);
      assert.deepEqual(fs.files.get(OTHER), changed, 'a later save leaves the pair for the user, unasked');
      assert.deepEqual(kept, [OTHER], 'and says nothing more');

      // Two reads that gave two texts: whichever the editor holds, the plain file is not removed.
      const THIRD = '2026/12/2026-12-04.md';
      fs.put(THIRD, synced);
      await view.read(THIRD);
      fs.put(THIRD, changed);
      await view.read(THIRD);
      await view.write(THIRD, NEW_TEXT);
      assert.deepEqual(fs.files.get(THIRD), changed, 'kept');
      assert.deepEqual(kept, [OTHER, THIRD]);

      // A plain file that cannot be removed: the save has landed; the file is kept and said.
      const FOURTH = '2026/12/2026-12-05.md';
      fs.put(FOURTH, synced);
      await view.read(FOURTH);
      fs.faults = { fail: (op, path) => (op === 'remove' && path === FOURTH ? Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }) : undefined) };
      await view.write(FOURTH, NEW_TEXT);
      fs.faults = {};
      assert.deepEqual(fs.files.get(FOURTH), synced);
      assert.deepEqual(await (await opened(fs)).read(FOURTH), NEW_TEXT);
      assert.deepEqual(kept, [OTHER, THIRD, FOURTH]);

      // Saved without ever being read here (a tool, a window that had it open before): nothing was
      // remembered. Other text than the save: kept and said; exactly the saved bytes: removed.
      const FIFTH = '2026/12/2026-12-06.md';
      fs.put(FIFTH, synced);
      await view.write(FIFTH, NEW_TEXT);
      assert.deepEqual(fs.files.get(FIFTH), synced, 'kept, byte for byte');
      assert.deepEqual(kept, [OTHER, THIRD, FOURTH, FIFTH], 'and the host is told');
      assert.deepEqual(await (await opened(fs)).read(FIFTH), NEW_TEXT, 'the save landed sealed');
      const SIXTH = '2026/12/2026-12-07.md';
      fs.put(SIXTH, NEW_TEXT);
      await view.write(SIXTH, NEW_TEXT);
      assert.equal(fs.files.has(SIXTH), false, 'removed: it held exactly the bytes just sealed');
      assert.deepEqual(plainOnDisk(fs, SECRET), [], 'the saved text is nowhere plain on disk');
      assert.deepEqual(kept, [OTHER, THIRD, FOURTH, FIFTH], 'and nothing more is said');
      assert.deepEqual(await (await opened(fs)).read(SIXTH), NEW_TEXT);
      assert.deepEqual(whys, [`${OTHER}: changed`, `${THIRD}: changed`, `${FOURTH}: stuck`, `${FIFTH}: differs`], 'each told why: changed since read here, not removable, never read here and other text than the save');
    });
  }

  it('loses no byte when killed at every step of the first save of a plain-only entry: the old plain text, or the new sealed one, whole', async () => {
    const SYNCED = '2026/12/2026-12-02.md';
    const synced = utf8('Written on the phone, plain.\n');
    const start = await encrypted('opaque');
    start.put(SYNCED, synced);
    const clean = start.clone();
    const cleanView = await opened(clean);
    await cleanView.read(SYNCED);
    const operations = clean.operations;
    await cleanView.write(SYNCED, NEW_TEXT);
    const steps = clean.operations - operations;
    assert.equal(clean.files.has(SYNCED), false, 'uninterrupted, the plain file goes');
    for (let done = 0; done < steps; done++) {
      for (const torn of [false, true]) {
        const crashed = start.clone();
        const view = await opened(crashed);
        await view.read(SYNCED);
        crashed.faults = { killAfter: crashed.operations + done, torn };
        await view.write(SYNCED, NEW_TEXT).catch(() => undefined); // Killed before its sealed file was in place, or after (then only its plain file's removal fails).
        crashed.faults = {};
        const context = `killed after ${done} of ${steps} steps${torn ? ' (torn)' : ''}`;
        const plain = crashed.files.get(SYNCED);
        const fresh = await opened(crashed);
        const read = await fresh.read(SYNCED);
        assert.ok(read !== undefined, `${context}: the entry is there`);
        assert.ok(Buffer.from(read).equals(Buffer.from(synced)) || Buffer.from(read).equals(Buffer.from(NEW_TEXT)), `${context}: it reads whole`);
        assert.ok(plain !== undefined ? Buffer.from(plain).equals(Buffer.from(synced)) : Buffer.from(read).equals(Buffer.from(NEW_TEXT)), `${context}: the plain file is untouched, or gone only once the new text is sealed`);
        assert.deepEqual(plainOnDisk(crashed, SECRET), [], `${context}: the new text is nowhere plain`);
      }
    }
  });

  it('creates only what is not there, renames and removes entries (opaque names move in the map only)', async () => {
    const fs = await encrypted('opaque');
    const view = await opened(fs);
    assert.equal(await view.createExclusive(TODAY, NEW_TEXT), false, 'an entry of that name exists');
    assert.equal(await view.createExclusive('2026/11/2026-11-25.md', NEW_TEXT), true);
    const files = fs.files.size;
    await view.rename('2026/11/2026-11-25.md', '2026/11/2026-11-26.md');
    assert.equal(fs.files.size, files, 'no file was added or removed: only the map changed');
    const again = await opened(fs);
    assert.deepEqual(await again.read('2026/11/2026-11-26.md'), NEW_TEXT);
    assert.equal(await again.read('2026/11/2026-11-25.md'), undefined);
    await again.remove('2026/11/2026-11-26.md');
    assert.equal(await (await opened(fs)).read('2026/11/2026-11-26.md'), undefined);
    await assert.rejects(view.rename(TODAY, 'notes/today.txt'), /stays an entry/, 'an entry cannot become a plain file');
  });

  it('renaming an entry over another in an opaque journal first settles the replaced entry\'s dead saves beside its file, so none comes back as recovered/ID.md at the next unlock', async () => {
    const fs = await encrypted('opaque');
    const journal = async (): Promise<UnlockedJournal> => {
      const unlock = await unlockJournal(fs, passphrase);
      assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
      return unlock.journal;
    };
    const lost = utf8('A save of the replaced entry no one else holds.\n');
    const dead = partialPath((await opened(fs)).sealedPathOf(TODAY), '7window2'); // Another window's save of TODAY, killed before its rename.
    fs.put(dead, await sealingOf((await journal()).keys).seal(lost));
    const kept: [string, string][] = [];
    const view = new DecryptingJournalFs(fs, await journal(), (entry, copy) => kept.push([entry, copy]), undefined, undefined, undefined, undefined, minuteOld(fs));

    await view.rename('2026/12/2026-12-01.md', TODAY);

    assert.ok(!fs.files.has(dead), 'the dead save is not left beside a file that is gone');
    assert.deepEqual(kept, [[TODAY, interruptedSaveName(TODAY, 1)]], 'kept as the replaced entry\'s interrupted save, and told');
    const times = minuteOld(fs);
    await restoreOrphans({ fs, me: { pid: 7, host: 'test-host' }, liveness: () => 'alive', now: () => new Date(times.now()), modifiedAt: times.modifiedAt }, await journal());
    const after = await opened(fs);
    assert.deepEqual((await listed(after)).filter((path) => path.startsWith('recovered/')), [], 'nothing comes back under a lost name');
    assert.deepEqual(await after.read(TODAY), ENTRIES['2026/12/2026-12-01.md'], 'the renamed entry');
    assert.deepEqual(await after.read(interruptedSaveName(TODAY, 1)), lost);
  });

  for (const names of ['readable', 'opaque'] as const) {
    it(`deleting an entry removes a dead window's save of it that age finds cut short, so no unlock warns of it again; one whole but sealed to another key stays, named by the unlock (${names} names)`, async () => {
      const fs = await encrypted(names);
      const journal = async (): Promise<UnlockedJournal> => {
        const unlock = await unlockJournal(fs, passphrase);
        assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
        return unlock.journal;
      };
      const sealedPath = (await opened(fs)).sealedPathOf(TODAY);
      const sealed = fs.files.get(sealedPath);
      assert.ok(sealed !== undefined);
      const cut = partialPath(sealedPath, '7window2'); // Killed in the middle of its write.
      fs.put(cut, sealed.subarray(0, sealed.length - 20));
      const stranger = await newIdentity(new Date());
      const foreign = partialPath(sealedPath, '7window3'); // Whole, to a key this journal no longer has: perhaps the only copy of that save.
      fs.put(foreign, await createSealer({ recipients: [stranger.recipient] }).seal(utf8('A save sealed before a passphrase change.\n')));
      const kept: string[] = [];
      const view = new DecryptingJournalFs(fs, await journal(), (entry, copy) => kept.push(`${entry} -> ${copy}`), undefined, undefined, undefined, undefined, minuteOld(fs));

      await view.remove(TODAY);

      assert.ok(!fs.files.has(cut), 'the cut-short save is removed with the entry');
      assert.ok(fs.files.has(foreign), 'the one sealed to another key is left as it is');
      assert.deepEqual(kept, [], 'nothing kept aside');
      const times = minuteOld(fs);
      for (const unlock of [1, 2]) {
        const repair = await restoreOrphans({ fs, me: { pid: 7, host: 'test-host' }, liveness: () => 'alive', now: () => new Date(times.now()), modifiedAt: times.modifiedAt }, await journal());
        assert.deepEqual(repair.kept.map((note) => note.path), [foreign], `unlock ${unlock} names only the one sealed to another key`);
      }
      assert.equal(await (await opened(fs)).read(TODAY), undefined, 'the deleted entry does not come back');
    });
  }

  it('says which entry does not open, and reads the rest', async () => {
    const fs = await encrypted('readable');
    const stranger = await newIdentity(new Date());
    fs.put('2026/11/2026-11-27.md.age', await createSealer({ recipients: [stranger.recipient] }).seal(utf8('not ours')));
    const sealed = fs.files.get(`${TODAY}.age`) ?? new Uint8Array(0);
    fs.put(`${TODAY}.age`, sealed.subarray(0, sealed.length - 10));
    const view = await opened(fs);
    await assert.rejects(view.read('2026/11/2026-11-27.md'), (error: unknown) => error instanceof EntryUnreadable && error.failure.kind === 'wrong-key');
    await assert.rejects(view.read(TODAY), (error: unknown) => error instanceof EntryUnreadable && /cut short|damaged/.test(error.message));
    assert.deepEqual(await view.read('2026/12/2026-12-01.md'), ENTRIES['2026/12/2026-12-01.md']);
  });

  it('tells each file\'s size as read gives it, without opening a sealed entry unless its length cannot tell', async () => {
    const fs = await encrypted('opaque');
    const view = await opened(fs);
    for (const [path, bytes] of Object.entries({ ...ENTRIES, ...OTHER_FILES })) {
      assert.equal(await view.size(path), bytes.length, path);
    }
    assert.equal(await view.size('2026/11/2026-11-30.md'), undefined, 'no such entry');
    const stranger = await newIdentity(new Date());
    const readable = await encrypted('readable');
    readable.put('2026/11/2026-11-27.md.age', await createSealer({ recipients: [stranger.recipient] }).seal(utf8('not ours')));
    readable.put('2026/11/2026-11-28.md.age', utf8(armor.encode(await createSealer({ recipients: [stranger.recipient] }).seal(utf8('armored')))));
    const other = await opened(readable);
    assert.equal(await other.size('2026/11/2026-11-27.md'), 8, 'told from the length: the file is not opened');
    await assert.rejects(other.size('2026/11/2026-11-28.md'), (error: unknown) => error instanceof EntryUnreadable && error.failure.kind === 'wrong-key', 'armored: opened, and does not open');
  });

  it('refuses a wrong passphrase or key as such, and a plain journal passes through unchanged', async () => {
    const fs = await encrypted('readable');
    const wrong = await unlockJournal(fs, { kind: 'passphrase', passphrase: 'Grusse' });
    assert.deepEqual(wrong, { ok: false, kind: 'key', message: 'the passphrase does not open the journal\'s key (.leadership-journal/key.age)', why: { id: 'passphrase-opens-not-bare', args: ['.leadership-journal/key.age'] } });
    const identity = await unlockJournal(fs, { kind: 'identity', identities: [(await newIdentity(new Date())).identity] });
    assert.equal(identity.ok ? '' : identity.kind, 'key');
    const plain = fixtureJournal();
    const view = await opened(plain);
    await view.write(TODAY, NEW_TEXT);
    assert.deepEqual(plain.files.get(TODAY), NEW_TEXT, 'a journal that is not encrypted is written as it is');
  });

  it('seals saved entries to the backup key the journal was encrypted to as well, without it being given again', async () => {
    const [mine, backup] = [await newIdentity(new Date()), await newIdentity(new Date())];
    const fs = await encrypted('readable', { kind: 'identity', identities: [mine.identity], recipients: [backup.recipient] });
    assert.match(Buffer.from(fs.files.get('.leadership-journal/encryption.json') ?? []).toString(), new RegExp(`"recipients": \\[\\s*"${backup.recipient}"`), 'the descriptor keeps the public key');
    await (await opened(fs, { kind: 'identity', identities: [mine.identity] })).write('2026/11/2026-11-24.md', NEW_TEXT);
    const byBackup = await createOpener({ passphrases: [], identities: [backup.identity] }).open('x', fs.files.get('2026/11/2026-11-24.md.age') ?? new Uint8Array(0));
    assert.ok(byBackup.ok && Buffer.from(byBackup.bytes).equals(Buffer.from(NEW_TEXT)), 'the backup key opens the entry saved later');
  });

  it('writes files the reference age tool opens with the user\'s identity file', async () => {
    requireAge();
    const key = await newIdentity(new Date());
    const credential: Credential = { kind: 'identity', identities: [key.identity] };
    const fs = await encrypted('readable', credential);
    await (await opened(fs, credential)).write('2026/11/2026-11-24.md', NEW_TEXT);
    const dir = mkdtempSync(join(tmpdir(), 'lj-view-'));
    try {
      writeFileSync(join(dir, 'key.txt'), key.fileText);
      writeFileSync(join(dir, 'entry.md.age'), fs.files.get('2026/11/2026-11-24.md.age') ?? new Uint8Array(0));
      const run = runAge(['--decrypt', '--identity', 'key.txt', '--output', 'entry.md', 'entry.md.age'], dir);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'entry.md'))), NEW_TEXT);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const keys = await journalKeys(fs, { identities: [key.identity] });
    assert.ok(keys !== undefined && (await createOpener(keys).open('x', fs.files.get('2026/11/2026-11-24.md.age') ?? new Uint8Array(0))).ok);
  });

  it('keeps both windows\' new entries under their names when two windows on one opaque journal add entries', async () => {
    const fs = await encrypted('opaque');
    const windowA = await opened(fs);
    const windowB = await opened(fs); // Unlocked before A's entry exists: its map lacks A's id.
    const fromA = utf8('---\ndate: 2026-11-24\nkind: daily\n---\n\nWritten in window A.\n');
    const fromB = utf8('---\ndate: 2026-11-25\nkind: daily\n---\n\nWritten in window B.\n');
    await windowA.write('2026/11/2026-11-24.md', fromA);
    assert.ok((await listed(windowB)).includes('2026/11/2026-11-24.md'), 'window B lists A\'s entry under its name, not recovered/');
    await windowB.write('2026/11/2026-11-25.md', fromB);
    const later = await opened(fs); // The next window, or either after a reload: names.age alone.
    const paths = await listed(later);
    assert.deepEqual(paths.filter((path) => path.startsWith('recovered/')), [], 'no entry lost its name');
    assert.deepEqual(await later.read('2026/11/2026-11-24.md'), fromA);
    assert.deepEqual(await later.read('2026/11/2026-11-25.md'), fromB);
    assert.deepEqual(await later.read(TODAY), ENTRIES[TODAY]);
  });

  it('an entry whose name names.age no longer holds (a sync put back an older map) is listed as recovered/<id>.md with its text, said once, and renaming the recovered entry gives it its name again; a window that still knows the name writes it back at its next change', async () => {
    const fs = await encrypted('opaque');
    const older = fs.files.get(NAMES_PATH);
    assert.ok(older !== undefined);
    const windowB = await opened(fs);
    const fromB = utf8('---\ndate: 2026-11-25\nkind: daily\n---\n\nWritten in window B.\n');
    await windowB.write('2026/11/2026-11-25.md', fromB);
    fs.put(NAMES_PATH, older); // A sync puts back the map as it was before B's entry.

    const lost: string[][] = [];
    const unlock = await unlockJournal(fs, passphrase);
    assert.ok(unlock.ok);
    const later = new DecryptingJournalFs(fs, unlock.journal, undefined, undefined, undefined, (entries) => lost.push([...entries]));
    const recovered = (await listed(later)).filter((path) => path.startsWith('recovered/'));
    assert.equal(recovered.length, 1, 'B\'s entry lost its name');
    assert.deepEqual(lost, [recovered], 'and the listing says which');
    assert.deepEqual(await later.read(recovered[0] ?? ''), fromB, 'its text is safe');
    await listed(later);
    assert.deepEqual(lost, [recovered], 'said once, not at every listing');

    await later.rename(recovered[0] ?? '', '2026/11/2026-11-25.md'); // The user gives it its name back.
    const quiet: string[][] = [];
    const unlockAgain = await unlockJournal(fs, passphrase);
    assert.ok(unlockAgain.ok);
    const afterwards = new DecryptingJournalFs(fs, unlockAgain.journal, undefined, undefined, undefined, (entries) => quiet.push([...entries]));
    assert.deepEqual((await listed(afterwards)).filter((path) => path.startsWith('recovered/')), [], 'the name is back');
    assert.deepEqual(await afterwards.read('2026/11/2026-11-25.md'), fromB);
    assert.deepEqual(quiet, [], 'and nothing is said');

    fs.put(NAMES_PATH, older); // The sync puts the older map back again.
    await windowB.write('2026/11/2026-11-26.md', NEW_TEXT); // B still knows the name of its entry, whose file is there: written back (knownNames.ts).
    const last = await opened(fs);
    assert.deepEqual((await listed(last)).filter((path) => path.startsWith('recovered/')), [], 'B wrote the name it knows back');
    assert.deepEqual(await last.read('2026/11/2026-11-25.md'), fromB);
    assert.deepEqual(await last.read('2026/11/2026-11-26.md'), NEW_TEXT);
  });

  it('says nothing of lost names when names.age does not open at the listing (another window changed the key): the names may not be lost', async () => {
    const fs = await encrypted('opaque');
    const unlock = await unlockJournal(fs, passphrase);
    assert.ok(unlock.ok);
    const lost: string[][] = [];
    const view = new DecryptingJournalFs(fs, unlock.journal, undefined, undefined, undefined, (entries) => lost.push([...entries]));
    const other = await opened(fs);
    await other.write('2026/11/2026-11-24.md', NEW_TEXT); // Another window's new entry: its id is not in this view's map.
    fs.put(NAMES_PATH, utf8('not an age file'));
    assert.ok((await listed(view)).some((path) => path.startsWith('recovered/')), 'listed under recovered/, the map unread');
    assert.deepEqual(lost, [], 'nothing said');
  });

  it('an entry renamed over another in one window stays so when another window adds an entry after it, and nothing comes back', async () => {
    const fs = await encrypted('opaque');
    const windowA = await opened(fs);
    const windowB = await opened(fs);
    await windowA.rename('notes/odd.MD', TODAY); // A replaces today's entry with the notes file.
    await windowB.write('2026/11/2026-11-25.md', NEW_TEXT); // B still has today's old id; its write reads names.age under the lock.
    const later = await opened(fs);
    assert.deepEqual(await later.read(TODAY), ENTRIES['notes/odd.MD'], 'the entry A moved, not the one it replaced');
    assert.equal((await listed(later)).includes('notes/odd.MD'), false, 'the moved entry is not back at its old name');
    assert.deepEqual(await later.read('2026/11/2026-11-25.md'), NEW_TEXT);
    assert.deepEqual((await listed(later)).filter((path) => path.startsWith('recovered/')), []);
  });
});

describe('encryption: the tree a host browses an encrypted journal by', () => {
  it('shows folders and entries under their plain names, and sees a new entry after invalidate()', async () => {
    const fs = await encrypted('opaque');
    const view = await opened(fs);
    const tree = new JournalTree(view);
    assert.deepEqual(await tree.children(''), [['2026', 'directory'], ['notes', 'directory'], ['people.yml', 'file'], ['readme.txt', 'file'], ['shortcut.md', 'file']]);
    assert.deepEqual(await tree.children('2026/11'), [['2026-11-23-1on1-zoë.md', 'file'], ['2026-11-23.md', 'file']]);
    assert.equal(await tree.kind(TODAY), 'file');
    assert.equal(await tree.kind('2026'), 'directory');
    assert.equal(await tree.kind(''), 'directory');
    assert.equal(await tree.kind('2026/10'), undefined);
    assert.equal(await tree.children(TODAY), undefined, 'a file is not a folder');
    await view.write('2026/10/2026-10-01.md', NEW_TEXT);
    assert.equal(await tree.kind('2026/10/2026-10-01.md'), undefined, 'kept until invalidated');
    tree.invalidate();
    assert.deepEqual(await tree.children('2026/10'), [['2026-10-01.md', 'file']]);
  });
});
