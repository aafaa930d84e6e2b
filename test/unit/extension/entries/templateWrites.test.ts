// Templates and the other files the extension writes as they are (not entries), on a disk that is
// full or read-only: a save of a template in an encrypted journal goes beside and is renamed, as an
// entry's does, so the template is never cut short and the refusal is said in the user's words; a
// create (Customize Template…) leaves no file cut short, on the mount and in a plain journal, and says
// why in English and German. Run as the provider's test is (bundled with `vscode` aliased to
// test/support/vscodeStub.ts), the journal in memory and mounted by test/support/mountedJournal.ts;
// a plain journal on a stand-in for VS Code's disk provider whose writes a full disk cuts short.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { finalPathOf, writerOf } from '../../../../src/core/encryption/layout';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { templateFailure } from '../../../../src/extension/entries/templateFailure';
import type { Translator } from '../../../../src/core/text/format';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { OTHER_FILES } from '../../../support/encryptedJournal';
import { systemError, type MemoryJournalFs } from '../../../support/memoryJournalFs';
import { PASSPHRASE, useMountedJournal, type MountProbe } from '../../../support/mountedJournal';
import type * as Stub from '../../../support/vscodeStub';

const TEMPLATE = '.templates/daily.md';
const EDITED = utf8('---\nkind: daily\n---\n\n# {{date}}, edited in the editor\n\nWhat mattered today?\n');
const BUILT_IN = '---\nkind: daily\n---\n\n# The built-in body\n';

const translator = (language: 'en' | 'de'): Translator => bundleTranslator(language) as Translator;

/** The disk's files, as text to compare. */
function files(disk: MemoryJournalFs): Map<string, string> {
  return new Map([...disk.files].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]));
}

/**
 * A stand-in for VS Code's disk provider under the scheme `plain`, over an in-memory folder: its
 * writes truncate first, and `refuse` makes one fail as a full disk does (half the bytes written,
 * then VS Code's `Unknown` error with Node's message) or as a read-only one (nothing written).
 */
function plainDisk(vscode: MountProbe['vscode']): { files: Map<string, Uint8Array>; refuse: 'full' | 'read-only' | undefined } {
  const state = { files: new Map<string, Uint8Array>(), refuse: undefined as 'full' | 'read-only' | undefined };
  const notFound = (uri: Stub.Uri): Error => vscode.FileSystemError.FileNotFound(uri);
  vscode.stub.providers.set('plain', {
    stat: async (uri) => {
      const bytes = state.files.get(uri.path);
      if (bytes !== undefined) {
        return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: bytes.length };
      }
      if ([...state.files.keys()].some((path) => path.startsWith(`${uri.path}/`)) || uri.path === '/journal') {
        return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
      }
      throw notFound(uri);
    },
    readFile: async (uri) => {
      const bytes = state.files.get(uri.path);
      if (bytes === undefined) {
        throw notFound(uri);
      }
      return bytes;
    },
    readDirectory: async () => [],
    writeFile: async (uri, content) => {
      if (state.refuse === 'read-only') {
        throw new vscode.FileSystemError('EROFS: read-only file system, open', 'Unknown');
      }
      state.files.set(uri.path, state.refuse === 'full' ? content.slice(0, content.length >> 1) : content.slice());
      if (state.refuse === 'full') {
        throw new vscode.FileSystemError('ENOSPC: no space left on device, write', 'Unknown');
      }
    },
    rename: async () => undefined,
    delete: async (uri) => {
      if (!state.files.delete(uri.path)) {
        throw notFound(uri);
      }
    },
    createDirectory: async () => undefined,
  });
  return state;
}

