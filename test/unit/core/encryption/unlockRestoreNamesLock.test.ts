// An unlock putting back a killed window's cut-off save (orphanedPartials.ts) while another window
// saves the same entry (eighth review, finding 1, for opaque names; the fresh-eyes audit's gap (c),
// for readable names on the desktop): the unlock holds the names lock, taken after the journal's lock,
// around its examining, renames and settling wherever that window's save holds it around its last
// check and rename — every opaque journal, and a readable one where the create is exact (the
// desktop) — so a save told "saved" is never replaced by the dead save; the dead save's text is kept
// beside it instead, as `NAME (interrupted save).md`. Where the create is a check and a write (web,
// virtual and remote folders) a readable journal's saves take no names lock, and neither does its
// unlock (the header of orphanedPartials.ts says why).
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { isPartialPath, NAMES_LOCK_PATH } from '../../../../src/core/encryption/layout';
import { restoreOrphans } from '../../../../src/core/encryption/orphanedPartials';
import { checkThenWrite, counted, exact, hooked } from '../../../support/lockDisks';
import { entriesNow, NEW_DAY, windowOn } from '../../../support/opaqueWindows';
import { cutOffSave, unlockedNow, unlockHost } from './cutOffSave';

const A_TEXT = '---\ndate: 2026-11-25\nkind: daily\n---\n\nA wrote this and was told saved.\n';
const B_TEXT = '---\ndate: 2026-11-25\nkind: daily\n---\n\nB wrote this, then B was killed.\n';
const KEPT = '2026/11/2026-11-25 (interrupted save).md';

function gate(): { readonly wait: Promise<void>; readonly open: () => void } {
  let open = (): void => undefined;
  const wait = new Promise<void>((resolve) => { open = resolve; });
  return { wait, open };
}

describe('an unlock putting back a cut-off save, while a window saves that entry', function () {
  this.timeout(60_000);

  for (const names of ['opaque', 'readable'] as const) {
    it(`${names} names on an exact create (the desktop): never puts the dead save over a save told "saved": it waits for the names lock, then keeps the dead save beside it`, async () => {
      // Window B's first save of NEW_DAY was cut off between its partial's write and its rename, over a minute ago.
      const { fs, sealed, orphan } = await cutOffSave(B_TEXT, names);
      const unlocked = await unlockedNow(fs);
      const now = Date.now();
      const unlockWaits = gate(); // Opens when the unlock reaches the orphan's rename, or tries the names lock.
      const saveRenamed = gate();
      let repair: ReturnType<typeof restoreOrphans> | undefined;
      // Window A saves NEW_DAY; just before its rename (its checks passed), window C unlocks.
      const a = await windowOn(fs, hooked(fs, async (op, path) => {
        if (op === 'rename' && isPartialPath(path) && path.startsWith(sealed) && repair === undefined) {
          repair = restoreOrphans(unlockHost(fs, orphan, now, hooked(fs, async (cOp, cPath) => {
            if ((cOp === 'rename' && cPath === orphan) || (cOp === 'createExclusive' && cPath === NAMES_LOCK_PATH)) {
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
      const entries = await entriesNow(fs);
      assert.equal(entries[NEW_DAY], A_TEXT, 'the save told "saved" is the entry\'s text');
      assert.equal(entries[KEPT], B_TEXT, 'the dead save kept beside it, named (ninth review, finding 4)');
      assert.deepEqual(done.restored, [], 'nothing put over the save');
      assert.equal(done.keptAside.length, 1, 'the kept copy told');
    });
  }

  it('readable names: the unlock takes the names lock to put a cut-off save back where the create is exact (the desktop), and none where it is a check and a write, as that host\'s saves take none', async () => {
    for (const [host, adapt, locks] of [['exact', exact, 1], ['check-then-write', checkThenWrite, 0]] as const) {
      const { fs, orphan } = await cutOffSave(B_TEXT, 'readable');
      const count = counted();
      const done = await restoreOrphans(unlockHost(fs, orphan, Date.now(), adapt(fs, count)), await unlockedNow(fs));
      assert.equal(done.notNow, undefined, host);
      assert.deepEqual(done.restored, [`${NEW_DAY}.age`], `${host}: the cut-off save put back`);
      assert.equal(count.lockCreates.length, locks, `${host}: names locks taken`);
      assert.equal((await entriesNow(fs))[NEW_DAY], B_TEXT, `${host}: the entry holds the cut-off save`);
      assert.equal(fs.files.has(NAMES_LOCK_PATH), false, `${host}: no lock left`);
    }
  });
});
