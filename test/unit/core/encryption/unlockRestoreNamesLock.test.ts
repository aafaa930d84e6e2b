// An unlock putting back a killed window's cut-off save (orphanedPartials.ts) while another window
// saves the same entry of an opaque journal (eighth review, finding 1): the unlock holds the names
// lock, taken after the journal's lock, around its examining, renames and settling, so a save told
// "saved" is never replaced by the dead save; the dead save's text is kept beside it instead, as
// `NAME (interrupted save).md`.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { isPartialPath, NAMES_LOCK_PATH } from '../../../../src/core/encryption/layout';
import { restoreOrphans } from '../../../../src/core/encryption/orphanedPartials';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { entriesNow, NEW_DAY, windowOn } from '../../../support/opaqueWindows';
import { cutOffSave, unlockedNow, unlockHost } from './cutOffSave';

const A_TEXT = '---\ndate: 2026-11-25\nkind: daily\n---\n\nA wrote this and was told saved.\n';
const B_TEXT = '---\ndate: 2026-11-25\nkind: daily\n---\n\nB wrote this, then B was killed.\n';

/** `disk`, calling `hook` before each rename and each exclusive create (the locks). */
function hooked(disk: MemoryJournalFs, hook: (op: 'rename' | 'create', path: string) => Promise<void>): JournalFs {
  return {
    list: () => disk.list(), listFolder: (folder) => disk.listFolder(folder), read: (path) => disk.read(path), write: (path, bytes) => disk.write(path, bytes),
    createExclusive: async (path, bytes) => { await hook('create', path); return disk.createExclusive(path, bytes); },
    rename: async (from, to) => { await hook('rename', from); return disk.rename(from, to); },
    remove: (path) => disk.remove(path), removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
  };
}

function gate(): { readonly wait: Promise<void>; readonly open: () => void } {
  let open = (): void => undefined;
  const wait = new Promise<void>((resolve) => { open = resolve; });
  return { wait, open };
}

describe('an unlock putting back a cut-off save of an opaque journal, while a window saves that entry', function () {
  this.timeout(60_000);

  it('never puts the dead save over a save told "saved": it waits for the names lock, then keeps the dead save beside it', async () => {
    // Window B's first save of NEW_DAY was cut off between its partial's write and its rename, over a minute ago.
    const { fs, sealed, orphan } = await cutOffSave(B_TEXT);
    const unlocked = await unlockedNow(fs);
    const now = Date.now();
    const unlockWaits = gate(); // Opens when the unlock reaches the orphan's rename, or tries the names lock.
    const saveRenamed = gate();
    let repair: ReturnType<typeof restoreOrphans> | undefined;
    // Window A saves NEW_DAY; just before its rename (its checks passed), window C unlocks.
    const a = await windowOn(fs, hooked(fs, async (op, path) => {
      if (op === 'rename' && isPartialPath(path) && path.startsWith(sealed) && repair === undefined) {
        repair = restoreOrphans(unlockHost(fs, orphan, now, hooked(fs, async (cOp, cPath) => {
          if ((cOp === 'rename' && cPath === orphan) || (cOp === 'create' && cPath === NAMES_LOCK_PATH)) {
            unlockWaits.open();
            if (cOp === 'rename') {
              await saveRenamed.wait;
            }
          }
        })), unlocked);
        await unlockWaits.wait;
        setImmediate(() => saveRenamed.open());
      }
    }));
    await a.list();
    await a.write(NEW_DAY, utf8(A_TEXT)); // Told saved.
    assert.ok(repair !== undefined);
    const done = await repair;
    assert.deepEqual(done.restored, []);
    assert.equal(done.keptAside.length, 1);
    const entries = await entriesNow(fs);
    assert.equal(entries[NEW_DAY], A_TEXT);
    assert.equal(entries['2026/11/2026-11-25 (interrupted save).md'], B_TEXT, 'the dead save kept beside it, named (ninth review, finding 4)');
  });
});
