// What Encrypt, Decrypt and Change Passphrase say when they stop or leave something to the user, in
// English and German, formatted with the shipped bundles as VS Code would, from outcomes the core's
// own runs give: the reason (the disk, the lock, an entry left as it was) is in the user's language
// inside the sentence around it, and so is every line the output channel lists.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { isPartialPath, LOCK_PATH, MARKER_PATH } from '../../../../src/core/encryption/layout';
import type { MigrationOutcome } from '../../../../src/core/encryption/migrationRun';
import { outcomeMessage } from '../../../../src/extension/encryption/outcomeMessage';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { fixtureJournal, testHost } from '../../../support/encryptedJournal';
import { systemError } from '../../../support/memoryJournalFs';

type Translator = Parameters<typeof outcomeMessage>[0];
const translator = (language: 'en' | 'de'): Translator => bundleTranslator(language) as Translator;
const credential = { kind: 'passphrase', passphrase: 'Grüße — nur ich' } as const;

/** An encrypt stopped by a full disk at the second entry it seals. */
async function fullDisk(): Promise<MigrationOutcome> {
  const fs = fixtureJournal();
  let writes = 0;
  fs.faults = { fail: (op, path) => (op === 'write' && isPartialPath(path) && path.includes('.md.age.') && ++writes === 2 ? systemError('ENOSPC', 'no space left on device, write') : undefined) };
  return encryptJournal(testHost(fs), { credential });
}

/** An encrypt that finds an entry's sealed form there already with other text, and a link it leaves. */
async function conflict(): Promise<MigrationOutcome> {
  const fs = fixtureJournal();
  assert.equal((await encryptJournal(testHost(fs), { credential })).status, 'done');
  fs.put('2026/11/2026-11-23.md', utf8('a plain copy with other text\n'));
  return encryptJournal(testHost(fs), { credential });
}

/** An encrypt refused because another run holds the journal. */
async function locked(): Promise<MigrationOutcome> {
  const fs = fixtureJournal();
  fs.put(LOCK_PATH, utf8(`${JSON.stringify({ pid: 42, host: 'other-host', startedAt: '2026-11-23T08:00:00.000Z', operation: 'decrypt' })}\n`));
  return encryptJournal(testHost(fs), { credential });
}

/** An encrypt refused because the journal's migration marker is not what this product writes. */
async function damagedMarker(): Promise<MigrationOutcome> {
  const fs = fixtureJournal();
  fs.put(MARKER_PATH, utf8('{"format": "leadership-journal-migration", "version": 1}\n'));
  return encryptJournal(testHost(fs), { credential });
}

describe('encryption: what a stopped or unfinished run says, in the user\'s language', function () {
  this.timeout(60_000);

  it('says why it stopped in English, as the core words it', async () => {
    const message = outcomeMessage(translator('en'), await fullDisk());
    assert.match(message.text, /^Stopped: the disk is full \(ENOSPC\) while writing 2026\/11\/[^ ]+\.md\.age\.[2-7][a-z2-7]{7}\.lj-partial\. Nothing was lost/);
  });

  it('says it all in German: the disk, the lock, an entry left to the user and a link left alone', async () => {
    const de = translator('de');
    assert.match(outcomeMessage(de, await fullDisk()).text, /^Angehalten: die Festplatte ist voll \(ENOSPC\) beim Schreiben von 2026\/11\/[^ ]+\.md\.age\.[2-7][a-z2-7]{7}\.lj-partial\. Nichts ging verloren/);
    assert.equal(
      outcomeMessage(de, await locked()).text,
      `Angehalten: ein anderer Lauf (Entschlüsseln) arbeitet an diesem Journal (Prozess 42 auf other-host, seit 2026-11-23T08:00:00.000Z); warten Sie, bis er fertig ist. Läuft er nicht mehr (etwa weil sein Rechner ausgeschaltet wurde), löschen Sie ${LOCK_PATH} im Journalordner und führen Sie den Befehl erneut aus. Nichts wurde geändert.`,
    );
    assert.match(outcomeMessage(de, await damagedMarker()).text, new RegExp(`^Angehalten: ${MARKER_PATH.replace(/\./g, '\\.')} ist unvollständig; nichts wurde geändert\\.`));
    const unfinished = outcomeMessage(de, await conflict());
    assert.equal(unfinished.severity, 'warning');
    assert.deepEqual(unfinished.details, [
      '2026/11/2026-11-23.md: 2026/11/2026-11-23.md.age ist schon da, mit anderem Text: Beide bleiben erhalten; behalten Sie die gewünschte, löschen Sie die andere und führen Sie den Befehl erneut aus',
      'shortcut.md ist ein symbolischer Link: unverändert gelassen (sein Ziel wurde nicht verschlüsselt)',
    ]);
  });
});
