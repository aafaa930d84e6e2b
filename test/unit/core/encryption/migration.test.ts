import * as assert from 'node:assert/strict';
import { createSealer } from '../../../../src/core/crypto/ageFile';
import { newIdentity } from '../../../../src/core/crypto/ageKeys';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { changePassphrase } from '../../../../src/core/encryption/changePassphrase';
import { decryptJournal } from '../../../../src/core/encryption/decryptJournal';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { isPartialPath, KEY_PATH, LOCK_PATH, MARKER_PATH, NEXT_KEY_PATH } from '../../../../src/core/encryption/layout';
import { markerBytes, parseMarker } from '../../../../src/core/encryption/journalState';
import type { Attention } from '../../../../src/core/encryption/migrationRun';
import { ENTRIES, assertAsOriginal, assertEncrypted, assertNothingLost, fixtureJournal, journalKeys, testHost } from '../../../support/encryptedJournal';
import { systemError } from '../../../support/memoryJournalFs';

const PASSPHRASE = 'Grüße, Zoë';
const passphrase = { kind: 'passphrase', passphrase: PASSPHRASE } as const;

/** What the CLI prints of each item: its path and its English reason. */
const said = (items: readonly Attention[]): { path: string; reason: string }[] => items.map(({ path, reason }) => ({ path, reason }));

