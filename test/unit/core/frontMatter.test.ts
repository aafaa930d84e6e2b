import * as assert from 'node:assert/strict';
import { splitEntry } from '../../../src/core/entries/entrySplit';
import { createFrontMatter, readFrontMatter, updateFrontMatter } from '../../../src/core/entries/frontMatter';

const ENTRY = '---\ndate: 2026-11-23\n# my note about this day\nmood: tired   # keep\nkind: daily\n---\n\n# Monday\n\nBody  with  spacing\t\n';

describe('front matter', () => {
  it('splits the block from the body without touching the body', () => {
    const split = splitEntry(ENTRY);
    assert.equal(split.yaml, 'date: 2026-11-23\n# my note about this day\nmood: tired   # keep\nkind: daily\n');
    assert.equal(split.body, '\n# Monday\n\nBody  with  spacing\t\n');
  });

  it('treats a file with no fences, or an unclosed fence, as all body', () => {
    assert.equal(splitEntry('# Just text\n').yaml, undefined);
    assert.equal(splitEntry('---\ndate: x\nno closing fence\n').yaml, undefined);
    assert.deepEqual(readFrontMatter('plain'), { ok: true, data: {}, present: false });
  });

  it('reads keys as data', () => {
    const read = readFrontMatter(ENTRY);
    assert.ok(read.ok);
    assert.equal(read.data.kind, 'daily');
    assert.equal(read.data.mood, 'tired');
  });

  it('reports malformed YAML with a reason instead of throwing', () => {
    const read = readFrontMatter('---\ndate: [unclosed\n---\nbody\n');
    assert.equal(read.ok, false);
    assert.ok(!read.ok && /invalid YAML/.test(read.reason));
    assert.equal(updateFrontMatter('---\n: : :\n  - x\n---\nbody\n', { tags: ['why'] }).ok, false);
  });

  it('updates product keys and keeps user keys, comments and the body byte for byte', () => {
    const updated = updateFrontMatter(ENTRY, { tags: ['why'], why: 0.72 });
    assert.ok(updated.ok);
    assert.equal(updated.text, '---\ndate: 2026-11-23\n# my note about this day\nmood: tired   # keep\nkind: daily\ntags: [why]\nwhy: 0.72\n---\n\n# Monday\n\nBody  with  spacing\t\n');
    assert.ok(updated.text.endsWith(splitEntry(ENTRY).body));
  });

  it('replaces and deletes only the product keys, in place', () => {
    const text = '---\nwhy: 0.5 # old score\ntags:\n- how\n- x\nmine:   {a: 1}\ntraps: [taskmaster-manager]\nend: yes\n---\nbody\n';
    const updated = updateFrontMatter(text, { why: 0.8, tags: ['why'], traps: undefined });
    assert.ok(updated.ok);
    assert.equal(updated.text, '---\nwhy: 0.8 # old score\ntags: [why]\nmine:   {a: 1}\nend: yes\n---\nbody\n');
  });

  it('keeps CRLF line endings and a BOM', () => {
    const crlf = '\uFEFF---\r\ndate: 2026-11-23\r\n---\r\nBody\r\nline two\r\n';
    const updated = updateFrontMatter(crlf, { kind: 'daily' });
    assert.ok(updated.ok);
    assert.equal(updated.text, '\uFEFF---\r\ndate: 2026-11-23\r\nkind: daily\r\n---\r\nBody\r\nline two\r\n');
  });

  it('adds a block on top of an entry that has none, keeping the whole old text after it', () => {
    const updated = updateFrontMatter('My own notes\n', { kind: 'daily' });
    assert.ok(updated.ok);
    assert.equal(updated.text, '---\nkind: daily\n---\nMy own notes\n');
  });

  it('reports no change when the values are already there', () => {
    const updated = updateFrontMatter('---\nkind: daily\n---\nx\n', { kind: 'daily' });
    assert.ok(updated.ok && !updated.changed);
  });

  it('creates a block with safe quoting for any name', () => {
    const block = createFrontMatter({ date: '2026-11-23', kind: 'one-on-one', people: ['Ana: the lead', "O'Neil"] });
    const read = readFrontMatter(`${block}body`);
    assert.ok(read.ok);
    assert.deepEqual(read.data.people, ['Ana: the lead', "O'Neil"]);
    assert.equal(read.data.date, '2026-11-23');
  });
});
