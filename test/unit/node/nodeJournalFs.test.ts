// The Node file system of the migration keeps the same contract as the in-memory one the migration's
// tests run on; then a whole encrypt and decrypt on disk, a full disk (/dev/full), and the journal's key
// file opened by the reference age tool.
import * as assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utf8 } from '../../../src/core/crypto/bytes';
import { decryptJournal } from '../../../src/core/encryption/decryptJournal';
import { encryptJournal } from '../../../src/core/encryption/encryptJournal';
import type { JournalFs } from '../../../src/core/encryption/journalFs';
import { LOCK_PATH } from '../../../src/core/encryption/layout';
import { nodeJournalFs } from '../../../src/node/encryption/nodeJournalFs';
import { nodeLiveness, nodeMigrationHost, processLiveness } from '../../../src/node/encryption/nodeMigrationHost';
import { MemoryJournalFs } from '../../support/memoryJournalFs';
import { requireAge, runAgeInTerminal } from '../../support/ageTool';
import { hostname } from 'node:os';

function contract(name: string, make: () => { fs: JournalFs; link: (path: string) => void; folders: () => string[]; done: () => void }): void {
  describe(`encryption: the ${name} file system's contract`, () => {
    it('lists files (links marked) but not dot-folders, dot-files or node_modules', async () => {
      const { fs, link, done } = make();
      try {
        for (const path of ['a.md', '2026/11/b.md', '.hidden/c.md', '.d.md', 'node_modules/e.md', 'notes.txt']) {
          await fs.write(path, utf8(path));
        }
        link('shortcut.md');
        const listed = (await fs.list()).map((file) => `${file.path}${file.link ? ' (link)' : ''}`).sort();
        assert.deepEqual(listed, ['2026/11/b.md', 'a.md', 'notes.txt', 'shortcut.md (link)']);
      } finally {
        done();
      }
    });

    it('reads, writes (replacing, making folders), creates exclusively, renames over, removes', async () => {
      const { fs, done } = make();
      try {
        assert.equal(await fs.read('missing.md'), undefined);
        await fs.write('x/y/z.md', utf8('one'));
        await fs.write('x/y/z.md', utf8('two'));
        assert.deepEqual(await fs.read('x/y/z.md'), utf8('two'));
        assert.equal(await fs.createExclusive('.leadership-journal/lock', utf8('mine')), true);
        assert.equal(await fs.createExclusive('.leadership-journal/lock', utf8('theirs')), false);
        assert.deepEqual(await fs.read('.leadership-journal/lock'), utf8('mine'));
        await fs.write('x/y/z.md.lj-partial', utf8('three'));
        await fs.rename('x/y/z.md.lj-partial', 'x/y/z.md');
        assert.deepEqual(await fs.read('x/y/z.md'), utf8('three'));
        assert.equal(await fs.read('x/y/z.md.lj-partial'), undefined);
        await fs.remove('x/y/z.md');
        await fs.remove('x/y/z.md');
        assert.equal(await fs.read('x/y/z.md'), undefined);
      } finally {
        done();
      }
    });

    it('removes empty folders upwards, and stops at the first that is not empty', async () => {
      const { fs, folders, done } = make();
      try {
        await fs.write('keep.md', utf8('k'));
        await fs.write('a/b/c/d.md', utf8('d'));
        await fs.write('a/other.md', utf8('o'));
        await fs.remove('a/b/c/d.md');
        await fs.removeEmptyFolders('a/b/c');
        assert.deepEqual(folders().filter((folder) => folder.startsWith('a')).sort(), ['a']);
        await fs.removeEmptyFolders('no/such/folder');
      } finally {
        done();
      }
    });
  });
}

contract('in-memory', () => {
  const fs = new MemoryJournalFs();
  return { fs, link: (path) => { fs.links.add(path); fs.put(path, new Uint8Array(0)); }, folders: () => [...fs.folders], done: () => undefined };
});

contract('Node', () => {
  const root = mkdtempSync(join(tmpdir(), 'lj-fs-'));
  const walk = (dir: string, prefix = ''): string[] => readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => [`${prefix}${entry.name}`, ...walk(join(dir, entry.name), `${prefix}${entry.name}/`)]);
  return {
    fs: nodeJournalFs(root),
    link: (path) => symlinkSync(join(root, 'keep-target.txt'), join(root, path)),
    folders: () => walk('').filter((folder) => !folder.startsWith('.')),
    done: () => rmSync(root, { recursive: true, force: true }),
  };
});

