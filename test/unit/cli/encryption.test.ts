// The CLI's encryption commands on a journal in a temporary folder: encrypt and decrypt with a
// passphrase file or an identity file, report and classify reading the encrypted entries to the same
// numbers as the plain ones, and every refusal with its message and exit code.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '../../../src/cli/run';
import { runEncryptionCommand } from '../../../src/cli/encryption/encryptionCli';
import { createSealer } from '../../../src/core/crypto/ageFile';
import { newIdentity } from '../../../src/core/crypto/ageKeys';
import { utf8 } from '../../../src/core/crypto/bytes';
import { capture } from './captureIo';

const FILES: Record<string, string> = {
  '2026/11/2026-11-16-1on1-ana.md': '---\ndate: 2026-11-16\nkind: one-on-one\npeople: [Ana]\ntags: [why]\nwhy: 0.8\nhow: 0.2\ntags-pinned: true\n---\n\n# 1:1 with Ana\n\nI asked Ana what she wants to grow into.\n',
  '2026/11/2026-11-17.md': '---\ndate: 2026-11-17\nkind: daily\n---\n\n# Tuesday\n\nI moved the audit deadline and rebuilt the rota.\n',
  '2026/11/2026-11-18.md': '---\ndate: 2026-11-18\nkind: daily\n---\n\n# Wednesday\n\nI explained why the change matters to the team.\n',
  'notes/ideas.md': '# Ideas with no date anywhere\n',
  'people.yml': 'Ana María López: [ana]\n',
};
const PASSPHRASE = 'Grüße — ein Satz, den nur ich kenne';
/** Key files made by the tests use a fast work factor; the format and every other step are as shipped. */
const FAST = { workFactor: 10, progressEvery: 2 };

