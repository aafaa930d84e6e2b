// The whole-file native opener (src/node/crypto/nativeFile.ts): it opens the canonical files the age
// library and the reference `age` tool write, to the library's bytes; for everything else it answers
// undefined (never a wrong text), so the opener asks the library, and every failure reads as before.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { hkdfSync, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSealer } from '../../../src/core/crypto/ageFile';
import { newIdentity, parseIdentities } from '../../../src/core/crypto/ageKeys';
import { x25519Scalar } from '../../../src/core/crypto/x25519Key';
import { hkdf32 } from '../../../src/node/crypto/fileKeyWrap';
import { openFile, readCanonicalHeader } from '../../../src/node/crypto/nativeFile';
import { NativeX25519Identity } from '../../../src/node/crypto/nativeX25519';
import { runAge, useAgeDir } from '../../support/ageTool';
import { openWith } from '../../support/openWithCrypto';

const CHUNK = 64 * 1024;

function text(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 13 + (i >> 9)) & 0xff);
}

function identityOf(secret: string): NativeX25519Identity {
  const scalar = x25519Scalar(secret);
  assert.ok(scalar !== undefined);
  return new NativeX25519Identity(scalar);
}

describe('node: an age file opened whole natively', function () {
  this.timeout(60_000);

  it('derives keys by HKDF-SHA256 as RFC 5869 and node:crypto\'s hkdfSync do', () => {
    // RFC 5869, test case 1: the first 32 bytes of its OKM.
    const ikm = Buffer.alloc(22, 0x0b);
    const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
    const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex').toString('latin1');
    assert.equal(hkdf32(ikm, salt, info).toString('hex'), '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf');
    for (const [ikmLength, saltLength, label] of [[16, 0, 'header'], [16, 16, 'payload'], [32, 64, 'age-encryption.org/v1/X25519']] as const) {
      const [key, salted] = [randomBytes(ikmLength), randomBytes(saltLength)];
      assert.deepEqual(hkdf32(key, salted, label), Buffer.from(hkdfSync('sha256', key, salted, label, 32)), label);
    }
  });

  it('opens what the library seals to one key or two, at every size around the chunk boundaries, to the same bytes', async () => {
    const [a, b] = [await newIdentity(new Date()), await newIdentity(new Date())];
    for (const recipients of [[a.recipient], [a.recipient, b.recipient]]) {
      const sealer = createSealer({ recipients });
      for (const length of [0, 1, 2_000, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 5]) {
        const file = await sealer.seal(text(length));
        assert.ok(readCanonicalHeader(file) !== undefined, `${length} bytes: canonical`);
        for (const key of recipients.length === 1 ? [a] : [a, b]) {
          assert.deepEqual(openFile(file, [identityOf(key.identity)]), text(length), `${length} bytes, ${recipients.length} recipients`);
        }
      }
    }
  });

  it('answers undefined for another key, and for every changed header byte, changed payload byte and cut', async () => {
    const key = await newIdentity(new Date());
    const other = await newIdentity(new Date());
    const plain = text(500);
    const file = await createSealer({ recipients: [key.recipient] }).seal(plain);
    const header = readCanonicalHeader(file);
    assert.ok(header !== undefined);
    const mine = [identityOf(key.identity)];
    assert.equal(openFile(file, [identityOf(other.identity)]), undefined);
    assert.equal(openFile(file, []), undefined);
    // Every byte of the header and the first payload bytes, each changed in turn: never a text.
    for (let at = 0; at < header.length + 40; at++) {
      for (const flip of [0x01, 0x20, 0x80]) {
        const changed = file.map((byte, i) => (i === at ? byte ^ flip : byte));
        assert.equal(openFile(changed, mine), undefined, `byte ${at} ^ ${flip}`);
      }
    }
    for (let length = 0; length < file.length; length += 7) {
      assert.equal(openFile(file.subarray(0, length), mine), undefined, `cut at ${length}`);
    }
    assert.equal(openFile(file.subarray(0, file.length - 1), mine), undefined, 'cut by one byte');
  });

  it('leaves headers in another form to the library: the opener then gives the library\'s answer', async () => {
    const key = await newIdentity(new Date());
    const file = await createSealer({ recipients: [key.recipient] }).seal(text(300));
    const header = readCanonicalHeader(file);
    assert.ok(header !== undefined);
    const headerText = Buffer.from(file.subarray(0, header.length)).toString('latin1');
    const payload = file.subarray(header.length);
    const variants: [string, string][] = [
      ['CRLF line ends', headerText.replace(/\n/g, '\r\n')],
      ['a space after the version', headerText.replace('v1\n', 'v1 \n')],
      ['padded base64 in the MAC', headerText.replace(/(--- \S+)\n$/, '$1=\n')],
      ['no stanza', headerText.replace(/-> [^\n]*\n[^\n]*\n/, '')],
      ['an empty argument', headerText.replace('-> X25519 ', '-> X25519  ')],
    ];
    for (const [what, variant] of variants) {
      const bytes = new Uint8Array([...Buffer.from(variant, 'latin1'), ...payload]);
      assert.equal(openFile(bytes, [identityOf(key.identity)]), undefined, what);
      const library = await openWith(false, [key.identity], bytes);
      const native = await openWith(true, [key.identity], bytes);
      assert.deepEqual(native, library, what);
    }
  });

  describe('with the reference age tool', () => {
    const workDir = useAgeDir('lj-native-file-');

    it('opens what age sealed to an age-keygen key by the fast path itself, across chunks', async () => {
      const dir = workDir();
      const result = spawnSync('age-keygen', ['-o', 'key.txt'], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      const recipient = /public key: (age1\S+)/i.exec(`${result.stdout}${result.stderr}`)?.[1];
      assert.ok(recipient !== undefined, result.stderr);
      const identities = await parseIdentities(readFileSync(join(dir, 'key.txt'), 'utf8'));
      assert.ok(identities.ok);
      const plain = text(CHUNK + 4_321);
      writeFileSync(join(dir, 'plain.md'), plain);
      const run = runAge(['--encrypt', '--recipient', recipient, '--output', 'theirs.md.age', 'plain.md'], dir);
      assert.equal(run.status, 0, run.stderr);
      const file = new Uint8Array(readFileSync(join(dir, 'theirs.md.age')));
      assert.deepEqual(openFile(file, identities.keys.map(identityOf)), plain);
    });
  });
});
