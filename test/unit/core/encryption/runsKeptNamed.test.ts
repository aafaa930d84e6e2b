// A dead window's save cut off beside its entry in an opaque journal, met by a run rather than an
// unlock (the eleventh review, finding 3): Change Passphrase, Encrypt run again and Decrypt settle it
// as the unlock does (entrySteps.ts settlePartials), keeping its text as a new entry beside its own —
// and now give that copy its name, `NAME (interrupted save).md`, in names.age (a decrypt writes it
// under that name), where the run kept it unnamed, listed as recovered/ID.md (a decrypt wrote it to
// recovered/ID.md) though names.age named the entry.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { changePassphrase } from '../../../../src/core/encryption/changePassphrase';
import { decryptJournal } from '../../../../src/core/encryption/decryptJournal';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import type { MigrationHost, MigrationOutcome } from '../../../../src/core/encryption/migrationRun';
import { testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { entriesNow, NEW_DAY, PASSPHRASE, windowOn } from '../../../support/opaqueWindows';
import { cutOffSave, writtenBefore } from './cutOffSave';

const A_TEXT = '---\ndate: 2026-11-25\nkind: daily\n---\n\nA wrote this.\n';
const B_TEXT = '---\ndate: 2026-11-25\nkind: daily\n---\n\nB wrote this, then B was killed.\n';
const KEPT = '2026/11/2026-11-25 (interrupted save).md';
const NEW_PASSPHRASE = 'neu und unbekannt';

interface Run {
  readonly name: string;
  readonly run: (host: MigrationHost) => Promise<MigrationOutcome>;
  /** Each entry's text after the run, by the name a user sees. */
  readonly entries: (fs: MemoryJournalFs) => Promise<Record<string, string>>;
}

const RUNS: readonly Run[] = [
  { name: 'Change Passphrase', run: (host) => changePassphrase(host, { passphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE }), entries: (fs) => entriesNow(fs, NEW_PASSPHRASE) },
  { name: 'Encrypt, run again', run: (host) => encryptJournal(host, { credential: { kind: 'passphrase', passphrase: PASSPHRASE } }), entries: (fs) => entriesNow(fs) },
  {
    name: 'Decrypt',
    run: (host) => decryptJournal(host, { credential: { kind: 'passphrase', passphrase: PASSPHRASE } }),
    entries: async (fs) => Object.fromEntries([...fs.files].filter(([path]) => path.startsWith('2026/11/') || path.startsWith('recovered/')).map(([path, bytes]) => [path, new TextDecoder().decode(bytes)])),
  },
];

describe('a killed window\'s save cut off beside its entry, met by a run in an opaque journal', function () {
  this.timeout(60_000);

  for (const { name, run, entries } of RUNS) {
    it(`${name} keeps it as ${KEPT}, named in names.age, not as recovered/ID.md`, async () => {
      // B's first save of NEW_DAY was cut off before its rename; A then saved NEW_DAY: B's partial is beside A's file.
      const { fs, orphan } = await cutOffSave(B_TEXT);
      const a = await windowOn(fs);
      await a.list();
      await a.write(NEW_DAY, utf8(A_TEXT));
      const host = testHost(fs);
      const outcome = await run({ ...host, modifiedAt: writtenBefore(fs, orphan, host.now().getTime()) });
      assert.equal(outcome.status, 'done', outcome.reason ?? JSON.stringify(outcome.attention));
      assert.ok(outcome.notes.some((note) => note.path === KEPT && /holds a save of 2026\/11\/2026-11-25\.md/.test(note.reason)), `the run names the copy: ${JSON.stringify(outcome.notes)}`);
      const after = await entries(fs);
      assert.equal(after[NEW_DAY], A_TEXT);
      assert.equal(after[KEPT], B_TEXT, 'the dead save kept beside its entry, under its name');
      assert.deepEqual(Object.keys(after).filter((path) => path.startsWith('recovered/')), [], 'nothing under recovered/');
    });
  }
});
