import * as assert from 'node:assert/strict';
import { dailyEntryPath, isContainedRelativePath } from '../../../src/core/journal/entryPath';

describe('entryPath', () => {
  it('files a daily entry as YYYY/MM/YYYY-MM-DD.md', () => {
    assert.equal(dailyEntryPath({ year: 2026, month: 11, day: 23 }), '2026/11/2026-11-23.md');
    assert.equal(dailyEntryPath({ year: 987, month: 1, day: 2 }), '0987/01/0987-01-02.md');
  });

  it('accepts only paths that stay inside the folder', () => {
    for (const ok of ['2026/11/2026-11-23.md', 'journal', 'a/b.c/d.md']) {
      assert.equal(isContainedRelativePath(ok), true, ok);
    }
    for (const bad of ['', '../x.md', 'a/../../x.md', '/etc/passwd', 'C:/x.md', 'a\\..\\x', 'a//b', './a', 'a/.']) {
      assert.equal(isContainedRelativePath(bad), false, bad);
    }
  });
});
