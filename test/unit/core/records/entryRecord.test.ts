import * as assert from 'node:assert/strict';
import { isIndexedEntry, type IndexedEntry } from '../../../../src/core/records/entryRecord';

const VALID: IndexedEntry = {
  path: '2026/11/2026-11-23-1on1-ana.md',
  date: '2026-11-23',
  kind: 'one-on-one',
  people: ['Ana', 'Bo'],
  label: 'why',
  why: 0.72,
  how: 0.28,
  functions: ['direction', 'motivation'],
  style: 'coaching',
  traps: ['nice-leader-no-follow-through'],
  words: 230,
  title: '1:1 with Ana, 2026-11-23',
};

function withField(key: string, value: unknown): unknown {
  return { ...VALID, [key]: value };
}

describe('trends: isIndexedEntry', () => {
  it('accepts a valid record, also after a JSON round trip and with a null prototype', () => {
    assert.equal(isIndexedEntry(VALID), true);
    assert.equal(isIndexedEntry(JSON.parse(JSON.stringify(VALID))), true);
    assert.equal(isIndexedEntry(Object.assign(Object.create(null) as object, VALID)), true);
    assert.equal(isIndexedEntry({ ...VALID, label: null, why: 0, how: 0, style: null, functions: [], traps: [], people: [] }), true);
    assert.equal(isIndexedEntry({ ...VALID, label: 'balanced', kind: 'my-own-kind', words: 0, title: '' }), true);
  });

  it('accepts private only as true, and only as the one optional key', () => {
    assert.equal(isIndexedEntry({ ...VALID, private: true }), true);
    assert.equal(isIndexedEntry(JSON.parse(JSON.stringify({ ...VALID, private: true }))), true);
    for (const value of [false, 'true', 1, null, undefined]) {
      assert.equal(isIndexedEntry(withField('private', value)), false, String(value));
    }
    const noTitle: Record<string, unknown> = { ...VALID };
    delete noTitle['title'];
    assert.equal(isIndexedEntry({ ...noTitle, private: true }), false, 'private does not stand in for a missing key');
  });

  it('refuses anything that is not a plain object', () => {
    for (const value of [null, undefined, 'entry', 42, [VALID], new (class Entry {})(), new Map()]) {
      assert.equal(isIndexedEntry(value), false, String(value));
    }
    class Record {}
    assert.equal(isIndexedEntry(Object.assign(new Record(), VALID)), false);
  });

  it('refuses a missing key and an extra key', () => {
    for (const key of Object.keys(VALID)) {
      const missing: Record<string, unknown> = { ...VALID };
      delete missing[key];
      assert.equal(isIndexedEntry(missing), false, `without ${key}`);
    }
    assert.equal(isIndexedEntry({ ...VALID, mood: 'calm' }), false);
    assert.equal(isIndexedEntry({ ...VALID, [Symbol('x')]: 1 }), false);
  });

  it('refuses fields of the wrong type or out of range', () => {
    const bad: readonly [string, unknown][] = [
      ['path', ''], ['path', '/abs/2026-11-23.md'], ['path', '../2026-11-23.md'], ['path', '2026/./x.md'],
      ['path', '2026//x.md'], ['path', '2026\\x.md'], ['path', 'x.md/'], ['path', 'a\nb.md'], ['path', 7],
      ['date', '2026-02-30'], ['date', '2026-1-5'], ['date', ' 2026-11-23'], ['date', '2026-11-23T00:00'],
      ['date', 20261123], ['date', null],
      ['kind', 3], ['kind', null],
      ['people', 'Ana'], ['people', [1]], ['people', ['']], ['people', ['Ana', 'Ana']], ['people', null],
      ['label', 'neutral'], ['label', 'WHY'], ['label', undefined], ['label', 1],
      ['why', Number.NaN], ['why', Number.POSITIVE_INFINITY], ['why', -0.01], ['why', 1.01], ['why', '0.5'],
      ['how', Number.NaN], ['how', null],
      ['functions', ['direction', 'vision']], ['functions', ['direction', 'direction']], ['functions', 'direction'],
      ['style', 'S2'], ['style', ''], ['style', undefined],
      ['traps', ['micromanaging-leader', 'lone-wolf']], ['traps', ['taskmaster-manager', 'taskmaster-manager']],
      ['traps', [null]], ['traps', {}],
      ['words', 1.5], ['words', -1], ['words', Number.NaN], ['words', Number.MAX_SAFE_INTEGER + 1], ['words', '12'],
      ['title', null], ['title', 5],
    ];
    for (const [key, value] of bad) {
      assert.equal(isIndexedEntry(withField(key, value)), false, `${key}: ${String(value)}`);
    }
  });
});
