// The extension's bundles of the age library without its post-quantum and P-256 code
// (scripts/ageAlias.ts): bundled as the build bundles them, a passphrase journal still opens and
// seals as with the library whole, a file sealed to a post-quantum key fails as any other key's
// file does (named, not a crash), and the stand-ins say where such keys are read.
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

  it('leaves the post-quantum and P-256 code out of the bundle', () => {
    assert.deepEqual(inputs.filter((input) => /@noble\/post-quantum|@noble\/curves\/nist/.test(input)), []);
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

  it('the stand-ins refuse with a message that says the command line reads such keys', () => {
    assert.throws(() => MLKEM768X25519.getPublicKey(), { message: POST_QUANTUM_IN_CLI });
    assert.throws(() => p256.getPublicKey(), { message: POST_QUANTUM_IN_CLI });
  });
});
