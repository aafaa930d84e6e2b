import * as assert from 'node:assert/strict';
import { isPrivateRecord, privatePaths, withoutPrivate } from '../../../src/core/entries/privateRecords';

describe('private records: what may be named, what is only counted', () => {
  const records = [
    { path: 'a.md' },
    { path: 'b.md', private: true as const },
    { path: 'c.md' },
    { path: 'd.md', private: true as const },
  ];

  it('knows a private record by its index mark only', () => {
    assert.deepEqual(records.map(isPrivateRecord), [false, true, false, true]);
  });

  it('holds the private ones back, in order, and counts them', () => {
    const split = withoutPrivate(records);
    assert.deepEqual(split.shown.map((record) => record.path), ['a.md', 'c.md']);
    assert.equal(split.hidden, 2);
  });

  it('keeps everything, and counts nothing, when not asked to hide', () => {
    const split = withoutPrivate(records, false);
    assert.deepEqual(split.shown.map((record) => record.path), ['a.md', 'b.md', 'c.md', 'd.md']);
    assert.equal(split.hidden, 0);
    assert.notEqual(split.shown, records, 'a copy: the caller may sort it');
  });

  it('gives the private paths, for what other readers found in those files', () => {
    assert.deepEqual([...privatePaths(records)], ['b.md', 'd.md']);
    assert.equal(privatePaths([]).size, 0);
  });
});
