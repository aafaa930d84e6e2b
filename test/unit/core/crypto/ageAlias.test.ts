// The extension's bundles of the age library without its post-quantum and P-256 code and with X25519
// alone of the Ed25519 module (scripts/ageAlias.ts): bundled as the build bundles them, a passphrase
// journal still opens and seals as with the library whole, a file sealed to a post-quantum key fails
// as any other key's file does (named, not a crash), the stand-ins say where such keys are read, and
// the X25519 stand-in computes what RFC 7748 and the library's own x25519 compute.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { generateHybridIdentity, identityToRecipient } from 'age-encryption';
import { AGE_ALIAS } from '../../../../scripts/ageAlias';
import { createSealer } from '../../../../src/core/crypto/ageFile';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { POST_QUANTUM_IN_CLI } from '../../../../src/core/crypto/noPostQuantumMessage';
import { MLKEM768X25519 } from '../../../../src/core/crypto/noPostQuantum';
import { p256 } from '../../../../src/core/crypto/noP256';
import { x25519 } from '../../../../src/core/crypto/x25519Only';
import { x25519 as libraryX25519 } from '@noble/curves/ed25519.js';
import type * as AgeFile from '../../../../src/core/crypto/ageFile';
import type * as JournalKey from '../../../../src/core/encryption/journalKey';

const ROOT = join(__dirname, '..', '..', '..', '..');
/** Work factor for tests: 2^10 keeps scrypt in milliseconds; the format is the same. */
const FAST = 10;
const ENTRY = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nI explained why the change matters to Ana.\n');

type Bundled = typeof AgeFile & typeof JournalKey;

describe('crypto: the extension\'s age code without post-quantum keys (scripts/ageAlias.ts)', () => {
  let dir: string;
  let bundled: Bundled;
  let inputs: string[];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lj-age-alias-'));
    const outfile = join(dir, 'age.js');
    const result = await esbuild.build({
      stdin: { contents: "export * from './src/core/crypto/ageFile';\nexport * from './src/core/encryption/journalKey';\n", resolveDir: ROOT, loader: 'ts' },
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', absWorkingDir: ROOT,
      outfile, alias: { ...AGE_ALIAS }, metafile: true,
    });
    inputs = Object.keys(result.metafile.inputs);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    bundled = require(outfile) as Bundled;
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the post-quantum, P-256 and Ed25519 code out of the bundle', () => {
    assert.deepEqual(inputs.filter((input) => /@noble\/post-quantum|@noble\/curves\/(nist|ed25519)/.test(input)), []);
    assert.ok(inputs.some((input) => input.endsWith('x25519Only.ts')));
    assert.ok(inputs.some((input) => input.endsWith('noPostQuantum.ts')));
    assert.ok(inputs.some((input) => input.endsWith('noP256.ts')));
  });

  it('makes and opens a passphrase journal\'s key, and seals and opens its entries to it', async () => {
    const passphrase = 'Grüße, Zoë — 日本語 🔑';
    const made = await bundled.sealNewJournalKey(passphrase, FAST, new Date(2026, 10, 23));
    const opened = await bundled.openJournalKey('key.age', made.file, passphrase);
    assert.ok(opened.ok);
    assert.deepEqual(opened.keys.recipients, made.keys.recipients);
    const sealed = await bundled.createSealer({ recipients: opened.keys.recipients }).seal(ENTRY);
    const back = await bundled.createOpener(opened.keys.open).open('2026-11-23.md.age', sealed);
    assert.ok(back.ok);
    assert.deepEqual(back.bytes, ENTRY);
    const wrong = await bundled.openJournalKey('key.age', made.file, 'not it');
    assert.equal(wrong.ok, false);
  });

  it('fails a file sealed to a post-quantum key as another key\'s file, naming it', async () => {
    const made = await bundled.sealNewJournalKey('passphrase', FAST, new Date(2026, 10, 23));
    const pq = await identityToRecipient(await generateHybridIdentity());
    const sealed = await createSealer({ recipients: [pq] }).seal(ENTRY); // The library whole, as the CLI has it.
    const opened = await bundled.createOpener(made.keys.open).open('2026-11-24.md.age', sealed);
    assert.equal(opened.ok, false);
    assert.ok(!opened.ok && opened.failure.kind === 'wrong-key', JSON.stringify(opened));
    assert.ok(!opened.ok && opened.failure.message.includes('2026-11-24.md.age'), JSON.stringify(opened));
  });

  it('the X25519 stand-in gives RFC 7748\'s keys and shared secret (section 6.1), and what the library gives', () => {
    const hex = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'hex'));
    const alice = hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
    const bob = hex('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb');
    assert.equal(Buffer.from(x25519.getPublicKey(alice)).toString('hex'), '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a');
    assert.equal(Buffer.from(x25519.getPublicKey(bob)).toString('hex'), 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f');
    assert.equal(Buffer.from(x25519.getSharedSecret(alice, x25519.getPublicKey(bob))).toString('hex'), '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742');
    for (let i = 0; i < 20; i++) {
      const mine = libraryX25519.utils.randomSecretKey();
      const theirs = libraryX25519.getPublicKey(libraryX25519.utils.randomSecretKey());
      assert.deepEqual(x25519.scalarMultBase(mine), libraryX25519.scalarMultBase(mine));
      assert.deepEqual(x25519.scalarMult(mine, theirs), libraryX25519.scalarMult(mine, theirs));
    }
    assert.deepEqual(x25519.GuBytes, libraryX25519.GuBytes, 'the base point, which the age library reads');
    assert.throws(() => x25519.scalarMult(alice, new Uint8Array(32)), 'a low-order point is refused, as the library refuses it');
  });

  it('the stand-ins refuse with a message that says the command line reads such keys', () => {
    assert.throws(() => MLKEM768X25519.getPublicKey(), { message: POST_QUANTUM_IN_CLI });
    assert.throws(() => p256.getPublicKey(), { message: POST_QUANTUM_IN_CLI });
  });
});
