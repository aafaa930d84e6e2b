// What the output channel says after an unlock put back the saves cut off before their rename, in
// English and German, formatted with the shipped bundles as VS Code would, from what the core's
// restoreOrphans reports: a German VS Code says the whole line in German — the lock another run holds,
// and why a partial does not open, included — and English as before.
import * as assert from 'node:assert/strict';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { LOCK_PATH, partialPath } from '../../../../src/core/encryption/layout';
import { restoreOrphans, type OrphanRepair } from '../../../../src/core/encryption/orphanedPartials';
import { SAFE_AGE_MS } from '../../../../src/core/encryption/partialTimes';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { interruptedSaveLines } from '../../../../src/extension/encryption/interruptedSaveLines';
import type { Translator } from '../../../../src/core/text/format';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { fixtureJournal, testHost } from '../../../support/encryptedJournal';

/** The writer of the partials a cut-off save left (layout.ts): another window, or a process gone. */
const WRITER = '7window2';

const PASSPHRASE = 'Grüße — nur ich';
const TODAY = '2026/11/2026-11-23.md.age';
const OTHER = '2026/12/2026-12-01.md.age';
const NOW = Date.UTC(2026, 10, 24, 9, 0);

const translator = (language: 'en' | 'de'): Translator => bundleTranslator(language) as Translator;

/** An unlock's repair of a journal with one whole orphan (TODAY's) and one cut short (OTHER's), while another run holds the lock. */
async function repairWithBusyLock(): Promise<OrphanRepair> {
  const fs = fixtureJournal();
  assert.equal((await encryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } })).status, 'done');
  const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
  assert.ok(unlock.ok);
  for (const [path, cut] of [[TODAY, 0], [OTHER, 20]] as const) {
    const bytes = fs.files.get(path);
    assert.ok(bytes !== undefined);
    fs.files.delete(path);
    fs.put(partialPath(path, WRITER), bytes.subarray(0, bytes.length - cut));
  }
  fs.put(LOCK_PATH, utf8(`${JSON.stringify({ pid: 99, host: 'laptop', startedAt: '2026-11-24T08:59:00.000Z', operation: 'decrypt' })}\n`));
  return restoreOrphans({
    fs, me: { pid: 7, host: 'laptop' }, liveness: () => 'alive', now: () => new Date(NOW),
    modifiedAt: async (path) => (fs.files.has(path) ? NOW - 2 * SAFE_AGE_MS : undefined),
  }, unlock.journal);
}

describe('extension: what the unlock says of interrupted saves', function () {
  this.timeout(60_000);

  it('says in German, whole, why a save was left and why none was put back (the lock another run holds)', async () => {
    const repair = await repairWithBusyLock();
    const [kept, notNow, ...rest] = interruptedSaveLines(translator('de'), repair);
    assert.deepEqual(rest, []);
    assert.equal(kept?.level, 'warn');
    assert.match(kept?.text ?? '', new RegExp(`^Eine unterbrochene Speicherung wurde belassen, wie sie ist, und nicht an die Stelle von ${OTHER} gesetzt: ${partialPath(OTHER, WRITER)} ist (beschädigt|abgeschnitten)`));
    assert.deepEqual(notNow, {
      level: 'warn',
      text: `Unterbrochene Speicherungen wurden jetzt nicht wiederhergestellt (ein anderer Lauf (Entschlüsseln) arbeitet an diesem Journal (Prozess 99 auf laptop, seit 2026-11-24T08:59:00.000Z); warten Sie, bis er fertig ist. Läuft er nicht mehr (etwa weil sein Rechner ausgeschaltet wurde), löschen Sie ${LOCK_PATH} im Journalordner und führen Sie den Befehl erneut aus); das geschieht beim nächsten Entsperren des Journals.`,
    });
  });

  it('says the same in English as before', async () => {
    const repair = await repairWithBusyLock();
    assert.deepEqual(interruptedSaveLines(translator('en'), repair).map((line) => line.text), [
      `An interrupted save was left as it is, not put in place of ${OTHER}: ${repair.kept[0]?.reason ?? ''}.`,
      `Interrupted saves were not put back now (${repair.notNow ?? ''}); they are when the journal is next unlocked.`,
    ]);
    assert.match(repair.notNow ?? '', /^another decrypt is running on this journal \(process 99 on laptop/);
  });
});
