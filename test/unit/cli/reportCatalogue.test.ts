// `report` over the journal catalogue: byte for byte the report the CLI printed before (the reference
// in referenceReport.ts) on a generated journal, cold and from the cache; the cache placed where
// `--cache` says and never inside the journal unless asked; and the bad input of issue #13: files
// deleted, truncated or unreadable while the report reads them, a folder vanishing mid-build, link
// loops, damaged caches, and two runs writing the cache at once — each run leaving the journal folder
// name for name and byte for byte as it was (journalTree.ts).
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { journalCorpus } from '../../../bench/corpus';
import type { JournalFiles } from '../../../src/core/catalogue/journalFiles';
import { CATALOGUE_VERSION, loadCatalogue } from '../../../src/core/catalogue/persistedCatalogue';
import { defaultCacheDir } from '../../../src/cli/cacheFolder';
import { cacheFileFor, journalKey } from '../../../src/cli/reportCache';
import { run } from '../../../src/cli/run';
import { nodeJournalFiles } from '../../../src/node/nodeJournalFiles';
import { fileState, leavesTreeAlone } from '../../support/journalTree';
import { capture } from './captureIo';
import { referenceReport } from './referenceReport';
import { TAGGER_STAND_INS } from '../../../scripts/taggerAlias';

const ROOT = join(__dirname, '..', '..', '..');
const NOW = new Date(2026, 10, 23, 9, 0); // captureIo's clock.

/** A generated journal of `count` entries in year/month folders, with the odd files a real one has. */
function writeJournal(dir: string, count: number, words = 330): void {
  journalCorpus(count, 1311, words).forEach((text, i) => {
    const date = /date: (\d{4})-(\d{2})-(\d{2})/.exec(text) as RegExpExecArray;
    const path = join(dir, date[1] as string, date[2] as string, `${date[0].slice(6)}-${i}.md`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, i % 17 === 0 ? `\uFEFF${text}` : text);
  });
  mkdirSync(join(dir, 'notes'), { recursive: true });
  writeFileSync(join(dir, 'notes', 'ideas.md'), '# Ideas with no date anywhere\n');
  writeFileSync(join(dir, 'notes', 'broken.MD'), '---\ndate: [2026-11-21\n---\n');
  mkdirSync(join(dir, '.templates'), { recursive: true });
  writeFileSync(join(dir, '.templates', 'daily.md'), '---\ndate: 2026-11-22\n---\n');
}

function withLinks(dir: string): void {
  symlinkSync('..', join(dir, 'notes', 'loop')); // A folder link back up: not followed.
  symlinkSync('self.md', join(dir, 'notes', 'self.md')); // A link to itself: not a file.
  symlinkSync(join(dir, 'notes', 'ideas.md'), join(dir, 'notes', 'linked.md')); // A file link: followed.
  symlinkSync('missing.md', join(dir, 'notes', 'dangling.md'));
}

async function report(args: readonly string[], extra: Partial<Parameters<typeof run>[1]> = {}): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = capture();
  const code = await run(['report', ...args], { ...io, ...extra });
  return { code, out: out.join(''), err: err.join('') };
}

/** The Node adapter with a hook before each read, and a count of reads. */
function hooked(before: (path: string) => void = () => undefined): { files: (dir: string) => JournalFiles; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    files: (dir) => {
      const inner = nodeJournalFiles(dir);
      return { ...inner, read: (path) => {
        reads.push(path);
        before(path);
        return inner.read(path);
      } };
    },
  };
}

