// SharedStrings: records that repeat a value share one copy of it, and each record stays equal to
// the one it was made from (same keys in the same order, same values), its path the catalogue's key.
import * as assert from 'node:assert/strict';
import type { IndexedEntry } from '../../../../src/core/records/entryRecord';
import { isIndexedEntry } from '../../../../src/core/records/entryRecord';
import { SharedStrings } from '../../../../src/core/records/sharedStrings';

const copy = <T>(value: T): T => structuredClone(value);

const entry: IndexedEntry = {
  path: '2026/03/2026-03-04.md', date: '2026-03-04', kind: 'daily', people: ['Ana', 'Tom'], label: 'balanced',
  why: 0.5, how: 0.5, functions: ['direction', 'planning'], style: 'coaching', traps: ['visionless-manager'], words: 120, title: 'Wednesday',
};

describe('SharedStrings', () => {
  it('returns a record equal to the one given, keys in the same order', () => {
    const shared = new SharedStrings();
    const made = shared.entry(copy(entry), entry.path);
    assert.deepEqual(made, entry);
    assert.deepEqual(Object.keys(made), Object.keys(entry));
    assert.equal(JSON.stringify(made), JSON.stringify(entry));
    assert.ok(isIndexedEntry(made));
    const hidden = shared.entry(copy({ ...entry, private: true as const }), entry.path);
    assert.equal(JSON.stringify(hidden), JSON.stringify({ ...entry, private: true }));
  });

  it('shares the lists of two records with equal values, and keeps different ones apart', () => {
    const shared = new SharedStrings();
    const a = shared.entry(copy(entry), entry.path);
    const b = shared.entry(copy({ ...entry, path: 'b.md' }), 'b.md');
    assert.equal(a.functions, b.functions);
    assert.equal(a.people, b.people);
    assert.equal(a.traps, b.traps);
    const c = shared.entry(copy({ ...entry, path: 'c.md', people: ['Ana'], functions: ['direction'], traps: [] }), 'c.md');
    assert.deepEqual(c.people, ['Ana']);
    assert.deepEqual(c.functions, ['direction']);
    assert.deepEqual(c.traps, []);
    // A one-value list and a longer one whose JSON is that value are different lists.
    const d = shared.entry(copy({ ...entry, path: 'd.md', people: ['["Ana","Tom"]'] }), 'd.md');
    assert.deepEqual(d.people, ['["Ana","Tom"]']);
    assert.deepEqual(a.people, ['Ana', 'Tom']);
  });

  it('takes the path it is given when it equals the record\'s, and keeps the record\'s otherwise', () => {
    const shared = new SharedStrings();
    assert.equal(shared.entry(copy(entry), 'other.md').path, entry.path);
  });
});