describe('extension: templates and other files written as they are, on a full or read-only disk', function () {
  this.timeout(60_000);
  const { probe, mounted, at } = useMountedJournal('templates');

  after(() => probe().vscode.stub.providers.delete('plain'));

  it('saves a template of an encrypted journal beside it and renames it over, as an entry is saved', async () => {
    const { provider, disk, root } = await mounted();
    const before = disk.log.length;
    await provider.writeFile(at(root, TEMPLATE), EDITED, { create: false, overwrite: true });
    assert.deepEqual(disk.files.get(TEMPLATE), EDITED);
    const steps = disk.log.slice(before).filter((line) => /^(write|rename|createExclusive)/.test(line));
    const partial = steps[0]?.slice('write '.length) ?? '';
    assert.ok(partial.startsWith(`${TEMPLATE}.`) && writerOf(partial) !== undefined && finalPathOf(partial) === TEMPLATE, `written in the window's own partial (layout.ts): ${partial}`);
    assert.deepEqual(steps, [`write ${partial}`, `rename ${partial} -> ${TEMPLATE}`], 'never written in place');
  });

  it('refuses a template save on a full or read-only disk in the user\'s words, the template whole and no partial left', async () => {
    for (const [code, said] of [
      ['ENOSPC', /^Not saved: the disk is full\. Nothing was lost: what was saved before is unchanged on disk, and your text stays in the editor\. Free some space, then save again\.$/],
      ['EROFS', /^Not saved: the journal's folder cannot be written to \(the disk is read-only, or permission was denied\)\. Nothing was lost/],
    ] as const) {
      const { provider, disk, root } = await mounted();
      const before = files(disk);
      disk.faults = {
        fail: (op, path) => {
          if (op !== 'write' || !path.startsWith('.templates/')) {
            return undefined;
          }
          if (code === 'ENOSPC') {
            disk.files.set(path, EDITED.slice(0, 10)); // What a full disk leaves: the start of the file.
          }
          return systemError(code, `${code === 'ENOSPC' ? 'no space left on device' : 'read-only file system'}, write`);
        },
      };
      await assert.rejects(provider.writeFile(at(root, TEMPLATE), EDITED, { create: false, overwrite: true }), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'NoPermissions', code);
        assert.match(error.message, said, code);
        return true;
      });
      disk.faults = {};
      assert.deepEqual(files(disk), before, `${code}: the disk as it was: the template whole, no .lj-partial`);
      assert.deepEqual(await provider.readFile(at(root, TEMPLATE)), OTHER_FILES[TEMPLATE], `${code}: the template reads as it was`);
    }
  });

  it('writes a file that is not an entry (people.yml) beside and renames it, in the decrypting view too, and keeps it whole on a full disk', async () => {
    const { disk } = await mounted();
    const unlock = await unlockJournal(disk, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    const view = new DecryptingJournalFs(disk, unlock.journal);
    const people = utf8('Zoë Adams: [zoe, zoë]\nAna Lima: [ana]\n');
    const before = files(disk);
    disk.faults = {
      fail: (op, path) => {
        if (op === 'write' && path.startsWith('people.yml')) {
          disk.files.set(path, people.slice(0, 5));
          return systemError('ENOSPC', 'no space left on device, write');
        }
        return undefined;
      },
    };
    await assert.rejects(view.write('people.yml', people), { code: 'ENOSPC' });
    disk.faults = {};
    assert.deepEqual(files(disk), before, 'people.yml as it was, no partial');
    await view.write('people.yml', people);
    assert.deepEqual(disk.files.get('people.yml'), people);
    assert.ok(disk.log.includes(`rename people.yml.${view.writer}.lj-partial -> people.yml`), 'beside, then renamed (in the view\'s own partial)');
  });

  it('creates a template on the mount whole or not at all: a full disk leaves no file, and Customize Template… says why', async () => {
    const { disk, root, mount } = await mounted();
    const before = files(disk);
    disk.faults = { fail: (op, path) => (op === 'createExclusive' && path.startsWith('.templates/') ? systemError('ENOSPC', 'no space left on device, write') : undefined) };
    const error = await probe().createIfAbsent(at(root, '.templates/weekly.md'), BUILT_IN, mount).then(() => undefined, (failure: unknown) => failure);
    disk.faults = {};
    assert.ok(error !== undefined, 'refused');
    assert.deepEqual(files(disk), before, 'nothing written');
    assert.equal(templateFailure(translator('en'), error), 'Could not create the template: the disk is full. Nothing was written, so new entries of this kind still start from the built-in body. Free some space, then run Customize Template again.');
  });

  it('creates a template in a plain journal whole or not at all: what a full disk left is removed, and the next Customize Template… writes it whole', async () => {
    const plain = plainDisk(probe().vscode);
    const uri = probe().vscode.Uri.from({ scheme: 'plain', path: '/journal/.templates/daily.md' }) as never;
    const none = new (probe().JournalMount)();
    plain.refuse = 'full';
    const full = await probe().createIfAbsent(uri, BUILT_IN, none).then(() => undefined, (failure: unknown) => failure);
    assert.ok(full !== undefined, 'refused');
    assert.deepEqual([...plain.files.keys()], [], 'no template cut short left behind, to be taken for the user\'s');
    assert.equal(templateFailure(translator('de'), full), 'Die Vorlage konnte nicht angelegt werden: Die Festplatte ist voll. Es wurde nichts geschrieben, neue Einträge dieser Art beginnen also weiter mit dem eingebauten Text. Geben Sie Speicherplatz frei und führen Sie dann „Vorlage anpassen“ erneut aus.');
    plain.refuse = 'read-only';
    const readOnly = await probe().createIfAbsent(uri, BUILT_IN, none).then(() => undefined, (failure: unknown) => failure);
    assert.equal(templateFailure(translator('en'), readOnly), 'Could not create the template: the journal\'s folder cannot be written to (the disk is read-only, or permission was denied). Nothing was written, so new entries of this kind still start from the built-in body.');
    assert.equal(templateFailure(translator('en'), new Error('something else')), 'Could not create the template: something else');
    plain.refuse = undefined;
    assert.equal(await probe().createIfAbsent(uri, BUILT_IN, none), 'created');
    assert.equal(Buffer.from(plain.files.get('/journal/.templates/daily.md') ?? []).toString('utf8'), BUILT_IN, 'whole');
  });

  it('creates a file through VS Code\'s file API (the web, remote folders) whole or not at all', async () => {
    const plain = plainDisk(probe().vscode);
    const fs = probe().workspaceJournalFs(probe().vscode.Uri.from({ scheme: 'plain', path: '/journal' }) as never);
    plain.refuse = 'full';
    await assert.rejects(fs.createExclusive('.templates/daily.md', utf8(BUILT_IN)), /ENOSPC/);
    assert.deepEqual([...plain.files.keys()], [], 'what the failed write left is removed');
    plain.refuse = undefined;
    assert.equal(await fs.createExclusive('.templates/daily.md', utf8(BUILT_IN)), true);
    assert.equal(await fs.createExclusive('.templates/daily.md', utf8('other')), false, 'and never over a file that is there');
  });
});
