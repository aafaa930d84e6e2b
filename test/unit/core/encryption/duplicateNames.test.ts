// names.age giving one name two ids (an older version's map, or copies joined after a kill): read as
// one id per name (journalUnlock.ts oneIdPerName) — the one whose file is there — so a window reads
// the entry's text and its saves land, rather than being refused for good as "renamed to itself".
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { readNameMap, sealingOf, writeNameMap } from '../../../../src/core/encryption/journalUnlock';
import { PROCESS_WRITER } from '../../../../src/core/encryption/layout';
import { idIn } from '../../../../src/core/encryption/namesChanged';
import { EntryNames } from '../../../../src/core/encryption/entryNames';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { ENTRIES } from '../../../support/encryptedJournal';
import { entriesNow, opaqueJournal, PASSPHRASE, TODAY, windowOn } from '../../../support/opaqueWindows';

const SAVED = utf8('---\ndate: 2026-11-23\n---\n\nSaved after the map gave this name twice.\n');
const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

describe('encryption: one name under two ids in names.age', function () {
  this.timeout(60_000);

  for (const [order, extra] of [['after', 'zzzzzzzzzzzzzzzzzzzzzzzzzz'], ['before', 'aaaaaaaaaaaaaaaaaaaaaaaaaa']] as const) {
    it(`an id with no file that sorts ${order} the entry's own: the entry reads its text, and its saves land under its name`, async () => {
      const fs = await opaqueJournal();
      const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
      assert.ok(unlock.ok);
      const own = unlock.journal.names.idOf(TODAY);
      const twice = new Map([...unlock.journal.names.names, [extra, TODAY]]); // A save cut off before its file landed, in an older version's map.
      await writeNameMap(fs, { map: twice }, sealingOf(unlock.journal.keys), PROCESS_WRITER);
      const read = await readNameMap(fs, sealingOf(unlock.journal.keys));
      assert.equal(idIn(read, TODAY), own, 'the id whose file is there');
      assert.equal(new EntryNames(read).idOf(TODAY), own, 'idIn and idOf agree');
      const view = await windowOn(fs);
      await view.list();
      assert.equal(text(await view.read(TODAY)), text(ENTRIES[TODAY]));
      await view.write(TODAY, SAVED);
      await view.write(TODAY, SAVED); // Again: never refused for good.
      const entries = await entriesNow(fs);
      assert.equal(entries[TODAY], text(SAVED));
      assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
    });
  }
});
