// The age files this product writes open with the reference `age` tool, and the files `age` writes
// open here: by key (identity files, as age-keygen writes them) and by passphrase, in both directions.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOpener, createSealer } from '../../../../src/core/crypto/ageFile';
import { newIdentity, parseIdentities } from '../../../../src/core/crypto/ageKeys';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { requireAge, runAge, runAgeInTerminal } from '../../../support/ageTool';

const ENTRY = utf8('---\ndate: 2026-11-23\nkind: one-on-one\npeople: [Zoë]\n---\n\n# 1:1 mit Zoë\n\nWhy it matters: ✓ 日本語\r\nno newline at the end');
const PASSPHRASE = 'Grüße aus Köln — ½ 🔑';

describe('crypto: interoperability with the reference age tool', function () {
  this.timeout(120_000);
  let dir = '';

  before(() => {
    requireAge(); // Throws, failing every test here, when age is missing.
    dir = mkdtempSync(join(tmpdir(), 'lj-age-'));
  });

  after(() => {
    if (dir !== '') {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('age decrypts, with an identity file, a file this product encrypted to its recipient', async () => {
    const key = await newIdentity(new Date());
    writeFileSync(join(dir, 'key.txt'), key.fileText);
    writeFileSync(join(dir, 'ours.md.age'), await createSealer({ recipients: [key.recipient] }).seal(ENTRY));
    const run = runAge(['--decrypt', '--identity', 'key.txt', '--output', 'ours.md', 'ours.md.age'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'ours.md'))), ENTRY);
  });

  it('age decrypts, with the passphrase typed at its prompt, a file this product encrypted with a passphrase', async () => {
    writeFileSync(join(dir, 'ours-p.md.age'), await createSealer({ passphrase: PASSPHRASE, workFactor: 12 }).seal(ENTRY));
    const run = runAgeInTerminal(['--decrypt', '--output', 'ours-p.md', 'ours-p.md.age'], [PASSPHRASE], dir);
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'ours-p.md'))), ENTRY);
    const wrong = runAgeInTerminal(['--decrypt', '--output', 'nothing.md', 'ours-p.md.age'], ['Grusse aus Koln'], dir);
    assert.notEqual(wrong.status, 0, 'and refuses a wrong one');
  });

  it('opens files age encrypted to an age-keygen key, binary and armored, and refuses them without it', async () => {
    const keygen = runAgeKeygen(dir, 'theirs.txt');
    writeFileSync(join(dir, 'plain.md'), ENTRY);
    for (const [name, extra] of [['theirs.md.age', []], ['theirs-armored.md.age', ['--armor']]] as const) {
      const run = runAge(['--encrypt', '--recipient', keygen.recipient, ...extra, '--output', name, 'plain.md'], dir);
      assert.equal(run.status, 0, run.stderr);
      const identities = await parseIdentities(readFileSync(join(dir, 'theirs.txt'), 'utf8'));
      assert.ok(identities.ok);
      const opened = await createOpener({ passphrases: [], identities: identities.keys }).open(name, new Uint8Array(readFileSync(join(dir, name))));
      assert.ok(opened.ok, name);
      assert.deepEqual(opened.bytes, ENTRY);
      const other = await newIdentity(new Date());
      const refused = await createOpener({ passphrases: [], identities: [other.identity] }).open(name, new Uint8Array(readFileSync(join(dir, name))));
      assert.ok(!refused.ok);
      assert.equal(refused.failure.kind, 'wrong-key');
    }
  });

  it('opens a file age encrypted with a passphrase (age -p, its default work factor 2^18: slow here)', async function () {
    // 2^18 scrypt twice (age's, then ours in JavaScript): ~20 s alone on two cores, over 120 s when
    // other test runs share them.
    this.timeout(600_000);
    writeFileSync(join(dir, 'plain.md'), ENTRY);
    const run = runAgeInTerminal(['--passphrase', '--output', 'theirs-p.md.age', 'plain.md'], [PASSPHRASE, PASSPHRASE], dir);
    assert.equal(run.status, 0, run.stdout);
    const file = new Uint8Array(readFileSync(join(dir, 'theirs-p.md.age')));
    assert.match(String.fromCharCode(...file.subarray(0, 60)), /-> scrypt \S+ 18\n/);
    const opened = await createOpener({ passphrases: [PASSPHRASE], identities: [] }).open('theirs-p.md.age', file);
    assert.ok(opened.ok);
    assert.deepEqual(opened.bytes, ENTRY);
  });
});

function runAgeKeygen(dir: string, file: string): { recipient: string } {
  const result = spawnSync('age-keygen', ['-o', file], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const recipient = /age1[0-9a-z]+/.exec(result.stderr)?.[0];
  assert.ok(recipient !== undefined, result.stderr);
  return { recipient };
}
