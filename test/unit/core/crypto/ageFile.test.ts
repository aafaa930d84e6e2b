import * as assert from 'node:assert/strict';
import { Encrypter, armor } from 'age-encryption';
import { MAX_OPENABLE_WORK_FACTOR, SCRYPT_WORK_FACTOR, createOpener, createSealer } from '../../../../src/core/crypto/ageFile';
import { fromUtf8, utf8 } from '../../../../src/core/crypto/bytes';
import { newIdentity } from '../../../../src/core/crypto/ageKeys';
import { passphraseCandidates } from '../../../../src/core/crypto/passphrase';

/** Work factor for tests: 2^10 keeps scrypt in milliseconds; the format is the same. */
const FAST = 10;
const ENTRY = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\n# Monday\n\nI explained why the change matters to Ana.\n');

function replaceAscii(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const text = String.fromCharCode(...bytes);
  const at = text.indexOf(from);
  assert.ok(at >= 0, `"${from}" is in the header`);
  return Uint8Array.from([...bytes.subarray(0, at), ...utf8(to), ...bytes.subarray(at + from.length)]);
}

describe('crypto: one file in and out of age', () => {
  it('uses the library\'s own default work factor, 18, and never more than it can open', () => {
    const libraryDefault = (new Encrypter() as unknown as { scryptWorkFactor: number }).scryptWorkFactor;
    assert.equal(SCRYPT_WORK_FACTOR, 18);
    assert.equal(libraryDefault, SCRYPT_WORK_FACTOR, 'age-encryption changed its recommended work factor: review SCRYPT_WORK_FACTOR');
    assert.ok(SCRYPT_WORK_FACTOR <= MAX_OPENABLE_WORK_FACTOR);
  });

  it('round-trips an entry with a passphrase in any script, and says which work factor it used', async () => {
    const passphrase = 'Grüße, Zoë — 日本語 🔑';
    const file = await createSealer({ passphrase, workFactor: FAST }).seal(ENTRY);
    assert.match(String.fromCharCode(...file.subarray(0, 80)), /^age-encryption\.org\/v1\n-> scrypt \S+ 10\n/);
    const opened = await createOpener({ passphrases: [passphrase], identities: [] }).open('a.md.age', file);
    assert.ok(opened.ok);
    assert.deepEqual(opened.bytes, ENTRY);
  });

  it('opens a passphrase typed in the other Unicode normal form (é composed or not)', async () => {
    const composed = 'café au lait'.normalize('NFC');
    const file = await createSealer({ passphrase: composed, workFactor: FAST }).seal(ENTRY);
    const decomposed = composed.normalize('NFD');
    assert.notEqual(decomposed, composed);
    assert.equal((await createOpener({ passphrases: [decomposed], identities: [] }).open('a', file)).ok, false, 'as bytes they differ');
    const opened = await createOpener({ passphrases: passphraseCandidates(decomposed), identities: [] }).open('a', file);
    assert.ok(opened.ok);
    assert.deepEqual(passphraseCandidates('plain ascii'), ['plain ascii'], 'an ASCII passphrase costs one key derivation');
  });

  it('round-trips to several recipients, each of whose identities opens the file', async () => {
    const [one, two] = [await newIdentity(new Date()), await newIdentity(new Date())];
    const file = await createSealer({ recipients: [one.recipient, two.recipient] }).seal(ENTRY);
    for (const key of [one, two]) {
      const opened = await createOpener({ passphrases: [], identities: [key.identity] }).open('x', file);
      assert.ok(opened.ok);
      assert.deepEqual(opened.bytes, ENTRY);
    }
  });

  it('round-trips empty and large (several 64 KiB chunks) files, and armored ones', async () => {
    const key = await newIdentity(new Date());
    const sealer = createSealer({ recipients: [key.recipient] });
    const opener = createOpener({ passphrases: [], identities: [key.identity] });
    const large = new Uint8Array(200_000).map((_, i) => (i * 31) % 251);
    for (const plain of [new Uint8Array(0), large, new Uint8Array(65_536).fill(7)]) {
      const file = await sealer.seal(plain);
      const opened = await opener.open('x', file);
      assert.ok(opened.ok);
      assert.deepEqual(opened.bytes, plain);
      const armored = await opener.open('x', utf8(armor.encode(file)));
      assert.ok(armored.ok, 'an armored file (age -a) opens too');
      assert.deepEqual(armored.bytes, plain);
    }
  });

  it('says "wrong passphrase" and "another key" apart, naming the file', async () => {
    const mine = await newIdentity(new Date());
    const theirs = await newIdentity(new Date());
    const byPassphrase = await createSealer({ passphrase: 'right', workFactor: FAST }).seal(ENTRY);
    const byKey = await createSealer({ recipients: [theirs.recipient] }).seal(ENTRY);

    const wrongPassphrase = await createOpener({ passphrases: ['wrong'], identities: [] }).open('2026/11/2026-11-23.md.age', byPassphrase);
    assert.ok(!wrongPassphrase.ok);
    assert.equal(wrongPassphrase.failure.kind, 'wrong-passphrase');
    assert.equal(wrongPassphrase.failure.file, '2026/11/2026-11-23.md.age');
    assert.equal(wrongPassphrase.failure.message, '2026/11/2026-11-23.md.age does not open with this passphrase');

    const otherKey = await createOpener({ passphrases: [], identities: [mine.identity] }).open('b.md.age', byKey);
    assert.ok(!otherKey.ok);
    assert.equal(otherKey.failure.kind, 'wrong-key');
    assert.equal(otherKey.failure.message, 'b.md.age is encrypted to another key: the identity given does not open it');

    const noPassphrase = await createOpener({ passphrases: [], identities: [mine.identity] }).open('c.md.age', byPassphrase);
    assert.ok(!noPassphrase.ok);
    assert.equal(noPassphrase.failure.message, 'c.md.age is encrypted with a passphrase, and no passphrase was given');
    assert.doesNotMatch(JSON.stringify([wrongPassphrase, otherKey, noPassphrase]), /AGE-SECRET-KEY|right|wrong"/, 'no secret in a failure');
  });

  it('reports every truncation of a file, and never throws', async () => {
    const key = await newIdentity(new Date());
    const file = await createSealer({ recipients: [key.recipient] }).seal(ENTRY);
    const opener = createOpener({ passphrases: [], identities: [key.identity] });
    for (let length = 0; length < file.length; length++) {
      const opened = await opener.open('cut.md.age', file.subarray(0, length));
      assert.ok(!opened.ok, `cut to ${length} bytes`);
      assert.ok(['truncated', 'damaged'].includes(opened.failure.kind), `cut to ${length}: ${opened.failure.kind}`);
      assert.equal(opened.failure.file, 'cut.md.age');
    }
    const empty = await opener.open('empty.md.age', new Uint8Array(0));
    assert.ok(!empty.ok);
    assert.equal(empty.failure.message, 'empty.md.age is cut short: the encrypted file ends before it is complete');
    assert.equal(empty.failure.detail, 'the file is empty');
  });

  it('reports every changed byte of a file (header or data) as damage, never as a plaintext', async () => {
    const key = await newIdentity(new Date());
    const file = await createSealer({ recipients: [key.recipient] }).seal(ENTRY);
    const opener = createOpener({ passphrases: [], identities: [key.identity] });
    for (let at = 0; at < file.length; at++) {
      const changed = file.slice();
      changed[at] = (changed[at] ?? 0) ^ 0x01;
      const opened = await opener.open('flip.md.age', changed);
      assert.ok(!opened.ok, `byte ${at} changed`);
      assert.ok(['damaged', 'not-age', 'unsupported', 'truncated', 'wrong-key'].includes(opened.failure.kind), `byte ${at}: ${opened.failure.kind}`);
    }
    const payload = file.slice();
    payload[payload.length - 1] = (payload[payload.length - 1] ?? 0) ^ 0x80;
    const opened = await opener.open('flip.md.age', payload);
    assert.ok(!opened.ok);
    assert.equal(opened.failure.kind, 'damaged');
  });

  it('tells what it does not read: not age, another version, a plugin, an excessive work factor', async () => {
    const opener = createOpener({ passphrases: ['p'], identities: [(await newIdentity(new Date())).identity] });
    const plain = await opener.open('note.md.age', ENTRY);
    assert.ok(!plain.ok);
    assert.equal(plain.failure.kind, 'not-age');
    assert.equal(plain.failure.message, 'note.md.age is not an age-encrypted file');

    const key = await newIdentity(new Date());
    const file = await createSealer({ recipients: [key.recipient] }).seal(ENTRY);
    const v2 = await opener.open('v2', replaceAscii(file, 'age-encryption.org/v1', 'age-encryption.org/v2'));
    assert.ok(!v2.ok);
    assert.equal(v2.failure.kind, 'unsupported');
    const plugin = await opener.open('yk', replaceAscii(file, '-> X25519 ', '-> piv-p256 '));
    assert.ok(!plugin.ok);
    assert.equal(plugin.failure.kind, 'unsupported');
    assert.match(plugin.failure.message, /piv-p256, which needs an age plugin/);

    const scrypt = await createSealer({ passphrase: 'p', workFactor: FAST }).seal(ENTRY);
    const greedy = await opener.open('greedy', replaceAscii(scrypt, ` ${FAST}\n`, ' 30\n'));
    assert.ok(!greedy.ok);
    assert.equal(greedy.failure.kind, 'unsupported');
    assert.match(greedy.failure.message, /work factor above 20/);
  });

  it('refuses to encrypt to nothing or with an empty passphrase', () => {
    assert.throws(() => createSealer({ recipients: [] }), /no recipient/);
    assert.throws(() => createSealer({ passphrase: '' }), /empty passphrase/);
  });

  it('decodes UTF-8 strictly', () => {
    assert.equal(fromUtf8(utf8('Grüße')), 'Grüße');
    assert.equal(fromUtf8(Uint8Array.of(0xff, 0xfe)), undefined);
  });
});
