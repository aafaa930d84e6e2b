// The encrypted journal's file system provider (dist/encryption.js), run in the unit
// tier: bundled with `vscode` aliased to a stub (test/support/vscodeStub.ts), over an encrypted
// journal in memory. What VS Code would show and save: plain names and text, saves that put no text
// on disk, VS Code's create/overwrite rules, and an entry that does not open named in the user's words.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSealer } from '../../../../src/core/crypto/ageFile';
import { newIdentity } from '../../../../src/core/crypto/ageKeys';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { KEY_PATH, NAMES_PATH, PRODUCT_FOLDER } from '../../../../src/core/encryption/productFiles';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import type { EncryptedJournalProvider } from '../../../../src/extension/encryption/encryptedJournalProvider';
import { ENTRIES, OTHER_FILES, fixtureJournal, testHost } from '../../../support/encryptedJournal';
import { systemError, type MemoryJournalFs } from '../../../support/memoryJournalFs';
import { bundleWithStub } from '../../../support/stubBundle';
import type * as Stub from '../../../support/vscodeStub';

const PASSPHRASE = 'Grüße — nur ich';
const TODAY = '2026/11/2026-11-23.md';
const SECRET = 'the reorg is off';

interface Probe {
  readonly EncryptedJournalProvider: typeof EncryptedJournalProvider;
  readonly vscode: typeof Stub;
}

