// Entries opened with node:crypto (src/node/crypto/nativeX25519.ts, nativePayload.ts) against the age
// library and the reference `age` tool: what either seals to a key opens natively to the same bytes,
// across the 64 KiB chunk boundaries, and a damaged, cut or foreign file fails exactly as with the
// library.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSealer } from '../../../src/core/crypto/ageFile';
import { newIdentity, parseIdentities } from '../../../src/core/crypto/ageKeys';
import { runAge, useAgeDir } from '../../support/ageTool';
import { openWith } from '../../support/openWithCrypto';

const CHUNK = 64 * 1024;

function text(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 7 + (i >> 8)) & 0xff);
}

describe('node: native X25519 and payload for age entries', function () {
  this.timeout(60_000);

  it('opens what the library sealed to a key, at every size around the chunk boundaries, as the library does', async () => {
    const key = await newIdentity(new Date());
    const sealer = createSealer({ recipients: [key.recipient] });
    for (const length of [0, 1, 2_000, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 5]) {
      const plain = text(length);
      const file = await sealer.seal(plain);
      const native = await openWith(true, [key.identity], file);
      assert.ok(native.ok, `${length} bytes`);
      assert.deepEqual(native.bytes, plain, `${length} bytes`);
    }
  });

  it('fails a foreign key, a changed byte and a cut file exactly as the library does', async () => {
    const key = await newIdentity(new Date());
    const other = await newIdentity(new Date());
    const file = await createSealer({ recipients: [key.recipient] }).seal(text(2 * CHUNK + 100));
    const headerEnd = file.indexOf(0x0a, Buffer.from(file).indexOf('\n---') + 1) + 1;
    const changed = (at: number): Uint8Array => file.map((byte, i) => (i === at ? byte ^ 1 : byte));
    const cases: [string, string[], Uint8Array][] = [
      ['another key', [other.identity], file],
      ['a changed payload byte', [key.identity], changed(file.length - 40)],
      ['a changed nonce byte', [key.identity], changed(headerEnd + 3)],
      ['a changed header byte', [key.identity], changed(30)],
      ['cut at a chunk boundary', [key.identity], file.subarray(0, headerEnd + 16 + CHUNK + 16)],
      ['cut inside a chunk', [key.identity], file.subarray(0, file.length - 50)],
      ['cut inside the last tag', [key.identity], file.subarray(0, file.length - 105)],
    ];
    for (const [what, identities, bad] of cases) {
      const library = await openWith(false, identities, bad);
      const native = await openWith(true, identities, bad);
      assert.ok(!library.ok && !native.ok, what);
      assert.deepEqual([native.failure.kind, native.failure.message], [library.failure.kind, library.failure.message], what);
    }
  });

  it('opens a file sealed to two keys with either', async () => {
    const [a, b] = [await newIdentity(new Date()), await newIdentity(new Date())];
    const file = await createSealer({ recipients: [a.recipient, b.recipient] }).seal(text(300));
    for (const key of [a, b]) {
      const opened = await openWith(true, [key.identity], file);
      assert.ok(opened.ok);
      assert.deepEqual(opened.bytes, text(300));
    }
  });

  describe('with the reference age tool', () => {
    const workDir = useAgeDir('lj-native-x25519-');

    it('opens what age sealed to an age-keygen key, binary and armored, across chunks', async () => {
      const dir = workDir();
      const keygen = runAgeKeygen(dir);
      const identities = await parseIdentities(readFileSync(join(dir, 'key.txt'), 'utf8'));
      assert.ok(identities.ok);
      const plain = text(CHUNK + 1_234);
      writeFileSync(join(dir, 'plain.md'), plain);
      for (const [name, extra] of [['theirs.md.age', []], ['theirs-armored.md.age', ['--armor']]] as const) {
        const run = runAge(['--encrypt', '--recipient', keygen, ...extra, '--output', name, 'plain.md'], dir);
        assert.equal(run.status, 0, run.stderr);
        const opened = await openWith(true, [...identities.keys], new Uint8Array(readFileSync(join(dir, name))));
        assert.ok(opened.ok, name);
        assert.deepEqual(opened.bytes, plain, name);
      }
    });
  });
});

/** A new key by age-keygen in `dir`/key.txt; its recipient. */
function runAgeKeygen(dir: string): string {
  const result = spawnSync('age-keygen', ['-o', 'key.txt'], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const recipient = /public key: (age1\S+)/i.exec(`${result.stdout}${result.stderr}`)?.[1];
  assert.ok(recipient !== undefined, result.stderr);
  return recipient;
}
