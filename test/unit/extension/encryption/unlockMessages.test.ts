// What a German (or English) VS Code says when an encrypted journal cannot be unlocked, or unlocks
// half-migrated: the reason inside the sentence comes from the core as data and is worded with the
// shipped bundles, so no English reason sits inside a German sentence. The English stays word for
// word what the core's message (the command line's) says.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { recipientsReason } from '../../../../src/core/encryption/keyFileChoice';
import { DESCRIPTOR_PATH, isPartialPath, KEY_PATH } from '../../../../src/core/encryption/layout';
import { englishReason } from '../../../../src/core/encryption/reasons';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { cannotOpenMessage, halfMigratedMessage, plainEntriesMessage } from '../../../../src/extension/encryption/unlockMessages';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { fixtureJournal, testHost } from '../../../support/encryptedJournal';
import { systemError, type MemoryJournalFs } from '../../../support/memoryJournalFs';

type Translator = Parameters<typeof cannotOpenMessage>[0];
const en = bundleTranslator('en') as Translator;
const de = bundleTranslator('de') as Translator;
const credential = { kind: 'passphrase', passphrase: 'Grüße — nur ich' } as const;

async function refusal(fs: MemoryJournalFs): Promise<Extract<Awaited<ReturnType<typeof unlockJournal>>, { ok: false }>> {
  const unlock = await unlockJournal(fs, credential);
  assert.ok(!unlock.ok, 'the journal does not unlock');
  return unlock;
}

describe('encryption: why a journal does not unlock, in the user\'s language', function () {
  this.timeout(60_000);

  it('words a damaged descriptor in German, and in English as the core does', async () => {
    const fs = fixtureJournal();
    fs.put(DESCRIPTOR_PATH, utf8('not json\n'));
    const unlock = await refusal(fs);
    assert.equal(unlock.kind, 'journal');
    assert.equal(unlock.message, `${DESCRIPTOR_PATH} is not the JSON this product writes`);
    assert.equal(cannotOpenMessage(en, unlock.why), `The encrypted journal cannot be opened: ${unlock.message}.`);
    assert.equal(cannotOpenMessage(de, unlock.why), `Das verschlüsselte Journal lässt sich nicht öffnen: ${DESCRIPTOR_PATH} ist nicht das JSON, das dieses Produkt schreibt.`);
  });

  it('words a key file that is not age, and a disk that fails, in German', async () => {
    const fs = fixtureJournal();
    assert.equal((await encryptJournal(testHost(fs), { credential })).status, 'done');
    fs.put(KEY_PATH, utf8('not an age file\n'));
    const damaged = await refusal(fs);
    assert.equal(damaged.message, `${KEY_PATH} is not an age-encrypted file`);
    assert.equal(cannotOpenMessage(de, damaged.why), `Das verschlüsselte Journal lässt sich nicht öffnen: ${KEY_PATH} ist keine mit age verschlüsselte Datei.`);

    const failing = fixtureJournal();
    failing.faults = { fail: (op) => (op === 'read' ? systemError('EACCES', 'permission denied, open') : undefined) };
    const unreadable = await refusal(failing);
    assert.equal(unreadable.message, 'the journal\'s state cannot be read: permission was denied (EACCES)');
    assert.equal(cannotOpenMessage(de, unreadable.why), 'Das verschlüsselte Journal lässt sich nicht öffnen: der Zustand des Journals lässt sich nicht lesen: der Zugriff wurde verweigert (EACCES).');
  });

  it('words a backup key the extension cannot seal to in German', () => {
    const why = recipientsReason([`age1pq1${'q'.repeat(60)}`]);
    assert.ok(why !== undefined);
    assert.match(cannotOpenMessage(de, why), /^Das verschlüsselte Journal lässt sich nicht öffnen: das Journal ist auch für age1pq1qqqqq… verschlüsselt, und das ist kein X25519-Schlüssel: .*Befehlszeile/);
  });

  it('words an interrupted encrypt in German when the journal unlocks half-migrated', async () => {
    const fs = fixtureJournal();
    let writes = 0;
    fs.faults = { fail: (op, path) => (op === 'write' && isPartialPath(path) && path.includes('.md.age.') && ++writes === 2 ? systemError('ENOSPC', 'no space left on device, write') : undefined) };
    assert.equal((await encryptJournal(testHost(fs), { credential })).status, 'stopped');
    fs.faults = {};
    const unlock = await unlockJournal(fs, credential);
    assert.ok(unlock.ok);
    const [warning] = unlock.journal.warnings;
    assert.ok(warning !== undefined, 'the half-way migration is told');
    assert.match(englishReason(warning), /^the encrypt run was interrupted \(1 of \d+ entries\): run it again to finish it; until then the journal holds plain and encrypted entries$/);
    assert.equal(halfMigratedMessage(en, warning), `The journal is not fully encrypted or decrypted: ${englishReason(warning)}.`);
    assert.match(halfMigratedMessage(de, warning), /^Das Journal ist nicht vollständig ver- oder entschlüsselt: ein Lauf \(Verschlüsseln\) wurde unterbrochen \(1 von \d+ Einträgen\): Führen Sie ihn erneut aus/);
  });

  it('says how many entries of an encrypted journal are plain on disk, and what to do, in English and German', () => {
    assert.equal(plainEntriesMessage(en, 1), '1 entry of this encrypted journal is plain on disk, readable by anyone who gets the folder: run Encrypt Journal… again to finish sealing it.');
    assert.equal(plainEntriesMessage(en, 3), '3 entries of this encrypted journal are plain on disk, readable by anyone who gets the folder: run Encrypt Journal… again to finish sealing them.');
    assert.equal(plainEntriesMessage(de, 1), '1 Eintrag dieses verschlüsselten Journals liegt unverschlüsselt auf der Festplatte, lesbar für jeden, der den Ordner bekommt: Führen Sie „Journal verschlüsseln…“ erneut aus, um ihn fertig zu verschlüsseln.');
    assert.equal(plainEntriesMessage(de, 3), '3 Einträge dieses verschlüsselten Journals liegen unverschlüsselt auf der Festplatte, lesbar für jeden, der den Ordner bekommt: Führen Sie „Journal verschlüsseln…“ erneut aus, um sie fertig zu verschlüsseln.');
  });
});