interface Ran {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

describe('cli encryption', function () {
  this.timeout(60_000);
  let root = '';
  let journal = '';
  let passphraseFile = '';

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'lj-cli-enc-'));
    journal = join(root, 'journal');
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(journal, path)), { recursive: true });
      writeFileSync(join(journal, path), text);
    }
    passphraseFile = join(root, 'passphrase.txt');
    writeFileSync(passphraseFile, `${PASSPHRASE}\n`);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  async function cli(args: readonly string[], stdin: readonly string[] = []): Promise<Ran> {
    const { io, out, err } = capture({ disk: true, stdin });
    const code = await run(args, io);
    return { code, out: out.join(''), err: err.join('') };
  }

  async function encrypt(...args: string[]): Promise<Ran> {
    const { io, out, err } = capture({ disk: true });
    const code = await runEncryptionCommand('encrypt', [journal, ...args], io, FAST) ?? -1;
    return { code, out: out.join(''), err: err.join('') };
  }

  function files(): string[] {
    const walk = (dir: string, prefix: string): string[] => readdirSync(dir, { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]));
    return walk(journal, '').sort();
  }

  function summary(json: string): unknown {
    const report = JSON.parse(json) as { summary: unknown; entries: number };
    return { entries: report.entries, summary: report.summary };
  }

  it('encrypts with a passphrase file, reports and classifies the encrypted entries as the plain ones, and decrypts back', async () => {
    const plainReport = await cli(['report', journal, '--json']);
    assert.equal(plainReport.code, 0, plainReport.err);
    const plainClassify = await cli(['classify', join(journal, '2026/11/2026-11-18.md'), '--json']);

    const encrypted = await encrypt('--passphrase-file', passphraseFile);
    assert.equal(encrypted.code, 0, encrypted.err);
    assert.equal(encrypted.out, `Encrypted 4 entries in ${journal}.\nFile names stay readable: dates and kinds of entries can be seen, their text cannot (encrypt a new journal with --opaque-names to hide names too).\n`);
    assert.equal(encrypted.err, '  2 of 4\n  4 of 4\n', 'progress every 2 entries (500 by default)');
    assert.deepEqual(files(), [
      '.leadership-journal/encryption.json', '.leadership-journal/key.age',
      '2026/11/2026-11-16-1on1-ana.md.age', '2026/11/2026-11-17.md.age', '2026/11/2026-11-18.md.age', 'notes/ideas.md.age', 'people.yml',
    ]);

    const refused = await cli(['report', journal]);
    assert.equal(refused.code, 2);
    assert.match(refused.err, /is an encrypted journal: give --passphrase-file FILE or --identity FILE to read it/);

    const report = await cli(['report', journal, '--json', '--passphrase-file', passphraseFile]);
    assert.equal(report.code, 0, report.err);
    assert.deepEqual(summary(report.out), summary(plainReport.out), 'the same numbers as the plain journal');
    const classify = await cli(['classify', join(journal, '2026/11/2026-11-18.md.age'), '--json', '--passphrase-file', passphraseFile]);
    assert.equal(classify.code, 0, classify.err);
    assert.deepEqual({ ...JSON.parse(classify.out), file: '' }, { ...JSON.parse(plainClassify.out), file: '' });

    const decrypted = await cli(['decrypt', journal, '--passphrase-file', passphraseFile]);
    assert.equal(decrypted.code, 0, decrypted.err);
    assert.equal(decrypted.out, `Decrypted 4 entries in ${journal}.\n`);
    for (const [path, text] of Object.entries(FILES)) {
      assert.equal(readFileSync(join(journal, path), 'utf8'), text, path);
    }
    assert.deepEqual(files(), Object.keys(FILES).sort(), 'nothing of the encryption is left');
  });

  it('encrypts to an identity file with opaque names and a backup recipient; reports under the real names', async () => {
    const [mine, backup] = [await newIdentity(new Date()), await newIdentity(new Date())];
    writeFileSync(join(root, 'me.txt'), mine.fileText);
    writeFileSync(join(root, 'backup.txt'), backup.fileText);
    const plainReport = await cli(['report', journal, '--json']);
    const encrypted = await cli(['encrypt', journal, '--identity', join(root, 'me.txt'), '--recipient', backup.recipient, '--opaque-names']);
    assert.equal(encrypted.code, 0, encrypted.err);
    assert.equal(encrypted.out, `Encrypted 4 entries in ${journal}.\n`);
    const names = files().filter((path) => !path.startsWith('.'));
    assert.equal(names.length, 5);
    assert.ok(names.filter((path) => path !== 'people.yml').every((path) => /^[a-z2-7]{26}\.md\.age$/.test(path)), names.join(', '));
    for (const key of ['me.txt', 'backup.txt']) {
      const report = await cli(['report', journal, '--json', '--identity', join(root, key)]);
      assert.equal(report.code, 0, report.err);
      assert.deepEqual(summary(report.out), summary(plainReport.out), `read with ${key}`);
    }
    const decrypted = await cli(['decrypt', journal, '--identity', join(root, 'backup.txt')]);
    assert.equal(decrypted.code, 0, decrypted.err);
    assert.deepEqual(files(), Object.keys(FILES).sort());
  });

  it('opens an identity file that is itself encrypted with a passphrase (age -p), with --passphrase-file', async () => {
    const key = await newIdentity(new Date());
    writeFileSync(join(root, 'key.age'), await createSealer({ passphrase: PASSPHRASE, workFactor: 10 }).seal(utf8(key.fileText)));
    const encrypted = await cli(['encrypt', journal, '--identity', join(root, 'key.age'), '--passphrase-file', passphraseFile]);
    assert.equal(encrypted.code, 0, encrypted.err);
    const withoutPassphrase = await cli(['decrypt', journal, '--identity', join(root, 'key.age')]);
    assert.equal(withoutPassphrase.code, 2);
    assert.match(withoutPassphrase.err, /the identity file .*key\.age is encrypted: give its passphrase with --passphrase-file/);
    const decrypted = await cli(['decrypt', journal, '--identity', join(root, 'key.age'), '--passphrase-file', '-'], [PASSPHRASE]);
    assert.equal(decrypted.code, 0, decrypted.err);
  });

  it('refuses a wrong passphrase (exit 2) and changes nothing', async () => {
    await encrypt('--passphrase-file', passphraseFile);
    const before = files();
    writeFileSync(join(root, 'wrong.txt'), 'Grusse\n');
    const wrong = await cli(['decrypt', journal, '--passphrase-file', join(root, 'wrong.txt')]);
    assert.equal(wrong.code, 2);
    assert.equal(wrong.err, 'leadership-journal decrypt: Stopped: the passphrase does not open the journal\'s key (.leadership-journal/key.age); nothing was changed.\n');
    const report = await cli(['report', journal, '--passphrase-file', join(root, 'wrong.txt')]);
    assert.equal(report.code, 2);
    assert.equal(report.err, 'leadership-journal report: the passphrase does not open the journal\'s key (.leadership-journal/key.age)\n');
    assert.deepEqual(files(), before);
  });

  it('explains usage errors: no key, an empty passphrase file, options that do not go together', async () => {
    writeFileSync(join(root, 'empty.txt'), '\n');
    const cases: [string[], RegExp][] = [
      [['encrypt', journal], /give --passphrase-file FILE, or --identity FILE/],
      [['encrypt', journal, '--passphrase-file', join(root, 'empty.txt')], /passphrase file .*empty\.txt is empty: write the passphrase on its first line/],
      [['encrypt', journal, '--passphrase-file', join(root, 'missing.txt')], /cannot read .*missing\.txt/],
      [['encrypt', join(root, 'nowhere'), '--passphrase-file', passphraseFile], /nowhere is not a folder/],
      [['decrypt', journal, '--passphrase-file', passphraseFile, '--opaque-names'], /--opaque-names goes with encrypt/],
      [['encrypt', journal, '--passphrase-file', passphraseFile, '--recipient', 'age1xyz'], /--recipient and --recipients-file go with --identity/],
      [['encrypt', journal, '--passphrase-file'], /--passphrase-file needs a value/],
      [['report', journal, '--passphrase-file', passphraseFile, '--opaque-names'], /only --passphrase-file and --identity go with reading/],
      [['change-passphrase', journal, '--passphrase-file', passphraseFile], /give the old passphrase with --passphrase-file and the new one with --new-passphrase-file/],
    ];
    for (const [args, message] of cases) {
      const ran = await cli(args);
      assert.equal(ran.code, 2, `${args.join(' ')}: ${ran.err}`);
      assert.match(ran.err, message, args.join(' '));
    }
    assert.deepEqual(files(), Object.keys(FILES).sort(), 'nothing was changed');
    const help = await cli(['encrypt', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: leadership-journal encrypt \| decrypt \| change-passphrase DIR/);
  });

  it('changes the passphrase: the new one opens the journal, the old one no longer does', async () => {
    await encrypt('--passphrase-file', passphraseFile);
    writeFileSync(join(root, 'new.txt'), 'ein neuer Satz\n');
    const { io, out, err } = capture({ disk: true });
    const code = await runEncryptionCommand('change-passphrase', [journal, '--passphrase-file', passphraseFile, '--new-passphrase-file', join(root, 'new.txt')], io, FAST);
    assert.equal(code, 0, err.join(''));
    assert.equal(out.join(''), `Re-encrypted 4 entries in ${journal}.\n`);
    assert.equal((await cli(['report', journal, '--passphrase-file', join(root, 'new.txt')])).code, 0);
    assert.equal((await cli(['report', journal, '--passphrase-file', passphraseFile])).code, 2);
  });

  it('says who holds the journal when another run does (exit 1), and changes nothing', async () => {
    mkdirSync(join(journal, '.leadership-journal'));
    writeFileSync(join(journal, '.leadership-journal', 'lock'), `${JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2026-11-23T08:00:00.000Z', operation: 'decrypt' })}\n`);
    const busy = await encrypt('--passphrase-file', passphraseFile);
    assert.equal(busy.code, 1);
    assert.match(busy.err, new RegExp(`^leadership-journal encrypt: Stopped: another decrypt is running on this journal \\(process ${process.pid} on `));
    assert.ok(!existsSync(join(journal, '.leadership-journal', 'key.age')));
  });

  it('lists what it cannot finish, with control characters in names made harmless', async () => {
    await encrypt('--passphrase-file', passphraseFile);
    const stranger = await newIdentity(new Date());
    const evil = 'evil\u001b[31m\r.md.age';
    writeFileSync(join(journal, evil), await createSealer({ recipients: [stranger.recipient] }).seal(utf8('not ours')));
    const decrypted = await cli(['decrypt', journal, '--passphrase-file', passphraseFile]);
    assert.equal(decrypted.code, 1);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must not get through.
    assert.doesNotMatch(decrypted.err, /[\u0000-\u0009\u000b-\u001f]/, 'no control character but line breaks reaches the terminal');
    assert.match(decrypted.err, /1 file needs you; nothing of them was lost:\n {2}evil\?\[31m\?\.md\.age: left encrypted: evil\?\[31m\?\.md\.age is encrypted to another key/);
    assert.match(decrypted.err, /The journal stays marked as not finished\. Run "leadership-journal decrypt .*" again to go on, or "leadership-journal encrypt .*" to undo it\./);
    assert.ok(existsSync(join(journal, '.leadership-journal', 'key.age')), 'the key stays while an entry is left encrypted');
  });
});
