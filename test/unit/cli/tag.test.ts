// `leadership-journal tag` on real files in a temporary folder, checked as a user of the command
// would: what it prints, what is on disk afterwards (byte for byte), and the exit code.
import * as assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/run';
import { writeTags } from '../../../src/core/tagger/frontMatterTags';
import { createTagger } from '../../../src/core/tagger/tagger';
import { capture, type CaptureOptions } from './captureIo';

const WHY_BODY = '\n# Monday\n\nI explained to the team why the launch matters and what future we are building together.\n';
const STALE = `---\ndate: 2026-11-23\nmood: calm  # my own note\ntags: [how]\nwhy: 0\nhow: 1\nfunctions: [planning]\ntraps: []\n---\n${WHY_BODY}`;
const PINNED = `---\ndate: 2026-11-24\ntags: [how]\ntags-pinned: true\n---\n${WHY_BODY}`;
const NOTES = 'Just my notes, no front matter.\n';

async function tag(args: readonly string[], options: CaptureOptions = {}): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = capture({ disk: true, ...options });
  const code = await run(['tag', ...args], io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('cli: tag', () => {
  let dir: string;
  const file = (name: string): string => join(dir, name);
  const write = (name: string, text: string | Uint8Array): string => {
    writeFileSync(file(name), text);
    return file(name);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lj-tag-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints what would change and writes nothing without --write; --check exits 1 on stale tags', async () => {
    const stale = write('2026-11-23.md', STALE);
    const result = await tag([stale]);
    assert.equal(result.code, 0);
    assert.match(result.out, /2026-11-23\.md: would change\n {4}- tags: \[how\]\n/);
    assert.match(result.out, /\n {4}\+ tags: \[why\]\n/);
    assert.match(result.out, /1 file: 1 would change, 0 up to date, 0 not tagged\.\n$/);
    assert.equal(readFileSync(stale, 'utf8'), STALE, 'nothing written');
    assert.equal((await tag([stale, '--check'])).code, 1);
  });

  it('with --write writes what saving in the extension writes, keeps every user byte and settles', async () => {
    const stale = write('2026-11-23.md', STALE);
    chmodSync(stale, 0o640);
    const result = await tag(['--write', stale]);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /2026-11-23\.md: tagged\n/);
    const written = readFileSync(stale, 'utf8');
    const expected = writeTags(STALE, createTagger().tag(STALE));
    assert.ok('text' in expected);
    assert.equal(written, expected.text, 'the same front-matter writer as the extension');
    assert.match(written, /^mood: calm {2}# my own note$/m);
    assert.ok(written.endsWith(`---\n${WHY_BODY}`), 'the body is untouched');
    assert.equal(statSync(stale).mode & 0o777, 0o640, 'the permissions stay');
    assert.deepEqual(readdirSync(dir), ['2026-11-23.md'], 'no temporary file is left beside it');
    const again = await tag([stale, '--check', '--write']);
    assert.equal(again.code, 0);
    assert.match(again.out, /2026-11-23\.md: up to date\n/);
    assert.equal(readFileSync(stale, 'utf8'), written);
  });

  it('leaves pinned entries and files without front matter alone, saying why, and does not fail on them', async () => {
    const pinned = write('2026-11-24.md', PINNED);
    const notes = write('notes.md', NOTES);
    const result = await tag([pinned, notes, '--write', '--check']);
    assert.equal(result.code, 0);
    assert.match(result.out, /2026-11-24\.md: not tagged: it is pinned \(tags-pinned: true\)\n/);
    assert.match(result.out, /notes\.md: not tagged: it has no front matter/);
    assert.equal(readFileSync(pinned, 'utf8'), PINNED);
    assert.equal(readFileSync(notes, 'utf8'), NOTES);
  });

  it('never replaces a file that changed between reading and writing', async () => {
    const stale = write('2026-11-23.md', STALE);
    const edited = `${STALE}\nA line the user typed while tag ran.\n`;
    const result = await tag(['--write', stale], { beforeReplace: (path) => writeFileSync(path, edited) });
    assert.equal(result.code, 1);
    assert.match(result.err, /2026-11-23\.md: changed while it was being tagged; left as it is now/);
    assert.equal(readFileSync(stale, 'utf8'), edited, "the user's edit is what stays");
    assert.deepEqual(readdirSync(dir), ['2026-11-23.md'], 'no temporary file is left beside it');
  });

  it('never writes a file that is not valid UTF-8, and reports a missing file; the rest are still tagged', async () => {
    const latin1 = Buffer.concat([Buffer.from(STALE.replace('calm', 'gel'), 'utf8'), Buffer.from([0xe4, 0x0a])]);
    const broken = write('latin1.md', latin1);
    const stale = write('2026-11-23.md', STALE);
    const result = await tag(['--write', broken, file('missing.md'), stale]);
    assert.equal(result.code, 1);
    assert.match(result.err, /latin1\.md: not valid UTF-8 text; left as it is/);
    assert.match(result.err, /missing\.md: ENOENT/);
    assert.ok(readFileSync(broken).equals(latin1), 'byte for byte');
    assert.match(result.out, /3 files: 1 tagged, 0 up to date, 0 not tagged, 2 failed\./);
    assert.notEqual(readFileSync(stale, 'utf8'), STALE);
  });

  it('keeps a BOM and CRLF line ends', async () => {
    const crlf = `\ufeff${STALE.replace(/\n/g, '\r\n')}`;
    const path = write('crlf.md', crlf);
    assert.equal((await tag(['--write', path])).code, 0);
    const written = readFileSync(path, 'utf8');
    assert.ok(written.startsWith('\ufeff---\r\n'));
    assert.ok(!/[^\r]\n/.test(written), 'every line still ends in CRLF');
  });

  it("keeps a label the user edited by hand and pins the entry, saying so", async () => {
    const stale = write('2026-11-23.md', STALE);
    assert.equal((await tag(['--write', stale])).code, 0);
    const edited = readFileSync(stale, 'utf8').replace(/^tags: \[why\]$/m, 'tags: [balanced]');
    writeFileSync(stale, edited);
    const check = await tag([stale, '--check']);
    assert.equal(check.code, 1);
    assert.match(check.out, /2026-11-23\.md: your own label is kept; would pin it\n(?: {4}[-+] tags-hash: t[0-9a-f]{6}\n)* {4}\+ tags-pinned: true\n/);
    const result = await tag([stale, '--write']);
    assert.match(result.out, /2026-11-23\.md: your own label is kept; pinned\n/);
    assert.match(readFileSync(stale, 'utf8'), /^tags: \[balanced\]$/m);
    assert.match((await tag([stale])).out, /not tagged: it is pinned/);
  });

  it('refuses a call without files or with an unknown option', async () => {
    const none = await tag(['--write']);
    assert.equal(none.code, 2);
    assert.match(none.err, /expected at least one FILE\nUsage: leadership-journal tag FILE/);
    assert.equal((await tag(['--force', 'x.md'])).code, 2);
  });
});
