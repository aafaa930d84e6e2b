// The native passphrase recipient and identity (src/node/crypto/nativeScrypt.ts) against the age
// library's and the reference `age` tool: what either writes with a passphrase, the other opens, and a
// wrong passphrase, a work factor over the library's limit and a malformed stanza fail exactly as they
// do with the library's JavaScript scrypt.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decrypter } from 'age-encryption';
import { createOpener, createSealer, type OpenResult } from '../../../src/core/crypto/ageFile';
import { utf8 } from '../../../src/core/crypto/bytes';
import { installAgeHostCrypto, ageHostCrypto } from '../../../src/core/crypto/ageHostCrypto';
import { nativeAgeCrypto } from '../../../src/node/crypto/nativeAgeCrypto';
import { NativeScryptIdentity } from '../../../src/node/crypto/nativeScrypt';
import { runAgeInTerminal, useAgeDir } from '../../support/ageTool';

const ENTRY = utf8('---\ndate: 2026-12-03\nkind: one-on-one\npeople: [Zoë]\n---\n\n# 1:1 mit Zoë\n\nWhy: ✓ 日本語\n');
const PASSPHRASE = 'Grüße aus Köln — ½ 🔑';
/** Low enough for a unit test; the stanza and the code path are those of 2^18. */
const WORK = 12;

async function withNative<T>(native: boolean, run: () => Promise<T>): Promise<T> {
  const before = ageHostCrypto();
  installAgeHostCrypto(native ? nativeAgeCrypto : undefined);
  try {
    return await run();
  } finally {
    installAgeHostCrypto(before);
  }
}

const seal = (native: boolean, passphrase: string, workFactor = WORK): Promise<Uint8Array> =>
  withNative(native, () => createSealer({ passphrase, workFactor }).seal(ENTRY));

const open = (native: boolean, passphrases: string[], file: Uint8Array): Promise<OpenResult> =>
  withNative(native, () => createOpener({ passphrases, identities: [] }).open('key.age', file));

/** The file with its scrypt stanza's line replaced by `line` (the header MAC no longer matches). */
function withStanza(file: Uint8Array, line: (salt: string, logN: string) => string): Uint8Array {
  const text = Buffer.from(file).toString('latin1');
  return new Uint8Array(Buffer.from(text.replace(/^-> scrypt (\S+) (\d+)$/m, (_, salt: string, logN: string) => line(salt, logN)), 'latin1'));
}

describe('node: native scrypt for age passphrases', function () {
  this.timeout(120_000);

  it('opens what the library sealed with a passphrase, and the library opens what it sealed', async () => {
    const library = await seal(false, PASSPHRASE);
    const opened = await open(true, [PASSPHRASE], library);
    assert.ok(opened.ok);
    assert.deepEqual(opened.bytes, ENTRY);
    const native = await seal(true, PASSPHRASE);
    assert.match(Buffer.from(native.subarray(0, 80)).toString('latin1'), new RegExp(`^age-encryption.org/v1\\n-> scrypt [A-Za-z0-9+/]{22} ${WORK}\\n`));
    const back = await open(false, [PASSPHRASE], native);
    assert.ok(back.ok);
    assert.deepEqual(back.bytes, ENTRY);
  });

  it('is an Identity the library\'s Decrypter takes as it is', async () => {
    const decrypter = new Decrypter();
    decrypter.addIdentity(new NativeScryptIdentity(PASSPHRASE));
    assert.deepEqual(await decrypter.decrypt(await seal(false, PASSPHRASE)), ENTRY);
  });

  it('gives a wrong passphrase the same failure as the library, and tries the others given', async () => {
    const file = await seal(false, PASSPHRASE);
    const library = await open(false, ['not it'], file);
    const native = await open(true, ['not it'], file);
    assert.ok(!library.ok && !native.ok);
    assert.equal(native.failure.kind, 'wrong-passphrase');
    assert.deepEqual(native.failure, library.failure);
    const second = await open(true, ['not it', PASSPHRASE], file);
    assert.ok(second.ok, 'the second passphrase opens it');
  });

  it('refuses a work factor above the library\'s limit, and a malformed stanza, as the library does', async () => {
    const file = await seal(false, PASSPHRASE);
    const cases = [
      withStanza(file, (salt) => `-> scrypt ${salt} 21`),
      withStanza(file, (salt) => `-> scrypt ${salt} 012`),
      withStanza(file, (salt) => `-> scrypt ${salt.slice(1)} ${WORK}`),
      withStanza(file, (salt) => `-> scrypt ${salt} ${WORK} extra`),
    ];
    for (const bad of cases) {
      const library = await open(false, [PASSPHRASE], bad);
      const native = await open(true, [PASSPHRASE], bad);
      assert.ok(!library.ok && !native.ok);
      // Same kind and message; the detail may word a bad salt differently ("Excess padding" in the library).
      assert.deepEqual([native.failure.kind, native.failure.message], [library.failure.kind, library.failure.message]);
    }
    const tooHigh = await open(true, [PASSPHRASE], cases[0] ?? file);
    assert.ok(!tooHigh.ok);
    assert.equal(tooHigh.failure.kind, 'unsupported');
  });

  describe('with the reference age tool', () => {
    const workDir = useAgeDir('lj-native-age-');

    it('age opens what the native recipient sealed, and refuses a wrong passphrase', async () => {
      const dir = workDir();
      writeFileSync(join(dir, 'ours.md.age'), await seal(true, PASSPHRASE));
      const run = runAgeInTerminal(['--decrypt', '--output', 'ours.md', 'ours.md.age'], [PASSPHRASE], dir);
      assert.equal(run.status, 0, run.stdout);
      assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'ours.md'))), ENTRY);
      const wrong = runAgeInTerminal(['--decrypt', '--output', 'nothing.md', 'ours.md.age'], ['Grusse aus Koln'], dir);
      assert.notEqual(wrong.status, 0);
    });

    it('opens what age sealed with a passphrase at its default work factor (2^18)', async () => {
      const dir = workDir();
      writeFileSync(join(dir, 'plain.md'), ENTRY);
      const run = runAgeInTerminal(['--passphrase', '--output', 'theirs.md.age', 'plain.md'], [PASSPHRASE, PASSPHRASE], dir);
      assert.equal(run.status, 0, run.stdout);
      const file = new Uint8Array(readFileSync(join(dir, 'theirs.md.age')));
      assert.match(Buffer.from(file.subarray(0, 60)).toString('latin1'), /-> scrypt \S+ 18\n/);
      const opened = await open(true, [PASSPHRASE], file);
      assert.ok(opened.ok);
      assert.deepEqual(opened.bytes, ENTRY);
      const wrong = await open(true, ['Grusse aus Koln'], file);
      assert.ok(!wrong.ok);
      assert.equal(wrong.failure.kind, 'wrong-passphrase');
    });
  });
});
