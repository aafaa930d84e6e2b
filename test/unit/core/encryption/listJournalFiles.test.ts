import * as assert from 'node:assert/strict';
import { isSkippedName, listJournalFiles, type FolderChild } from '../../../../src/core/encryption/listJournalFiles';

const dir = (name: string): FolderChild => ({ name, folder: true, file: false, link: false });
const file = (name: string, link = false): FolderChild => ({ name, folder: false, file: true, link });
const other = (name: string): FolderChild => ({ name, folder: false, file: false, link: true });

describe('encryption: the journal walk behind JournalFs.list()', () => {
  it('lists every file below the folder with journal-relative paths, passing over dot-names and node_modules', async () => {
    const tree: Record<string, FolderChild[]> = {
      '': [dir('2026'), file('people.yml'), dir('.leadership-journal'), file('.DS_Store'), dir('node_modules'), file('note.md', true), other('broken')],
      '2026': [dir('11'), file('.hidden.md')],
      '2026/11': [file('2026-11-23.md.age'), file('2026-11-24.md')],
    };
    const read: string[] = [];
    const files = await listJournalFiles(async (folder) => {
      read.push(folder);
      return tree[folder] ?? assert.fail(`read ${folder}`);
    });
    assert.deepEqual([...files].sort((a, b) => a.path.localeCompare(b.path)), [
      { path: '2026/11/2026-11-23.md.age', link: false },
      { path: '2026/11/2026-11-24.md', link: false },
      { path: 'note.md', link: true },
      { path: 'people.yml', link: false },
    ]);
    assert.deepEqual(read.sort(), ['', '2026', '2026/11']);
    assert.ok(isSkippedName('.git') && isSkippedName('node_modules') && !isSkippedName('2026'));
  });

  it("rejects with the driver's error when a folder cannot be read", async () => {
    await assert.rejects(listJournalFiles(async (folder) => {
      if (folder === 'locked') {
        throw Object.assign(new Error('locked: permission denied'), { code: 'EACCES' });
      }
      return [dir('locked')];
    }), { code: 'EACCES' });
  });
});