describe('encryption: the Node driver on a real disk', function () {
  this.timeout(120_000);
  let root = '';

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'lj-journal-'));
    mkdirSync(join(root, '2026', '11'), { recursive: true });
    writeFileSync(join(root, '2026', '11', '2026-11-23.md'), '---\ndate: 2026-11-23\n---\n\nZoë, #private\n');
    writeFileSync(join(root, 'people.yml'), 'Zoë: [zoe]\n');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates a lock file only if absent: of ten at once exactly one, whole, and no private file left beside it', async () => {
    const fs = nodeJournalFs(root);
    mkdirSync(join(root, '.leadership-journal'));
    const bytes = Array.from({ length: 10 }, (_, index) => utf8(`{"holder":${index}}\n`));
    const created = await Promise.all(bytes.map((holder) => fs.createLockFile!('.leadership-journal/names.lock', holder)));
    assert.equal(created.filter(Boolean).length, 1);
    assert.deepEqual(new Uint8Array(readFileSync(join(root, '.leadership-journal', 'names.lock'))), bytes[created.indexOf(true)]);
    assert.deepEqual(readdirSync(join(root, '.leadership-journal')), ['names.lock']);
    assert.equal(await fs.createLockFile!('.leadership-journal/names.lock', bytes[0]!), false);
  });

  it('stats a file (times in whole ms, its size, through a link), and a folder or nothing as undefined', async () => {
    const fs = nodeJournalFs(root);
    writeFileSync(join(root, 'entry.md'), 'twelve bytes');
    symlinkSync(join(root, 'entry.md'), join(root, 'link.md'));
    for (const path of ['entry.md', 'link.md']) {
      const times = await fs.stat?.(path);
      assert.ok(times !== undefined, path);
      assert.equal(times.size, 12);
      assert.ok(Number.isInteger(times.mtime) && Number.isInteger(times.ctime) && times.mtime > 0);
    }
    mkdirSync(join(root, 'folder'));
    assert.equal(await fs.stat?.('folder'), undefined);
    assert.equal(await fs.stat?.('none.md'), undefined);
  });

  it('lists the files directly in a folder (dot-folder too; not its folders or links), none for a folder not there', async () => {
    const fs = nodeJournalFs(root);
    mkdirSync(join(root, '.leadership-journal', 'sub'), { recursive: true });
    writeFileSync(join(root, '.leadership-journal', 'lock.stale-abcdefghijklmnopqrstuvwxyz'), '{}');
    writeFileSync(join(root, '.leadership-journal', 'key.age'), 'k');
    symlinkSync(join(root, 'people.yml'), join(root, '.leadership-journal', 'link'));
    assert.deepEqual([...await fs.listFolder?.('.leadership-journal') ?? []].sort(), ['key.age', 'lock.stale-abcdefghijklmnopqrstuvwxyz']);
    assert.deepEqual(await fs.listFolder?.('none'), []);
  });

  it('removes a dead process\'s lock leftovers when a run takes the lock, and keeps a live one\'s and another machine\'s', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid ?? 0;
    const holder = (pid: number, host = hostname()): string => `${JSON.stringify({ pid, host, startedAt: new Date().toISOString(), operation: 'encrypt' })}\n`;
    const folder = join(root, '.leadership-journal');
    mkdirSync(folder);
    const dead = [`lock.${deadPid}.0123456789ab.tmp`, 'lock.stale-abcdefghijklmnopqrstuvwxyz'];
    const kept = [`lock.${process.pid}.0123456789ab.tmp`, 'lock.stale-bbcdefghijklmnopqrstuvwxyz', 'lock.stale-cbcdefghijklmnopqrstuvwxyz', 'notes.txt'];
    dead.forEach((name) => writeFileSync(join(folder, name), holder(deadPid)));
    writeFileSync(join(folder, kept[0] ?? ''), holder(process.pid));
    writeFileSync(join(folder, kept[1] ?? ''), holder(process.pid));
    writeFileSync(join(folder, kept[2] ?? ''), holder(deadPid, 'another-machine'));
    writeFileSync(join(folder, kept[3] ?? ''), holder(deadPid));
    const outcome = await encryptJournal(nodeMigrationHost(root, { workFactor: 10 }), { credential: { kind: 'passphrase', passphrase: 'Grüße' } });
    assert.equal(outcome.status, 'done', outcome.reason);
    const left = readdirSync(folder);
    assert.deepEqual(dead.filter((name) => left.includes(name)), [], 'the dead process\'s leftovers removed');
    assert.deepEqual(kept.filter((name) => !left.includes(name)), [], 'every other file kept');
  });

  it('refuses paths that leave the journal', async () => {
    const fs = nodeJournalFs(root);
    for (const path of ['../escape.md', '2026/../../escape.md', '']) {
      await assert.rejects(fs.write(path, utf8('x')), /not a file inside the journal/);
    }
  });

  it('reports a full disk with its code (a write to /dev/full)', async function () {
    if (!existsSync('/dev/full')) {
      this.skip(); // Not Linux: the core's tests inject ENOSPC instead.
    }
    symlinkSync('/dev/full', join(root, 'full.md'));
    await assert.rejects(nodeJournalFs(root).write('full.md', utf8('x'.repeat(10_000))), (error: NodeJS.ErrnoException) => error.code === 'ENOSPC');
  });

  it('knows this process alive and a finished one dead, and cannot tell for another machine', () => {
    assert.equal(processLiveness({ pid: process.pid, host: hostname(), startedAt: '', operation: 'encrypt' }), 'alive');
    assert.equal(processLiveness({ pid: 2 ** 22 + 12345, host: hostname(), startedAt: '', operation: 'encrypt' }), 'dead');
    assert.equal(processLiveness({ pid: process.pid, host: `not-${hostname()}`, startedAt: '', operation: 'encrypt' }), 'unknown');
  });

  it('judges a web window\'s lock by its last beat (stale after ten minutes), this machine\'s pid locks by their process', () => {
    const now = new Date(Date.UTC(2026, 10, 23, 9, 0));
    const liveness = nodeLiveness(() => now);
    const web = (minutesAgo: number) => ({ pid: 0, host: 'a web window', startedAt: '', operation: 'encrypt', beatAt: new Date(now.getTime() - minutesAgo * 60_000).toISOString() });
    assert.equal(liveness(web(11)), 'dead');
    assert.equal(liveness(web(9)), 'alive');
    assert.equal(liveness({ pid: process.pid, host: hostname(), startedAt: '', operation: 'encrypt' }), 'alive');
    assert.equal(liveness({ pid: 2 ** 22 + 12345, host: hostname(), startedAt: '', operation: 'encrypt' }), 'dead');
    assert.equal(liveness({ pid: process.pid, host: `not-${hostname()}`, startedAt: '', operation: 'encrypt' }), 'unknown');
    assert.equal(nodeMigrationHost('/nowhere').liveness(web(11)), 'dead', 'the host the desktop and the CLI run on uses it');
  });

  it('encrypts and decrypts a journal on disk, and age opens its entries with the journal\'s key file and the passphrase', async () => {
    requireAge();
    const passphrase = 'pässwörd for the journal';
    const host = nodeMigrationHost(root, { workFactor: 10 });
    const encrypted = await encryptJournal(host, { credential: { kind: 'passphrase', passphrase } });
    assert.equal(encrypted.status, 'done', encrypted.reason);
    assert.equal(existsSync(join(root, '2026', '11', '2026-11-23.md')), false);
    assert.equal(existsSync(join(root, LOCK_PATH)), false);
    const run = runAgeInTerminal(['--decrypt', '--identity', '.leadership-journal/key.age', '--output', 'out.md', '2026/11/2026-11-23.md.age'], [passphrase], root);
    assert.equal(run.status, 0, run.stdout);
    assert.equal(readFileSync(join(root, 'out.md'), 'utf8'), '---\ndate: 2026-11-23\n---\n\nZoë, #private\n');
    rmSync(join(root, 'out.md'));

    const decrypted = await decryptJournal(host, { credential: { kind: 'passphrase', passphrase } });
    assert.equal(decrypted.status, 'done', decrypted.reason);
    assert.equal(readFileSync(join(root, '2026', '11', '2026-11-23.md'), 'utf8'), '---\ndate: 2026-11-23\n---\n\nZoë, #private\n');
    assert.deepEqual(readdirSync(root).sort(), ['2026', 'people.yml']);
  });
});