describe('cli report on the journal catalogue', function () {
  this.timeout(60_000);
  let root: string;
  let journal: string;
  let cache: string;
  let reference: { json: string; text: string };

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'lj-catalogue-'));
    journal = join(root, 'journal');
    cache = join(root, 'cache');
    writeJournal(journal, 150);
    withLinks(journal);
    reference = await referenceReport(journal, NOW);
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('prints byte for byte the report of the reading it replaces, cold and from the cache, and the second run reads nothing; link loops leave the journal untouched', async () => {
    await leavesTreeAlone(journal, async () => {
      for (const args of [['--json'], []]) {
        rmSync(cache, { recursive: true, force: true });
        const cold = await report([journal, ...args, '--cache', cache]);
        assert.equal(cold.code, 0, cold.err);
        assert.equal(cold.out, args.length > 0 ? reference.json : reference.text);
        const counted = hooked();
        const warm = await report([journal, ...args, '--cache', cache], { journalFiles: counted.files });
        assert.equal(warm.out, cold.out);
        assert.equal(warm.err, cold.err);
        assert.deepEqual(counted.reads, []);
      }
    });
    assert.match(reference.json, /"entries": 150,/);
    assert.match(reference.json, /notes\/broken\.MD/);
    assert.doesNotMatch(reference.json, /loop|self\.md|dangling|templates/);
  });

  it('re-reads only the files that changed since the cache was written, and the report follows them', async () => {
    const copy = join(root, 'changing');
    writeJournal(copy, 20, 60);
    rmSync(cache, { recursive: true, force: true });
    await report([copy, '--json', '--cache', cache]);
    writeFileSync(join(copy, 'notes', 'ideas.md'), '---\ndate: 2026-11-22\n---\n\n# Now an entry\n');
    unlinkSync(join(copy, 'notes', 'broken.MD'));
    const counted = hooked();
    const after = await report([copy, '--json', '--cache', cache], { journalFiles: counted.files });
    assert.deepEqual(counted.reads, ['notes/ideas.md']);
    assert.equal(after.out, (await referenceReport(copy, NOW)).json);
    assert.match(after.out, /"entries": 21,/);
  });

  it('keeps the cache in the default folder, but never inside the journal unless --cache names it; --no-cache keeps nothing', async () => {
    const home = join(root, 'home-cache');
    rmSync(home, { recursive: true, force: true });
    await report([journal, '--json'], { cacheDir: home });
    assert.ok(existsSync(cacheFileFor(home, journalKey(journal))));
    const inside = join(journal, '.cache', 'leadership-journal');
    const refused = await leavesTreeAlone(journal, () => report([journal, '--json'], { cacheDir: inside }));
    assert.match(refused.err, /not caching: the cache folder .* is inside the journal folder/);
    assert.equal(refused.out, reference.json);
    assert.equal(existsSync(inside), false);
    const asked = await report([journal, '--json', '--cache', inside]);
    assert.equal(asked.out, reference.json);
    assert.ok(existsSync(cacheFileFor(inside, journalKey(journal))));
    rmSync(join(journal, '.cache'), { recursive: true });
    const none = join(root, 'no-cache');
    await report([journal, '--json', '--no-cache'], { cacheDir: none });
    assert.equal(existsSync(none), false);
    assert.match((await report([journal, '--no-cache', '--cache', none])).err, /--cache and --no-cache cannot be used together/);
  });

  it('names the cache folder in --help, and finds it where each platform keeps caches', async () => {
    const { io, out } = capture();
    await run(['--help'], io);
    assert.match(out.join(''), /--cache DIR[\s\S]*\$XDG_CACHE_HOME\/leadership-journal[\s\S]*~\/\.cache\/leadership-journal[\s\S]*--no-cache/);
    // "DIR" after --cache DIR would be the cache folder itself: the help names the journal folder.
    assert.match(out.join(''), /never\s+inside the journal folder unless named here/);
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/ana' }, 'linux', '/home/ana'), '/var/cache/ana/leadership-journal');
    assert.equal(defaultCacheDir({}, 'linux', '/home/ana'), '/home/ana/.cache/leadership-journal');
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/ana'), '/home/ana/.cache/leadership-journal', 'a relative XDG path is ignored, as the spec says');
    assert.equal(defaultCacheDir({}, 'darwin', '/Users/ana'), '/Users/ana/Library/Caches/leadership-journal');
  });

  for (const [name, damage, said] of [
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2)), /it is truncated/],
    ['from another version', (text: string) => text.replace(`"version":${CATALOGUE_VERSION}`, `"version":${CATALOGUE_VERSION - 1}`), /another version/],
    ['edited by hand', (text: string) => text.replace('"words":', '"words":1'), /changed after it was written/],
    ['not a catalogue at all', () => '{"hello": "world"}', /not a journal catalogue/],
    ['binary garbage', () => '\u0000\u0001\u00ff', /damaged/],
  ] as const) {
    it(`rebuilds a cache that is ${name}, says so on stderr, prints the right report, and leaves the journal untouched`, async () => {
      rmSync(cache, { recursive: true, force: true });
      await report([journal, '--json', '--cache', cache]);
      const file = cacheFileFor(cache, journalKey(journal));
      writeFileSync(file, damage(readFileSync(file, 'utf8')));
      const result = await leavesTreeAlone(journal, () => report([journal, '--json', '--cache', cache]));
      assert.equal(result.code, 0);
      assert.match(result.err, said);
      assert.match(result.err, /was not used: .*; it is rebuilt from the journal/);
      assert.equal(result.out, reference.json);
      assert.ok(loadCatalogue(readFileSync(file, 'utf8'), journalKey(journal)).ok, 'the rebuilt cache is whole again');
    });
  }

  /** The lines of a report's stderr that speak of the cache. */
  const cacheLines = (err: string): string[] => err.split('\n').filter((line) => /cache/i.test(line));

  it('with a cache folder it cannot make (a file where the folder should be): the right report, one line saying the cache was not written and why, exit 0, nothing else touched', async () => {
    const blocked = join(root, 'blocked-cache');
    writeFileSync(blocked, 'not a folder\n');
    // Named with --cache, and as the default folder under a cache home that is a file ($XDG_CACHE_HOME set wrong).
    for (const [args, extra] of [[['--cache', blocked], {}], [[], { cacheDir: join(blocked, 'leadership-journal') }]] as const) {
      const result = await leavesTreeAlone(root, () => report([journal, '--json', ...args], extra));
      assert.equal(result.code, 0, result.err);
      assert.equal(result.out, reference.json);
      const said = cacheLines(result.err);
      assert.equal(said.length, 1, result.err);
      assert.match(said[0] ?? '', /the cache .*blocked-cache.* was not written: .*blocked-cache.* or a folder above it is a file, not a folder \(E(EXIST|NOTDIR)\)/);
      assert.match(said[0] ?? '', /the next one reads every file again/);
    }
  });

  it('a file deleted or truncated between listing and reading, an unreadable file and a vanishing folder: the right report, no crash, the journal untouched but for the test', async () => {
    const dir = join(root, 'racing');
    writeJournal(dir, 30, 60);
    mkdirSync(join(dir, 'gone'), { recursive: true });
    writeFileSync(join(dir, 'gone', '2026-10-01.md'), '---\ndate: 2026-10-01\n---\n\nI left.\n');
    writeFileSync(join(dir, 'gone', '2026-10-02.md'), '---\ndate: 2026-10-02\n---\n\nI left too.\n');
    const files = readdirSync(join(dir, '2026', '01')).sort();
    const deleted = `2026/01/${files[0] as string}`;
    const truncated = `2026/01/${files[1] as string}`;
    const locked = `2026/01/${files[2] as string}`;
    const hook = hooked((path) => {
      if (path === deleted) {
        unlinkSync(join(dir, path));
      } else if (path === truncated) {
        truncateSync(join(dir, path), 20); // Its date is in its name: still an entry, of no words.
      } else if (path === 'gone/2026-10-01.md') {
        rmSync(join(dir, 'gone'), { recursive: true });
      }
    });
    const files2 = (d: string): JournalFiles => {
      const inner = hook.files(d);
      return { ...inner, read: (path) => (path === locked ? Promise.reject(new Error(`EACCES: permission denied, open '${join(d, path)}'`)) : inner.read(path)) };
    };
    // The journal afterwards is as before but for what the test itself did to it while it was read.
    const truncatedTo = fileState(readFileSync(join(dir, truncated)).subarray(0, 20));
    const result = await leavesTreeAlone(dir, () => report([dir, '--json', '--cache', join(root, 'racing-cache')], { journalFiles: files2 }), (before) => {
      before.delete(deleted);
      before.set(truncated, truncatedTo);
      for (const gone of ['gone', 'gone/2026-10-01.md', 'gone/2026-10-02.md']) {
        before.delete(gone);
      }
    });
    assert.equal(result.code, 0, result.err);
    const data = JSON.parse(result.out) as { entries: number; skipped: { path: string; reason: string }[] };
    assert.equal(data.entries, 32 - 4, 'the deleted file, the locked one and the vanished folder\'s two are not entries');
    assert.deepEqual(data.skipped.map((s) => s.path), [locked, 'notes/broken.MD', 'notes/ideas.md']);
    assert.match(data.skipped[0]?.reason ?? '', /it could not be read: EACCES/);
    assert.match(result.err, /skipped 3 files that are not entries/);
    // The next run sees the journal as it now is: the locked file is tried again, the rest is cached.
    const again = hooked();
    const next = await leavesTreeAlone(dir, () => report([dir, '--json', '--cache', join(root, 'racing-cache')], { journalFiles: again.files }));
    assert.deepEqual(again.reads, [locked]);
    assert.equal(next.out, (await referenceReport(dir, NOW)).json);
  });

  describe('the built CLI (dist/cli.js) with its worker threads', () => {
    let cli: string;
    let big: string;

    before(async () => {
      const out = join(root, 'dist');
      await esbuild.build({
        bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', absWorkingDir: ROOT,
        entryPoints: ['src/cli/main.ts'], outfile: join(out, 'cli.js'),
        alias: { ...TAGGER_STAND_INS }, define: { CLI_VERSION: '"0.0.0-test"' },
      });
      cli = join(out, 'cli.js');
      big = join(root, 'big');
      writeJournal(big, 700, 40); // Above the worker threshold.
    });

    function spawnReport(args: readonly string[], as: { uid?: number; gid?: number } = {}): Promise<{ code: number | null; out: string; err: string }> {
      return new Promise((resolve) => {
        const child = spawn(process.execPath, [cli, 'report', ...args], { env: { ...process.env, TZ: process.env.TZ ?? '' }, ...as });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        child.on('close', (code) => resolve({ code, out, err }));
      });
    }

    it('on worker threads, two runs writing the cache at once: both reports right, the cache whole', async () => {
      const shared = join(root, 'shared-cache');
      // --jobs 2: a worker beside the main thread, whatever the machine's load average.
      const [a, b] = await leavesTreeAlone(big, () => Promise.all([spawnReport([big, '--json', '--cache', shared, '--jobs', '2']), spawnReport([big, '--json', '--cache', shared, '--jobs', '2'])]));
      assert.equal(a.code, 0, a.err);
      assert.equal(b.code, 0, b.err);
      assert.equal(a.out, b.out);
      const file = cacheFileFor(shared, journalKey(big));
      assert.ok(loadCatalogue(readFileSync(file, 'utf8'), journalKey(big)).ok);
      assert.deepEqual(readdirSync(shared), [file.slice(shared.length + 1)], 'no temporary file left behind');
      // The report's date is the process's today, so compare with the reference on the same day.
      const today = JSON.parse(a.out) as { today: string };
      const [y, m, d] = today.today.split('-').map(Number) as [number, number, number];
      assert.equal(a.out, (await referenceReport(big, new Date(y, m - 1, d, 12))).json);
      const warm = await spawnReport([big, '--json', '--cache', shared]);
      assert.equal(warm.out, a.out);
    });

    it('with a read-only cache folder: the right report, one line saying the cache was not written and why, exit 0, nothing else touched', async () => {
      const readOnly = join(root, 'read-only-cache');
      mkdirSync(readOnly);
      chmodSync(readOnly, 0o555);
      // Root writes in a read-only folder regardless: run as a user then (nobody), who can read the
      // journal and the CLI (the test's folder opened to others to let them) but not write there.
      chmodSync(root, 0o755);
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const expected = await spawnReport([big, '--json', '--no-cache'], asUser);
      const result = await leavesTreeAlone(root, () => spawnReport([big, '--json', '--cache', readOnly], asUser));
      assert.equal(result.code, 0, result.err);
      assert.equal(result.out, expected.out);
      assert.match(result.out, /"entries": 700,/);
      const said = cacheLines(result.err);
      assert.equal(said.length, 1, result.err);
      assert.match(said[0] ?? '', /the cache .*read-only-cache.* was not written: no permission to write in .*read-only-cache \(EACCES\)/);
      assert.deepEqual(readdirSync(readOnly), []);
    });
  });
});
