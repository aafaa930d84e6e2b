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

describe('front matter: the product changes only its own pairs (issue #18)', () => {
  const TAGS = { tags: ['why'], style: 'coaching' } as const;
  const write = (yaml: string, patch: Parameters<typeof updateFrontMatter>[1] = TAGS): string => {
    const updated = updateFrontMatter(`---\n${yaml}---\nbody\n`, patch);
    assert.ok(updated.ok, updated.ok ? '' : updated.reason);
    const again = updateFrontMatter(updated.text, patch);
    assert.ok(again.ok && !again.changed, `a second write changed it: ${again.ok ? JSON.stringify(again.text) : again.reason}`);
    return splitEntry(updated.text).yaml ?? '';
  };

  it('writes a value before the comment of an empty owned key, and keeps it there', () => {
    assert.equal(write('date: 2026-11-23\nstyle: # nothing yet\n'), 'date: 2026-11-23\nstyle: coaching # nothing yet\ntags: [why]\n');
    const read = readFrontMatter(`---\n${write('style: # nothing yet\n')}---\n`);
    assert.ok(read.ok && read.data.style === 'coaching');
  });

  it('keeps the comment line after an owned key it removes', () => {
    assert.equal(write('date: 2026-11-23\nstyle:\n# my note\nmine: x\n', { style: undefined }), 'date: 2026-11-23\n# my note\nmine: x\n');
    assert.equal(write('style: coaching # why I think so\nmine: x\n', { style: undefined }), '# why I think so\nmine: x\n');
  });

  it('keeps the comments inside an owned block list it rewrites', () => {
    assert.equal(
      write('tags:   # the label\n  - how  # first guess\n  # more\n  - why\nmine: x\n', { tags: ['why'] }),
      'tags: [why]   # the label\n  # first guess\n  # more\nmine: x\n',
    );
  });

  it('edits a flow-map front matter inside its braces, keeping the user\'s keys', () => {
    assert.equal(write('{date: 2026-11-23, style: coaching, mine: keep}\n', { style: undefined }), '{date: 2026-11-23, mine: keep}\n');
    assert.equal(write('{date: 2026-11-23, mine: keep}\n'), '{date: 2026-11-23, mine: keep, tags: [why], style: coaching}\n');
    assert.equal(write('{style: directing, mine: keep}  # mine\n'), '{style: coaching, mine: keep, tags: [why]}  # mine\n');
  });

  it('adds pairs to indented front matter at its indentation, and removes only the owned line', () => {
    assert.equal(write('  date: 2026-11-23\n  mine: keep\n'), '  date: 2026-11-23\n  mine: keep\n  tags: [why]\n  style: coaching\n');
    assert.equal(write('  date: 2026-11-23\n  style: coaching\n  mine: keep\n', { style: undefined }), '  date: 2026-11-23\n  mine: keep\n');
  });

  it('refuses to rewrite an owned value whose anchor a user key reads, and changes nothing', () => {
    const text = '---\ntags: &t [how]\nmine: *t\n---\nbody\n';
    const updated = updateFrontMatter(text, { tags: ['why'] });
    assert.ok(!updated.ok);
    assert.match(updated.reason, /anchor &t, which \*t elsewhere in the front matter reads/);
    assert.ok(updateFrontMatter('---\ntags: &t [why]\nmine: *t\n---\n', { tags: ['why'] }).ok, 'an equal value is not rewritten, so nothing breaks');
  });

  it('settles explicit and duplicate keys in one write', () => {
    assert.equal(write('? tags\n: [how]\nmine: x\n', { tags: ['why'] }), 'tags: [why]\nmine: x\n');
    assert.equal(write('style: a\nmine: 1\nstyle: b\n', { style: 'coaching' }), 'style: coaching\nmine: 1\n');
  });

  it('reads and writes front matter with CR-only line ends', () => {
    const text = '---\rdate: 2026-11-23\rstyle: old # c\r---\rbody\r';
    assert.deepEqual(readFrontMatter(text), { ok: true, data: { date: '2026-11-23', style: 'old' }, present: true });
    const updated = updateFrontMatter(text, TAGS);
    assert.ok(updated.ok);
    assert.equal(updated.text, '---\rdate: 2026-11-23\rstyle: coaching # c\rtags: [why]\r---\rbody\r');
  });

  it('refuses front matter that is not a map, too large or too deep, and never partly rewrites', () => {
    for (const yaml of ['- a\n- b\n', `note: ${'x'.repeat(20_000)}\n`, `${'['.repeat(40)}\n`]) {
      const updated = updateFrontMatter(`---\n${yaml}---\n`, TAGS);
      assert.ok(!updated.ok, JSON.stringify(yaml.slice(0, 20)));
    }
  });
});
