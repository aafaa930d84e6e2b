// A save a killed window cut off beside its entry in an opaque journal, which the next unlock keeps
// aside (orphanedPartials.ts, settlePartials) (ninth review, finding 4): the copy gets a name in
// names.age, `NAME (interrupted save).md`, as a window's own save names the one it keeps, so no window
// lists it as recovered/ID.md or tells the user its name was lost "(a sync … put back an older one)"
// and to rename it to its date — over the entry that was saved.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { restoreOrphans } from '../../../../src/core/encryption/orphanedPartials';
import { interruptedSaveLines, keptAsideListed } from '../../../../src/extension/encryption/interruptedSaveLines';
import { entriesNow, NEW_DAY, windowOn } from '../../../support/opaqueWindows';
import { cutOffSave, unlockedNow, unlockHost } from './cutOffSave';

const A_TEXT = '---\ndate: 2026-11-25\nkind: daily\n---\n\nA wrote this.\n';
const B_TEXT = '---\ndate: 2026-11-25\nkind: daily\n---\n\nB wrote this, then B was killed.\n';
const KEPT = '2026/11/2026-11-25 (interrupted save).md';
const l10n = { t: (s: string, ...args: unknown[]): string => s.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) };

describe('a killed window\'s save the unlock keeps aside in an opaque journal', function () {
  this.timeout(60_000);

  it('is named NAME (interrupted save).md in names.age: no window lists it as recovered or tells of a lost name', async () => {
    // B's first save of NEW_DAY was cut off before its rename (names.age names NEW_DAY, its file is not there).
    const { fs, orphan } = await cutOffSave(B_TEXT);
    const toldA: string[] = [];
    const a = await windowOn(fs, fs, undefined, (entries) => toldA.push(...entries));
    await a.list();
    await a.write(NEW_DAY, utf8(A_TEXT)); // A's save takes the name: B's partial is now beside A's file.
    const repair = await restoreOrphans(unlockHost(fs, orphan, Date.now()), await unlockedNow(fs));
    assert.equal(repair.keptAside.length, 1);
    assert.equal(repair.keptAside[0]?.name, KEPT);
    assert.deepEqual(keptAsideListed(repair), [], 'nothing listed as recovered/ for the warning to leave out');
    assert.ok(interruptedSaveLines(l10n, repair).some((line) => line.text.startsWith(`${KEPT} holds a save of ${NEW_DAY}`)), 'the output names the copy');
    await a.list();
    assert.deepEqual(toldA, [], 'A is told of no lost name');
    const toldD: string[] = [];
    const d = await windowOn(fs, fs, undefined, (entries) => toldD.push(...entries));
    await d.list();
    assert.deepEqual(toldD, [], 'nor is a window opened later');
    const entries = await entriesNow(fs);
    assert.equal(entries[NEW_DAY], A_TEXT);
    assert.equal(entries[KEPT], B_TEXT);
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
  });
});
