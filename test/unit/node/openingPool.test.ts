// Entries opened on worker threads (src/node/crypto/openingPool.ts, the worker bundled as
// dist/openingWorker.js is): many at once give the library's texts, a few alone and anything the fast
// path does not open are left to the caller (undefined, never a rejection), workers that cannot start
// leave everything to the caller, and through the opener a damaged entry fails as it always did.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { createOpener, createSealer, type OpenResult } from '../../../src/core/crypto/ageFile';
import { newIdentity } from '../../../src/core/crypto/ageKeys';
import { ageHostCrypto, installAgeHostCrypto } from '../../../src/core/crypto/ageHostCrypto';
import { nativeAgeCryptoOnWorkers } from '../../../src/node/crypto/nativeAgeCrypto';
import { createOpeningPool, MIN_BATCH } from '../../../src/node/crypto/openingPool';

const ROOT = join(__dirname, '..', '..', '..');

function text(i: number): Uint8Array {
  return new TextEncoder().encode(`---\ndate: 2026-11-${String(1 + (i % 28)).padStart(2, '0')}\n---\nEntry ${i}: ${'why it matters. '.repeat(i % 50)}\n`);
}

describe('node: entries opened on worker threads', function () {
  this.timeout(60_000);
  let dir = '';
  let workerFile = '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lj-opening-'));
    workerFile = join(dir, 'openingWorker.js');
    await esbuild.build({ bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', absWorkingDir: ROOT, entryPoints: ['src/node/crypto/openingWorker.ts'], outfile: workerFile });
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('opens many asked for at once on the workers, to the same texts; a few alone, another key and a damaged file are left to the caller', async () => {
    const key = await newIdentity(new Date());
    const other = await newIdentity(new Date());
    const sealer = createSealer({ recipients: [key.recipient] });
    const files = await Promise.all(Array.from({ length: 40 }, (_, i) => sealer.seal(text(i))));
    const pool = createOpeningPool(workerFile, 2);
    try {
      const texts = await Promise.all(files.map((file) => pool.open(file, [key.identity])));
      texts.forEach((opened, i) => assert.deepEqual(opened, text(i), `entry ${i}`));
      assert.deepEqual(files[0]?.length, (await sealer.seal(text(0))).length, 'the caller\'s bytes are still whole');
      const damaged = files[3]!.map((byte, i) => (i === files[3]!.length - 5 ? byte ^ 1 : byte));
      const mixed = await Promise.all([
        pool.open(damaged, [key.identity]),
        pool.open(files[4]!, [other.identity]),
        ...files.slice(5, 10).map((file) => pool.open(file, [key.identity])),
      ]);
      assert.deepEqual(mixed.slice(0, 2), [undefined, undefined]);
      mixed.slice(2).forEach((opened, i) => assert.deepEqual(opened, text(5 + i)));
    } finally {
      await pool.dispose();
    }
    const idle = createOpeningPool(workerFile, 2);
    try {
      const few = await Promise.all(files.slice(0, MIN_BATCH - 1).map((file) => idle.open(file, [key.identity])));
      assert.deepEqual(few, Array.from({ length: MIN_BATCH - 1 }, () => undefined), 'a few alone: opened by the caller');
    } finally {
      await idle.dispose();
    }
  });

  it('leaves everything to the caller when its workers cannot start', async () => {
    const key = await newIdentity(new Date());
    const sealer = createSealer({ recipients: [key.recipient] });
    const files = await Promise.all(Array.from({ length: 8 }, (_, i) => sealer.seal(text(i))));
    const pool = createOpeningPool(join(dir, 'missing.js'), 2);
    try {
      assert.deepEqual(await Promise.all(files.map((file) => pool.open(file, [key.identity]))), files.map(() => undefined));
      assert.deepEqual(await Promise.all(files.map((file) => pool.open(file, [key.identity]))), files.map(() => undefined), 'and afterwards');
    } finally {
      await pool.dispose();
    }
  });

  it('through the opener: every entry opens, a damaged one and a foreign one fail as they always did', async () => {
    const key = await newIdentity(new Date());
    const other = await newIdentity(new Date());
    const files = await Promise.all(Array.from({ length: 30 }, (_, i) => createSealer({ recipients: [i === 7 ? other.recipient : key.recipient] }).seal(text(i))));
    files[11] = files[11]!.map((byte, i) => (i === files[11]!.length - 3 ? byte ^ 1 : byte));
    const before = ageHostCrypto();
    const results: OpenResult[] = [];
    try {
      installAgeHostCrypto(undefined);
      const library = await Promise.all(files.map((file, i) => createOpener({ passphrases: [], identities: [key.identity] }).open(`${i}.md.age`, file)));
      installAgeHostCrypto(nativeAgeCryptoOnWorkers(workerFile));
      const opener = createOpener({ passphrases: [], identities: [key.identity] });
      results.push(...await Promise.all(files.map((file, i) => opener.open(`${i}.md.age`, file))));
      // The user's words (kind and message) as the library's; the detail names the native cipher's error.
      const said = (result: OpenResult): unknown => (result.ok ? result.bytes : [result.failure.kind, result.failure.message]);
      assert.deepEqual(results.map(said), library.map(said));
    } finally {
      installAgeHostCrypto(before);
    }
    assert.equal(results.filter((result) => result.ok).length, 28);
    assert.deepEqual(results.filter((result) => !result.ok).map((result) => !result.ok && result.failure.kind), ['wrong-key', 'damaged']);
  });
});