describe('encryption: encrypt and decrypt a journal', () => {
  it('encrypts with a passphrase and readable names, then decrypts back to the same bytes', async () => {
    const fs = fixtureJournal();
    const encrypted = await encryptJournal(testHost(fs), { credential: passphrase });
    assert.equal(encrypted.status, 'done', encrypted.reason);
    assert.equal(encrypted.converted, Object.keys(ENTRIES).length);
    assert.deepEqual(said(encrypted.notes), [{ path: 'shortcut.md', reason: 'is a symbolic link: left as it is (its target was not encrypted)' }]);
    const keys = await journalKeys(fs, { passphrase: PASSPHRASE });
    assert.ok(keys);
    await assertEncrypted(fs, keys, 'readable', 'after encrypt');
    assert.ok(fs.files.has('2026/11/2026-11-23-1on1-zoë.md.age'));

    const again = await encryptJournal(testHost(fs), { credential: passphrase });
    assert.equal(again.status, 'done');
    assert.equal(again.converted, 0, 'a second run has nothing to do');

    const decrypted = await decryptJournal(testHost(fs), { credential: passphrase });
    assert.equal(decrypted.status, 'done', decrypted.reason);
    assert.equal(decrypted.converted, Object.keys(ENTRIES).length);
    assertAsOriginal(fs, 'after decrypt');
  });

  it('encrypts to an identity with opaque names, then decrypts back to the same names and bytes', async () => {
    const key = await newIdentity(new Date());
    const credential = { kind: 'identity', identities: [key.identity] } as const;
    const fs = fixtureJournal();
    const encrypted = await encryptJournal(testHost(fs), { credential, names: 'opaque' });
    assert.equal(encrypted.status, 'done', encrypted.reason);
    await assertEncrypted(fs, { passphrases: [], identities: [key.identity] }, 'opaque', 'after encrypt');
    assert.equal(fs.files.has(KEY_PATH), false, 'an identity journal has no key file');
    assert.ok(!fs.folders.has('2026/11') && fs.folders.has('2025'), 'folders the entries left go; others stay');

    const decrypted = await decryptJournal(testHost(fs), { credential });
    assert.equal(decrypted.status, 'done', decrypted.reason);
    assertAsOriginal(fs, 'after decrypt');
  });

  it('refuses a wrong passphrase, the other kind of key, or new names, changing nothing', async () => {
    const fs = fixtureJournal();
    await encryptJournal(testHost(fs), { credential: passphrase });
    const before = fs.clone();
    const wrong = await decryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: 'Grusse, Zoe' } });
    assert.equal(wrong.status, 'stopped');
    assert.equal(wrong.reason, 'the passphrase does not open the journal\'s key (.leadership-journal/key.age); nothing was changed');
    assert.equal(wrong.stoppedBy, 'key');
    const key = await newIdentity(new Date());
    const identity = await encryptJournal(testHost(fs), { credential: { kind: 'identity', identities: [key.identity] } });
    assert.equal(identity.reason, 'this journal is encrypted with a passphrase: give the passphrase, not an identity file');
    const names = await encryptJournal(testHost(fs), { credential: passphrase, names: 'opaque' });
    assert.match(names.reason ?? '', /encrypted with readable names; to change that, decrypt it/);
    assert.deepEqual(fs.files, before.files);
  });

  it('refuses to encrypt or decrypt while a passphrase change is unfinished, changing nothing', async () => {
    const fs = fixtureJournal();
    await encryptJournal(testHost(fs), { credential: passphrase });
    await fs.write(MARKER_PATH, markerBytes({ operation: 'change-passphrase', undo: false, startedAt: '2026-11-23T08:00:00.000Z', done: 1, total: 4 }));
    const before = fs.clone();
    const encrypted = await encryptJournal(testHost(fs), { credential: passphrase });
    assert.equal(encrypted.status, 'stopped');
    assert.equal(encrypted.reason, 'a passphrase change was interrupted: finish it (change-passphrase), or undo it, before encrypting');
    const decrypted = await decryptJournal(testHost(fs), { credential: passphrase });
    assert.equal(decrypted.reason, 'a passphrase change was interrupted: finish it (change-passphrase), or undo it, before decrypting');
    assert.deepEqual(fs.files, before.files);
  });

  it('seals to the identities\' own recipients and any extra (a backup key), each of which opens the journal', async () => {
    const [mine, backup] = [await newIdentity(new Date()), await newIdentity(new Date())];
    const fs = fixtureJournal();
    const outcome = await encryptJournal(testHost(fs), { credential: { kind: 'identity', identities: [mine.identity], recipients: [backup.recipient] } });
    assert.equal(outcome.status, 'done', outcome.reason);
    await assertEncrypted(fs, { passphrases: [], identities: [backup.identity] }, 'readable', 'the backup key opens every entry');
    const decrypted = await decryptJournal(testHost(fs), { credential: { kind: 'identity', identities: [mine.identity] } });
    assert.equal(decrypted.status, 'done', decrypted.reason);
    assertAsOriginal(fs, 'decrypted with my own key');
  });

  it('handles a mixed journal: entries already encrypted stay, plain ones are encrypted, age -p files decrypt', async () => {
    const fs = fixtureJournal();
    await encryptJournal(testHost(fs), { credential: passphrase });
    fs.put('2026/12/2026-12-02.md', utf8('Written while the journal was encrypted, as plain text.\n'));
    fs.put('2026/12/2026-12-03.md.age', await createSealer({ passphrase: PASSPHRASE, workFactor: 10 }).seal(utf8('From age -p.\n')));
    const outcome = await encryptJournal(testHost(fs), { credential: passphrase });
    assert.equal(outcome.status, 'done');
    assert.equal(outcome.converted, 1);
    const decrypted = await decryptJournal(testHost(fs), { credential: passphrase });
    assert.equal(decrypted.status, 'done', decrypted.reason);
    assert.equal(Buffer.from(fs.files.get('2026/12/2026-12-03.md') ?? []).toString(), 'From age -p.\n');
    assert.equal(Buffer.from(fs.files.get('2026/12/2026-12-02.md') ?? []).toString(), 'Written while the journal was encrypted, as plain text.\n');
  });

  it('keeps both forms of an entry that differ, lists them, and leaves the journal marked until they are resolved', async () => {
    const fs = fixtureJournal();
    await encryptJournal(testHost(fs), { credential: passphrase });
    fs.put('2026/11/2026-11-23.md', utf8('A different plain version.\n'));
    const outcome = await encryptJournal(testHost(fs), { credential: passphrase });
    assert.equal(outcome.status, 'incomplete');
    assert.deepEqual(outcome.attention.map((item) => item.path), ['2026/11/2026-11-23.md']);
    assert.match(outcome.attention[0]?.reason ?? '', /already there with different text: both are kept/);
    assert.ok(fs.files.has(MARKER_PATH), 'the marker says the journal is not all encrypted');
    fs.files.delete('2026/11/2026-11-23.md');
    assert.equal((await encryptJournal(testHost(fs), { credential: passphrase })).status, 'done');
    assert.equal(fs.files.has(MARKER_PATH), false);
  });

  it('leaves an entry that does not open encrypted, named, and keeps the key while one is left', async () => {
    const fs = fixtureJournal();
    await encryptJournal(testHost(fs), { credential: passphrase });
    const stranger = await newIdentity(new Date());
    fs.put('foreign.md.age', await createSealer({ recipients: [stranger.recipient] }).seal(utf8('not ours\n')));
    fs.put('2026/11/2026-11-23.md.age', (fs.files.get('2026/11/2026-11-23.md.age') ?? new Uint8Array(0)).subarray(0, 100));
    const outcome = await decryptJournal(testHost(fs), { credential: passphrase });
    assert.equal(outcome.status, 'incomplete');
    assert.deepEqual(said(outcome.attention), [
      { path: '2026/11/2026-11-23.md.age', reason: 'left encrypted: 2026/11/2026-11-23.md.age is cut short: the encrypted file ends before it is complete' },
      { path: 'foreign.md.age', reason: 'left encrypted: foreign.md.age is encrypted to another key: the identity given does not open it' },
    ]);
    assert.ok(fs.files.has(KEY_PATH), 'the key stays while an encrypted entry is left');
    assert.equal(outcome.converted, Object.keys(ENTRIES).length - 1);
  });

  it('stops on a full disk with a clear message, loses nothing, and goes on when run again', async () => {
    const fs = fixtureJournal();
    let writes = 0;
    fs.faults = {
      fail: (op, path) => (op === 'write' && isPartialPath(path) && path.includes('.md.age.') && ++writes === 2 ? systemError('ENOSPC', 'no space left on device, write') : undefined),
    };
    const outcome = await encryptJournal(testHost(fs), { credential: passphrase });
    assert.equal(outcome.status, 'stopped');
    assert.match(outcome.reason ?? '', /^the disk is full \(ENOSPC\) while writing 2026\/11\/2026-11-23\.md\.age\.[2-7][a-z2-7]{7}\.lj-partial$/);
    assert.equal(outcome.stoppedBy, 'file-system');
    assert.equal(outcome.converted, 1);
    await assertNothingLost(fs, await journalKeys(fs, { passphrase: PASSPHRASE }), 'after ENOSPC');
    fs.faults = {};
    const resumed = await encryptJournal(testHost(fs), { credential: passphrase });
    assert.equal(resumed.status, 'done', resumed.reason);
    await assertEncrypted(fs, (await journalKeys(fs, { passphrase: PASSPHRASE }))!, 'readable', 'resumed');
  });

  it('lets one run at a time hold the journal, and takes over the lock of a run that died', async () => {
    const fs = fixtureJournal();
    fs.put(LOCK_PATH, utf8(`${JSON.stringify({ pid: 77, host: 'test-host', startedAt: '2026-11-23T08:00:00.000Z', operation: 'encrypt' })}\n`));
    const busy = await encryptJournal(testHost(fs, 1), { credential: passphrase });
    assert.equal(busy.status, 'stopped');
    assert.equal(busy.stoppedBy, 'lock');
    assert.equal(busy.reason, 'another encrypt is running on this journal (process 77 on test-host, since 2026-11-23T08:00:00.000Z); wait for it to finish. If it is not running (its machine was switched off, say), delete .leadership-journal/lock in the journal folder and run again');
    for (const [path, bytes] of Object.entries(ENTRIES)) {
      assert.deepEqual(fs.files.get(path), bytes, 'a busy journal is not touched');
    }
    const takeover = await encryptJournal(testHost(fs, 1, [77]), { credential: passphrase });
    assert.equal(takeover.status, 'done', takeover.reason);
    assert.equal(takeover.resumedFromDeadRun, true);
    assert.equal(fs.files.has(LOCK_PATH), false);
  });

  it('records its progress in the marker while it runs', async () => {
    const fs = fixtureJournal();
    const seen: string[] = [];
    const host = { ...testHost(fs), onProgress: () => {
      const marker = parseMarker(fs.files.get(MARKER_PATH) ?? new Uint8Array(0));
      assert.ok(typeof marker !== 'string');
      seen.push(`${marker.operation} ${marker.done}/${marker.total}`);
    } };
    await encryptJournal(host, { credential: passphrase });
    assert.deepEqual(seen, ['encrypt 1/4', 'encrypt 2/4', 'encrypt 3/4', 'encrypt 4/4']);
  });
});