describe('extension: the encrypted journal as a file system provider', function () {
  this.timeout(60_000);
  let dir = '';
  let probe: Probe;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lj-provider-'));
    probe = await bundleWithStub<Probe>(dir, 'probe', "export { EncryptedJournalProvider } from './src/extension/encryption/encryptedJournalProvider';");
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  async function mounted(): Promise<{ provider: EncryptedJournalProvider; disk: MemoryJournalFs; root: Stub.Uri; events: string[] }> {
    const disk = fixtureJournal();
    const outcome = await encryptJournal(testHost(disk), { credential: { kind: 'passphrase', passphrase: PASSPHRASE }, names: 'opaque' });
    assert.equal(outcome.status, 'done', outcome.reason);
    const unlock = await unlockJournal(disk, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    probe.vscode.stub.disk = disk;
    const provider = new probe.EncryptedJournalProvider();
    const events: string[] = [];
    provider.onDidChangeFile((changes) => events.push(...changes.map((change) => `${change.type} ${change.uri.path}`)));
    const root = provider.mount('journal-1', probe.vscode.Uri.from({ scheme: 'mem', path: '/journal' }) as never, unlock.journal, disk) as unknown as Stub.Uri;
    return { provider, disk, root, events };
  }

  async function unlocked(disk: MemoryJournalFs): Promise<Parameters<EncryptedJournalProvider['mount']>[2]> {
    const unlock = await unlockJournal(disk, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    return unlock.journal;
  }

  const uri = (root: Stub.Uri, path: string): never => probe.vscode.Uri.joinPath(root, ...path.split('/')) as never;

  it('browses and opens entries under their plain names, with their plain size', async () => {
    const { provider, root } = await mounted();
    const { FileType } = probe.vscode;
    assert.deepEqual(await provider.readDirectory(root as never), [
      ['.templates', FileType.Directory], ['2026', FileType.Directory], ['notes', FileType.Directory], ['people.yml', FileType.File], ['readme.txt', FileType.File], ['shortcut.md', FileType.File],
    ], 'the templates\' folder as on disk, never the product\'s own folder');
    assert.deepEqual(await provider.readFile(uri(root, TODAY)), ENTRIES[TODAY]);
    const stat = await provider.stat(uri(root, TODAY));
    assert.equal(stat.type, FileType.File);
    assert.equal(stat.size, ENTRIES[TODAY]?.length, 'the size of the text, not of the age file');
    assert.equal((await provider.stat(uri(root, '2026/11'))).type, FileType.Directory);
    await assert.rejects(provider.stat(uri(root, '2026/10/none.md')), { code: 'FileNotFound' });
  });

  it('saves as VS Code asks: new and changed entries sealed, no text on disk, create and overwrite rules kept', async () => {
    const { provider, disk, root, events } = await mounted();
    const text = utf8(`---\ndate: 2026-11-24\nkind: daily\n---\n\nI told Zoë ${SECRET}.\n`);
    await assert.rejects(provider.writeFile(uri(root, '2026/11/2026-11-24.md'), text, { create: false, overwrite: true }), { code: 'FileNotFound' });
    await provider.writeFile(uri(root, '2026/11/2026-11-24.md'), text, { create: true, overwrite: false });
    await assert.rejects(provider.writeFile(uri(root, '2026/11/2026-11-24.md'), text, { create: true, overwrite: false }), { code: 'FileExists' });
    await provider.writeFile(uri(root, TODAY), text, { create: false, overwrite: true });
    assert.deepEqual(await provider.readFile(uri(root, '2026/11/2026-11-24.md')), text);
    assert.deepEqual(await provider.readFile(uri(root, TODAY)), text);
    assert.equal((await provider.stat(uri(root, TODAY))).size, text.length, 'the size follows the save');
    assert.deepEqual([...disk.files].filter(([, bytes]) => Buffer.from(bytes).includes(Buffer.from(SECRET))).map(([path]) => path), [], 'no text on disk');
    const { FileChangeType } = probe.vscode;
    assert.deepEqual(events, [`${FileChangeType.Created} /2026/11/2026-11-24.md`, `${FileChangeType.Changed} /${TODAY}`], 'VS Code hears of each save');
  });

  it('after a save, answers VS Code\'s stat without listing the journal or opening the entry again; a new entry is listed', async () => {
    const { provider, disk, root } = await mounted();
    await provider.readDirectory(root as never);
    const text = utf8(`---\ndate: 2026-11-23\nkind: daily\n---\n\nSaved ${SECRET}.\n`);
    const before = disk.log.length;
    await provider.writeFile(uri(root, TODAY), text, { create: false, overwrite: true });
    assert.equal((await provider.stat(uri(root, TODAY))).size, text.length);
    const after = disk.log.slice(before).map((line) => line.split(' '));
    assert.deepEqual(after.filter(([op]) => op === 'list'), [], 'the journal is not listed again');
    const reads = after.filter(([op]) => op === 'read').map(([, path]) => path ?? '');
    const entryReads = reads.filter((path) => !path.startsWith('.leadership-journal/'));
    const kinds = entryReads.map((path) => (path === TODAY ? 'plain' : path.endsWith('.lj-partial') ? 'partial' : path.endsWith('.md.age') ? 'sealed' : path));
    assert.deepEqual(kinds, ['sealed', 'plain', 'partial', 'partial', 'partial', 'sealed'], `the entry not opened: its sealed file read as the save begins and again before the rename (compared, to refuse a save another window's overtook), a plain file of its name looked for (a plain-only entry to settle, not there), its partials looked for before the write (an earlier save's: this window's own and an old-style one, neither there) and its own read back after it (${entryReads.join(', ')})`);
    const own = reads.filter((path) => path.startsWith('.leadership-journal/'));
    assert.equal(own.filter((path) => path !== '.leadership-journal/names.age' && path !== '.leadership-journal/names.lock').length, 8, 'and the key\'s four small files twice: before sealing and before the rename (keyStamp.ts)');
    assert.equal(own.filter((path) => path === '.leadership-journal/names.age').length, 1, 'and names.age once, under the names lock: the entry still has its name (an opaque journal\'s rename changes only names.age)');
    assert.equal(own.filter((path) => path === '.leadership-journal/names.lock').length, 1, 'and the names lock once, at its release: still this window\'s');
    await provider.writeFile(uri(root, '2026/12/2026-12-02.md'), text, { create: true, overwrite: false });
    assert.deepEqual(await provider.readDirectory(uri(root, '2026/12')), [['2026-12-01.md', probe.vscode.FileType.File], ['2026-12-02.md', probe.vscode.FileType.File]]);
  });

  it('stats the disk through the journal\'s own file system when it offers stat (Node\'s fs), not through VS Code\'s', async () => {
    const { provider, disk } = await mounted();
    const asked: string[] = [];
    const times = (path: string): { mtime: number; ctime: number; size: number } | undefined => {
      const bytes = disk.files.get(path);
      return bytes === undefined ? undefined : { mtime: 1_700_000_000_123, ctime: 1_700_000_000_001, size: bytes.length };
    };
    const statting = Object.assign(Object.create(disk) as MemoryJournalFs, { stat: async (path: string) => (asked.push(path), times(path)) });
    const unlock = await unlockJournal(disk, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    const mount = provider.mount('journal-2', probe.vscode.Uri.from({ scheme: 'mem', path: '/elsewhere' }) as never, unlock.journal, statting) as unknown as Stub.Uri;
    probe.vscode.stub.disk = undefined; // VS Code's stat would find nothing: every answer below is the journal's own.
    const stat = await provider.stat(uri(mount, TODAY));
    assert.deepEqual([stat.mtime, stat.ctime, stat.size], [1_700_000_000_123, 1_700_000_000_001, ENTRIES[TODAY]?.length]);
    assert.equal(asked.length, 1, 'the sealed file, once');
    assert.ok(asked[0]?.endsWith('.age'), asked[0]);
    await assert.rejects(provider.stat(uri(mount, '2026/10/none.md')), { code: 'FileNotFound' });
  });

  it('reads an entry for the index with one read of its sealed file, stamped as its stat; folders, gaps and entries that do not open as the index expects', async () => {
    const { provider, disk, root } = await mounted();
    await provider.readDirectory(root as never); // The index lists first.
    const before = disk.log.length;
    const read = await provider.readEntry('journal-1', TODAY);
    assert.equal(read?.text, Buffer.from(ENTRIES[TODAY]!).toString('utf8'));
    const ops = disk.log.slice(before).map((line) => line.split(' ')[0]);
    assert.equal(ops.filter((op) => op === 'read').length, 1, `the sealed file read once: ${ops.join(', ')}`);
    const stat = await provider.stat(uri(root, TODAY));
    assert.deepEqual(read?.stamp, { mtime: Math.trunc(stat.mtime), size: stat.size }, 'the stamp VS Code\'s stat gives, so a later build compares like with like');
    assert.equal(disk.log.slice(before).filter((line) => line.startsWith('read')).length, 1, 'the stat after it opens nothing');
    assert.equal(await provider.readEntry('journal-1', '2026/11'), undefined, 'a folder');
    assert.equal(await provider.readEntry('journal-1', '2026/10/none.md'), undefined, 'nothing there');
    const stranger = await newIdentity(new Date());
    disk.put('2026/11/2026-11-20.md.age', await createSealer({ recipients: [stranger.recipient] }).seal(utf8('not ours')));
    provider.mount('journal-1', probe.vscode.Uri.from({ scheme: 'mem', path: '/journal' }) as never, await unlocked(disk), disk); // Unlocked again: listed anew.
    await assert.rejects(provider.readEntry('journal-1', '2026/11/2026-11-20.md'), { code: 'NoPermissions', message: '2026/11/2026-11-20.md.age is encrypted to another key.' });
    await assert.rejects(provider.readEntry('journal-9', TODAY), { code: 'Unavailable' }, 'a journal not mounted');
  });

  it('renames and deletes entries and folders', async () => {
    const { provider, root } = await mounted();
    await provider.rename(uri(root, '2026/12'), uri(root, '2025/12'), { overwrite: false });
    assert.deepEqual(await provider.readFile(uri(root, '2025/12/2026-12-01.md')), ENTRIES['2026/12/2026-12-01.md']);
    await assert.rejects(provider.stat(uri(root, '2026/12')), { code: 'FileNotFound' });
    await assert.rejects(provider.rename(uri(root, TODAY), uri(root, 'notes/odd.MD'), { overwrite: false }), { code: 'FileExists' });
    await assert.rejects(provider.delete(uri(root, '2026'), { recursive: false }), { code: 'NoPermissions' });
    await provider.delete(uri(root, '2026'), { recursive: true });
    await assert.rejects(provider.readFile(uri(root, TODAY)), { code: 'FileNotFound' });
  });

  it('asks to unlock an entry of a journal not mounted yet (an editor restored after a reload), once per read, and opens it then', async () => {
    const { disk } = await mounted();
    const unlock = await unlockJournal(disk, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    const asked: string[] = [];
    let give = false;
    const provider: EncryptedJournalProvider = new probe.EncryptedJournalProvider(async (authority) => {
      asked.push(authority);
      if (give) {
        provider.mount(authority, probe.vscode.Uri.from({ scheme: 'mem', path: '/journal' }) as never, unlock.journal, disk);
      }
      return give;
    });
    const restored = probe.vscode.Uri.from({ scheme: 'ljencrypted', authority: 'journal', path: `/${TODAY}` }) as never;
    await assert.rejects(provider.readFile(restored), { code: 'Unavailable' }, 'left locked: not readable, nothing else');
    give = true;
    assert.deepEqual(await provider.readFile(restored), ENTRIES[TODAY]);
    assert.deepEqual(await provider.readFile(restored), ENTRIES[TODAY]);
    assert.deepEqual(asked, ['journal', 'journal'], 'asked while not mounted, never once mounted');
  });

  it('shows a template in .templates as the disk has it: stat, listing and read agree, and a create never replaces it', async () => {
    const { provider, disk, root } = await mounted();
    const { FileType } = probe.vscode;
    const template = OTHER_FILES['.templates/daily.md']!;
    const stat = await provider.stat(uri(root, '.templates/daily.md'));
    assert.deepEqual([stat.type, stat.size], [FileType.File, template.length], 'the template is there, as readFile finds it');
    assert.equal((await provider.stat(uri(root, '.templates'))).type, FileType.Directory);
    assert.deepEqual(await provider.readDirectory(uri(root, '.templates')), [['daily.md', FileType.File]]);
    assert.deepEqual(await provider.readFile(uri(root, '.templates/daily.md')), template);
    const builtIn = utf8('---\nkind: daily\n---\n\n# Built-in body\n');
    await assert.rejects(provider.writeFile(uri(root, '.templates/daily.md'), builtIn, { create: true, overwrite: false }), { code: 'FileExists' });
    assert.equal(await provider.createFile(uri(root, '.templates/daily.md'), builtIn), false);
    assert.deepEqual(disk.files.get('.templates/daily.md'), template, 'the user\'s template is kept');
    assert.equal(await provider.createFile(uri(root, '.templates/weekly.md'), builtIn), true);
    assert.deepEqual(disk.files.get('.templates/weekly.md'), builtIn, 'a new template is written plain, as the migration leaves templates');
    await assert.rejects(provider.stat(uri(root, '.templates/monthly.md')), { code: 'FileNotFound' });
    await provider.writeFile(uri(root, '.templates/daily.md'), builtIn, { create: false, overwrite: true });
    assert.deepEqual(await provider.readFile(uri(root, '.templates/daily.md')), builtIn, 'a save of the template');
  });

  it('keeps the product\'s own folder out of reach: not statted, read, listed or written', async () => {
    const { provider, disk, root } = await mounted();
    const key = disk.files.get(KEY_PATH);
    assert.ok(key !== undefined);
    await assert.rejects(provider.stat(uri(root, KEY_PATH)), { code: 'FileNotFound' });
    await assert.rejects(provider.readFile(uri(root, KEY_PATH)), { code: 'FileNotFound' });
    await assert.rejects(provider.readDirectory(uri(root, PRODUCT_FOLDER)), { code: 'FileNotADirectory' });
    await assert.rejects(provider.writeFile(uri(root, NAMES_PATH), utf8('{}'), { create: true, overwrite: true }), { code: 'NoPermissions' });
    assert.deepEqual(disk.files.get(KEY_PATH), key);
  });

  it('creates an entry only if nothing is on disk there, even when its listing missed the file', async () => {
    const { provider, disk, root } = await mounted();
    await provider.readDirectory(root as never); // Listed now: a file put on disk after it is not in the tree.
    const theirs = utf8('---\ndate: 2026-11-25\nkind: daily\n---\n\nWritten elsewhere.\n');
    disk.put('2026/11/2026-11-25.md', theirs); // A plain entry beside the sealed ones (a mixed journal, a sync).
    assert.equal(await provider.createFile(uri(root, '2026/11/2026-11-25.md'), utf8('a new entry\n')), false);
    assert.deepEqual(await provider.readFile(uri(root, '2026/11/2026-11-25.md')), theirs, 'the file on disk is what opens');
    assert.equal(await provider.createFile(uri(root, '2026/11/2026-11-26.md'), utf8(`${SECRET}\n`)), true);
    assert.deepEqual(await provider.readFile(uri(root, '2026/11/2026-11-26.md')), utf8(`${SECRET}\n`));
    assert.deepEqual([...disk.files].filter(([, bytes]) => Buffer.from(bytes).includes(Buffer.from(SECRET))).map(([path]) => path), [], 'created sealed');
  });

  it('refuses a save on a full or read-only disk in the user\'s words: nothing lost, no half-written partial left', async () => {
    const refusals: readonly [string, RegExp][] = [
      ['ENOSPC', /^Not saved: the disk is full\. Nothing was lost: what was saved before is unchanged on disk, and your text stays in the editor\. Free some space, then save again\.$/],
      ['EROFS', /^Not saved: the journal's folder cannot be written to \(the disk is read-only, or permission was denied\)\. Nothing was lost/],
      ['EACCES', /^Not saved: the journal's folder cannot be written to/],
      ['EPERM', /^Not saved: the journal's folder cannot be written to/],
    ];
    for (const [code, said] of refusals) {
      const { provider, disk, root } = await mounted();
      const before = [...disk.files].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]);
      disk.faults = {
        fail: (op, path) => {
          if (op !== 'write' || !path.endsWith('.lj-partial')) {
            return undefined;
          }
          if (code === 'ENOSPC') {
            disk.files.set(path, utf8('age-encryption.org/v1\n-> scr')); // What a full disk leaves: the start of the file.
          }
          return systemError(code, `${code === 'ENOSPC' ? 'no space left on device' : 'refused'}, write`);
        },
      };
      await assert.rejects(provider.writeFile(uri(root, TODAY), utf8(`${SECRET}\n`), { create: false, overwrite: true }), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'NoPermissions', code);
        assert.match(error.message, said, code);
        return true;
      });
      disk.faults = {};
      assert.deepEqual([...disk.files].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]), before, `${code}: the disk as it was, no .lj-partial left`);
      assert.deepEqual(await provider.readFile(uri(root, TODAY)), ENTRIES[TODAY], `${code}: the entry's last saved version opens`);
    }
  });

  it('tells the user where an earlier, cut-off save of the entry was kept, and VS Code that it is there', async () => {
    const { provider, disk, root, events } = await mounted();
    const unlock = await unlockJournal(disk, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    const sealed = new DecryptingJournalFs(disk, unlock.journal).sealedPathOf(TODAY); // Its opaque file.
    const cutOff = disk.files.get(sealed);
    assert.ok(cutOff !== undefined);
    disk.files.delete(sealed); // A save cut off after VS Code's rename deleted the entry: only its partial is there.
    disk.put(`${sealed}.lj-partial`, cutOff);
    probe.vscode.stub.ui.said.length = 0;
    await provider.writeFile(uri(root, TODAY), utf8(`${SECRET}\n`), { create: true, overwrite: true });
    const kept = '2026/11/2026-11-23 (interrupted save).md';
    assert.deepEqual(await provider.readFile(uri(root, kept)), ENTRIES[TODAY], 'the earlier save opens under its new name');
    assert.deepEqual(probe.vscode.stub.ui.said, [`An earlier save of ${TODAY} was cut off before it was put in place, and what it wrote is not the entry's text: it is kept as ${kept}, beside it. Compare the two, then delete the one you do not need.`]);
    assert.ok(events.includes(`${probe.vscode.FileChangeType.Created} /${kept}`), events.join(', '));
    assert.ok((await provider.readDirectory(uri(root, '2026/11'))).some(([name]) => name === '2026-11-23 (interrupted save).md'), 'listed beside the entry');
  });

  it('in a German VS Code, keeps the cut-off save under a German name, after a copy kept under the English one, and says so in German', async () => {
    const { provider, disk } = await mounted();
    const view = new DecryptingJournalFs(disk, await unlocked(disk));
    await view.write('2026/11/2026-11-23 (interrupted save).md', utf8('kept while the window was English\n')); // Its opaque file, in the map.
    const sealed = view.sealedPathOf(TODAY);
    const cutOff = disk.files.get(sealed);
    assert.ok(cutOff !== undefined);
    disk.files.delete(sealed);
    disk.put(`${sealed}.lj-partial`, cutOff);
    probe.vscode.stub.bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
    probe.vscode.stub.ui.said.length = 0;
    try {
      // Mounted again as a German window mounts it: the words of a kept copy's name are the display language's.
      const german = provider.mount('journal-1', probe.vscode.Uri.from({ scheme: 'mem', path: '/journal' }) as never, await unlocked(disk), disk) as unknown as Stub.Uri;
      await provider.writeFile(uri(german, TODAY), utf8(`${SECRET}\n`), { create: true, overwrite: true });
      const kept = '2026/11/2026-11-23 (unterbrochene Speicherung 2).md';
      assert.deepEqual(await provider.readFile(uri(german, kept)), ENTRIES[TODAY], 'the earlier save opens under its German name, after the English copy\'s number');
      assert.deepEqual(await provider.readFile(uri(german, '2026/11/2026-11-23 (interrupted save).md')), utf8('kept while the window was English\n'), 'the English copy is as it was');
      assert.deepEqual(probe.vscode.stub.ui.said, [`Eine frühere Speicherung von ${TODAY} wurde abgebrochen, bevor sie an ihren Platz kam, und was sie schrieb, ist nicht der Text des Eintrags: Sie wird als ${kept} daneben aufbewahrt. Vergleichen Sie beide und löschen Sie dann den, den Sie nicht brauchen.`]);
    } finally {
      probe.vscode.stub.bundle = undefined;
    }
  });

  it('saves a plain-only entry (a sync put it there) sealed, then removes its plain file; one changed since it was opened is kept, said in the user\'s words', async () => {
    const { provider, disk, root } = await mounted();
    const SYNCED = '2026/12/2026-12-02.md';
    const phone = utf8('---\ndate: 2026-12-02\nkind: daily\n---\n\nWritten on the phone.\n');
    disk.put(SYNCED, phone);
    assert.deepEqual(await provider.readFile(uri(root, SYNCED)), phone, 'it opens as it is');
    probe.vscode.stub.ui.said.length = 0;
    await provider.writeFile(uri(root, SYNCED), utf8(`${SECRET}\n`), { create: true, overwrite: true });
    assert.equal(disk.files.has(SYNCED), false, 'its plain file is gone once the sealed one is in place');
    assert.ok(![...disk.files.values()].some((bytes) => Buffer.from(bytes).includes(Buffer.from(SECRET))), 'the saved text is nowhere plain on disk');
    assert.deepEqual(await provider.readFile(uri(root, SYNCED)), utf8(`${SECRET}\n`));
    assert.deepEqual(probe.vscode.stub.ui.said, [], 'nothing to say');

    const OTHER = '2026/12/2026-12-03.md';
    disk.put(OTHER, phone);
    await provider.readFile(uri(root, OTHER));
    const later = utf8('Changed by the sync while the editor was open.\n');
    disk.put(OTHER, later);
    probe.vscode.stub.bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
    try {
      await provider.writeFile(uri(root, OTHER), utf8(`${SECRET}\n`), { create: true, overwrite: true });
    } finally {
      probe.vscode.stub.bundle = undefined;
    }
    assert.deepEqual(disk.files.get(OTHER), later, 'kept, byte for byte');
    assert.deepEqual(await provider.readFile(uri(root, OTHER)), utf8(`${SECRET}\n`), 'the save landed, sealed');
    assert.deepEqual(probe.vscode.stub.ui.said, [`${OTHER} ist verschlüsselt gespeichert, aber seine unverschlüsselte Datei auf der Festplatte hat sich seit dem Öffnen geändert (eine Synchronisierung oder ein anderer Editor hat sie geschrieben), darum bleibt sie, wie sie ist, unverschlüsselt. Öffnen Sie sie aus dem Journalordner, übernehmen Sie, was Sie brauchen, und löschen Sie sie dann oder führen Sie „Journal verschlüsseln…“ erneut aus.`]);

    // Saved without being opened here (an editor open from before the unlock, another tool): the
    // plain file holds other text than the save, and the warning says that, not "changed since opened".
    const UNREAD = '2026/12/2026-12-04.md';
    disk.put(UNREAD, phone);
    probe.vscode.stub.ui.said.length = 0;
    await provider.writeFile(uri(root, UNREAD), utf8(`${SECRET}\n`), { create: true, overwrite: true });
    assert.deepEqual(disk.files.get(UNREAD), phone, 'kept, byte for byte');
    assert.deepEqual(probe.vscode.stub.ui.said, [`${UNREAD} is saved encrypted, but its plain file on disk, which this window never opened, holds other text than this save (a sync or another tool wrote it), so that file is kept as it is, still plain. Open it from the journal folder, keep what you need, then delete it or run Encrypt Journal… again.`]);
  });

  it('says which entry lost its name (listed as recovered/…) and what to do, once, in the user\'s words', async () => {
    const { provider, disk, root } = await mounted();
    const older = disk.files.get(NAMES_PATH);
    assert.ok(older !== undefined);
    const other = new DecryptingJournalFs(disk, await unlocked(disk)); // Another window's new entry…
    await other.write('2026/11/2026-11-24.md', utf8(`${SECRET}\n`));
    disk.put(NAMES_PATH, older); // …whose name a crossing write (or a sync) took out of names.age.
    probe.vscode.stub.bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
    probe.vscode.stub.ui.said.length = 0;
    let recovered: string[];
    try {
      recovered = (await provider.readDirectory(uri(root, 'recovered'))).map(([name]) => `recovered/${name}`);
    } finally {
      probe.vscode.stub.bundle = undefined;
    }
    assert.equal(recovered.length, 1);
    assert.deepEqual(await provider.readFile(uri(root, recovered[0] ?? '')), utf8(`${SECRET}\n`), 'its text opens');
    assert.deepEqual(probe.vscode.stub.ui.said, [`${recovered[0]} hat seinen Namen verloren: Die verschlüsselte Namensliste des Journals enthält ihn nicht (eine Synchronisierung oder eine zurückgespielte Sicherung hat eine ältere zurückgebracht). Sein Text ist sicher. Benennen Sie ihn in den Namen um, den er haben soll (sein Datum steht in seinem Front Matter), oder öffnen Sie ihn und kopieren Sie seinen Text in den Eintrag, zu dem er gehört.`]);
    provider.mount('journal-1', probe.vscode.Uri.from({ scheme: 'mem', path: '/journal' }) as never, await unlocked(disk), disk);
    probe.vscode.stub.ui.said.length = 0;
    await provider.readDirectory(root as never);
    await provider.readDirectory(uri(root, 'recovered'));
    assert.deepEqual(probe.vscode.stub.ui.said, [`${recovered[0]} has lost its name: the journal's encrypted list of names does not hold it (a sync or a restored backup put back an older one). Its text is safe. Rename it to the name it should have (its date is in its front matter), or open it and copy its text into the entry it belongs to.`], 'said once per mount, in English in an English window');
  });

  it('opens the entry that lost its name when the warning\'s Open is pressed', async () => {
    const { provider, disk, root } = await mounted();
    const older = disk.files.get(NAMES_PATH);
    assert.ok(older !== undefined);
    const other = new DecryptingJournalFs(disk, await unlocked(disk));
    await other.write('2026/11/2026-11-24.md', utf8(`${SECRET}\n`));
    disk.put(NAMES_PATH, older); // The other window's new entry, its name out of names.age.
    const { window } = probe.vscode;
    const showTextDocument = window.showTextDocument;
    const asked: Stub.Question[] = [];
    let open: (uri: Stub.Uri) => void = () => undefined;
    const opened = new Promise<Stub.Uri>((resolve) => { open = resolve; });
    probe.vscode.stub.ui.answer = (question) => {
      asked.push(question);
      return question.kind === 'message' ? 'Open' : undefined;
    };
    window.showTextDocument = async (...args: unknown[]): Promise<void> => open(args[0] as Stub.Uri);
    let recovered: string[];
    let shown: Stub.Uri | 'never';
    try {
      recovered = (await provider.readDirectory(uri(root, 'recovered'))).map(([name]) => `recovered/${name}`);
      // The warning's answer is taken after the listing returned: waited for, a second at most.
      shown = await Promise.race([opened, new Promise<'never'>((resolve) => setTimeout(() => resolve('never'), 1_000))]);
    } finally {
      window.showTextDocument = showTextDocument;
      probe.vscode.stub.ui.answer = () => undefined;
    }
    assert.equal(recovered.length, 1);
    assert.deepEqual(asked.map((question) => [question.kind, question.items]), [['message', ['Open']]], 'one warning, its one button Open');
    assert.ok(shown !== 'never', 'Open opened a document');
    const expected = uri(root, recovered[0] ?? '') as unknown as Stub.Uri;
    assert.deepEqual([shown.scheme, shown.authority, shown.path], [expected.scheme, 'journal-1', expected.path], 'the recovered entry, in the mount');
    assert.deepEqual(await provider.readFile(shown as never), utf8(`${SECRET}\n`), 'what opens is the lost entry\'s text');
  });

  it('says in the user\'s words why an entry does not open', async () => {
    const { provider, disk, root } = await mounted();
    const stranger = await newIdentity(new Date());
    disk.put('2026/11/2026-11-20.md.age', await createSealer({ recipients: [stranger.recipient] }).seal(utf8('not ours')));
    await assert.rejects(provider.readFile(uri(root, '2026/11/2026-11-20.md')), { code: 'NoPermissions', message: '2026/11/2026-11-20.md.age is encrypted to another key.' });
    assert.deepEqual(await provider.readFile(uri(root, TODAY)), ENTRIES[TODAY], 'the rest of the journal opens');
  });
});
