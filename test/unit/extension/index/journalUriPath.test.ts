// Which journal path a watcher's URI is: inside the journal, the journal itself (or a folder holding
// it: the whole journal appeared or went), or somewhere else the index ignores.
import * as assert from 'node:assert/strict';
import { journalPathOf } from '../../../../src/extension/index/journalUriPath';

const folder = { scheme: 'file', authority: '', path: '/home/ana/work/journal' };
const at = (path: string, scheme = 'file', authority = '') => ({ scheme, authority, path });

describe('the journal path of a watched URI', () => {
  it('is the path under the journal folder, /-separated', () => {
    assert.equal(journalPathOf(folder, at('/home/ana/work/journal/2026/11/2026-11-20.md')), '2026/11/2026-11-20.md');
    assert.equal(journalPathOf(folder, at('/home/ana/work/journal/2026/')), '2026');
  });

  it('is the whole journal for the folder itself or a folder that holds it', () => {
    assert.equal(journalPathOf(folder, at('/home/ana/work/journal')), '');
    assert.equal(journalPathOf({ ...folder, path: '/home/ana/work/journal/' }, at('/home/ana/work/journal')), '');
    assert.equal(journalPathOf(folder, at('/home/ana/work')), '');
  });

  it('is nothing for a sibling with the same prefix, another scheme or another host', () => {
    assert.equal(journalPathOf(folder, at('/home/ana/work/journal-old/a.md')), undefined);
    assert.equal(journalPathOf(folder, at('/home/ana/work/notes.md')), undefined);
    assert.equal(journalPathOf(folder, at('/home/ana/work/journal/a.md', 'vscode-remote', 'ssh-remote+box')), undefined);
    assert.equal(journalPathOf(folder, at('/home/ana/work/journal/a.md', 'file', 'server')), undefined);
  });
});