describe('encryption: change the passphrase', () => {
  it('re-encrypts every entry to a new key sealed with the new passphrase; the old one opens nothing', async () => {
    const fs = fixtureJournal();
    await encryptJournal(testHost(fs), { credential: passphrase, names: 'opaque' });
    const oldKeys = await journalKeys(fs, { passphrase: PASSPHRASE });
    const outcome = await changePassphrase(testHost(fs), { passphrase: PASSPHRASE, newPassphrase: 'ново' });
    assert.equal(outcome.status, 'done', outcome.reason);
    assert.equal(outcome.converted, Object.keys(ENTRIES).length);
    assert.equal(fs.files.has(NEXT_KEY_PATH), false);
    const newKeys = await journalKeys(fs, { passphrase: 'ново' });
    assert.ok(newKeys && oldKeys);
    assert.notDeepEqual(newKeys.identities, oldKeys.identities);
    await assertEncrypted(fs, newKeys, 'opaque', 'after the change');
    const decrypted = await decryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: 'ново' } });
    assert.equal(decrypted.status, 'done', decrypted.reason);
    assertAsOriginal(fs, 'decrypted with the new passphrase');
  });

  it('refuses a wrong old passphrase, the same passphrase, and a journal without one', async () => {
    const fs = fixtureJournal();
    assert.equal((await changePassphrase(testHost(fs), { passphrase: 'a', newPassphrase: 'b' })).reason, 'this journal is not encrypted');
    await encryptJournal(testHost(fs), { credential: passphrase });
    const before = fs.clone();
    assert.match((await changePassphrase(testHost(fs), { passphrase: 'wrong', newPassphrase: 'b' })).reason ?? '', /does not open the journal's key/);
    assert.equal((await changePassphrase(testHost(fs), { passphrase: PASSPHRASE, newPassphrase: PASSPHRASE })).reason, 'the new passphrase is the same as the old one');
    assert.deepEqual(fs.files, before.files);
  });
});
