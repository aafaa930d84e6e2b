// An identity journal's key, read and proven before it is used: the identity file's bytes to its
// keys (core/encryption/identityFile.ts, shared by the CLI and the extension), an identity file that
// is itself encrypted, and the proof that the key opens the journal (identityProof.ts) — a wrong key
// is told apart from a damaged entry, for readable and opaque names.
import * as assert from 'node:assert/strict';
import { createSealer } from '../../../../src/core/crypto/ageFile';
import { newIdentity } from '../../../../src/core/crypto/ageKeys';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { identitiesOfFile } from '../../../../src/core/encryption/identityFile';
import { proveIdentity } from '../../../../src/core/encryption/identityProof';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { fixtureJournal, testHost } from '../../../support/encryptedJournal';

const never = async (): Promise<never> => assert.fail('the passphrase is asked only for an encrypted identity file');

describe('encryption: an identity file read', () => {
  it('reads the keys of an age-keygen file without asking anything', async () => {
    const key = await newIdentity(new Date());
    assert.deepEqual(await identitiesOfFile('key.txt', utf8(key.fileText), never), { ok: true, value: [key.identity] });
  });

  it('opens an identity file encrypted with a passphrase (age -p), asking for it only then', async () => {
    const key = await newIdentity(new Date());
    const file = await createSealer({ passphrase: 'Schlüssel', workFactor: 2 }).seal(utf8(key.fileText));
    let asked = 0;
    const read = await identitiesOfFile('key.age', file, async () => (asked++, { ok: true, value: 'Schlüssel' }));
    assert.deepEqual(read, { ok: true, value: [key.identity] });
    assert.equal(asked, 1);
    const wrong = await identitiesOfFile('key.age', file, async () => ({ ok: true, value: 'Schlussel' }));
    assert.ok(!wrong.ok);
    assert.match(wrong.message, /^the identity file key\.age/);
    const cancelled = await identitiesOfFile('key.age', file, async () => ({ ok: false, message: 'no passphrase was typed' }));
    assert.deepEqual(cancelled, { ok: false, message: 'the identity file key.age is encrypted: no passphrase was typed' });
  });

  it('names the file and the line of what is not a key, and echoes no secret', async () => {
    const key = await newIdentity(new Date());
    const read = await identitiesOfFile('/home/ana/key.txt', utf8(`${key.fileText}${key.identity.slice(0, -1)}\n`), never);
    assert.ok(!read.ok);
    assert.match(read.message, /^the identity file \/home\/ana\/key\.txt line 4 is not a valid age identity/);
    assert.ok(!read.message.includes(key.identity.slice(20)));
    assert.deepEqual(await identitiesOfFile('empty.txt', new Uint8Array(0), never), { ok: false, message: 'the identity file empty.txt holds no identity (expected a line starting AGE-SECRET-KEY-1, as age-keygen writes)' });
  });
});

describe('encryption: proving an identity opens its journal', () => {
  for (const names of ['readable', 'opaque'] as const) {
    it(`tells the right key from another (${names} names)`, async () => {
      const [mine, other] = await Promise.all([newIdentity(new Date()), newIdentity(new Date())]);
      const fs = fixtureJournal();
      const outcome = await encryptJournal(testHost(fs), { credential: { kind: 'identity', identities: [mine.identity] }, names });
      assert.equal(outcome.status, 'done', outcome.reason);

      const right = await unlockJournal(fs, { kind: 'identity', identities: [mine.identity] });
      assert.ok(right.ok);
      assert.deepEqual(await proveIdentity(fs, right.journal), { ok: true });

      const wrong = await unlockJournal(fs, { kind: 'identity', identities: [other.identity] });
      if (names === 'opaque') {
        assert.ok(!wrong.ok, 'the name map does not open');
        assert.equal(wrong.kind, 'key', 'and that is a wrong key, not a damaged journal');
      } else {
        assert.ok(wrong.ok, 'readable names: unlocking reads no sealed file');
        const proof = await proveIdentity(fs, wrong.journal);
        assert.ok(!proof.ok);
        assert.match(proof.message, /^the key given does not open the journal's entries \(2026\/11\/2026-11-23-1on1-zoë\.md\.age is encrypted to another key\)$/);
      }
    });
  }

  it('does not take a damaged entry for a wrong key, and proves nothing wrong in a journal with nothing sealed yet', async () => {
    const mine = await newIdentity(new Date());
    const fs = fixtureJournal();
    await encryptJournal(testHost(fs), { credential: { kind: 'identity', identities: [mine.identity] } });
    const first = '2026/11/2026-11-23-1on1-zoë.md.age';
    fs.files.set(first, (fs.files.get(first) ?? new Uint8Array(0)).slice(0, 40));
    const unlocked = await unlockJournal(fs, { kind: 'identity', identities: [mine.identity] });
    assert.ok(unlocked.ok);
    assert.deepEqual(await proveIdentity(fs, unlocked.journal), { ok: true });

    const empty = fixtureJournal({});
    await encryptJournal(testHost(empty), { credential: { kind: 'identity', identities: [mine.identity] } });
    const other = await newIdentity(new Date());
    const none = await unlockJournal(empty, { kind: 'identity', identities: [other.identity] });
    assert.ok(none.ok);
    assert.deepEqual(await proveIdentity(empty, none.journal), { ok: true });
  });
});
