import * as assert from 'node:assert/strict';
import { formatIsoDate } from '../../../../src/core/calendar/localDate';
import { createTagger } from '../../../../src/core/tagger/tagger';
import { indexRecord } from '../../../../src/core/records/readRecord';
import { rangeStart } from '../../../../src/core/trends/viewRange';

const tagger = createTagger();
const tag = (text: string) => tagger.tag(text);

describe('indexRecord', () => {
  it('reads date, kind, people and title from the entry and tags its text', () => {
    const text = '---\ndate: 2026-11-23\nkind: one-on-one\npeople: [Ana, Ana, " Bo "]\n---\n\n# 1:1 with Ana\n\nI explained to Ana why the migration matters to our customers.\n';
    const record = indexRecord('2026/11/2026-11-23-1on1-ana.md', text, tag);
    assert.ok(record.ok);
    assert.equal(record.entry.date, '2026-11-23');
    assert.equal(record.entry.kind, 'one-on-one');
    assert.deepEqual(record.entry.people, ['Ana', 'Bo']);
    assert.equal(record.entry.title, '1:1 with Ana');
    assert.equal(record.entry.label, 'why');
    assert.ok(record.entry.words >= 10);
  });

  it('falls back to the date in the file name, and skips files with no date at all', () => {
    const named = indexRecord('2026/11/2026-11-20.md', 'Moved the deadline and reassigned two tickets.\n', tag);
    assert.ok(named.ok && named.entry.date === '2026-11-20' && named.entry.kind === 'note');
    const none = indexRecord('notes/ideas.md', 'Just notes.\n', tag);
    assert.ok(!none.ok && /no date/.test(none.reason));
  });

  it('skips malformed front matter with the reason, and keeps a pinned label', () => {
    const broken = indexRecord('2026-11-19.md', '---\ndate: [x\n---\nbody\n', tag);
    assert.ok(!broken.ok && /invalid YAML/.test(broken.reason));
    const pinned = indexRecord('2026-11-18.md', '---\ndate: 2026-11-18\ntags: [how]\nwhy: 0.1\nhow: 0.9\ntags-pinned: true\n---\nI explained why it matters.\n', tag);
    assert.ok(pinned.ok && pinned.entry.label === 'how' && pinned.entry.how === 0.9);
  });

  it('labels an entry unclear when nothing the user wrote is about either side', () => {
    const record = indexRecord('2026-11-17.md', '---\ndate: 2026-11-17\n---\n\nLunch was nice.\n', tag);
    assert.ok(record.ok && record.entry.label === 'unclear' && record.entry.why === 0 && record.entry.how === 0);
  });

  it('marks a private entry (front matter or #private tag) and no other, and labels it as any entry', () => {
    const body = '\nI explained to Ana why the migration matters to our customers.\n';
    for (const text of ['---\ndate: 2026-11-16\nprivate: true\n---\n' + body, '---\ndate: 2026-11-16\nprivate: "yes"\n---\n' + body, `---\ndate: 2026-11-16\n---\n${body}#private\n`]) {
      const record = indexRecord('2026-11-16.md', text, tag);
      assert.ok(record.ok && record.entry.private === true && record.entry.label === 'why', text);
    }
    for (const text of ['---\ndate: 2026-11-16\nprivate: false\n---\n' + body, `---\ndate: 2026-11-16\n---\n${body}\`#private\` marks one.\n`]) {
      const record = indexRecord('2026-11-16.md', text, tag);
      assert.ok(record.ok && !('private' in record.entry), text);
    }
  });
});

describe('rangeStart', () => {
  const today = { year: 2026, month: 11, day: 23 };
  it('counts back whole buckets, ending with the current one', () => {
    assert.equal(formatIsoDate(rangeStart(today, 'day', 14, 1)), '2026-11-10');
    assert.equal(formatIsoDate(rangeStart(today, 'week', 13, 1)), '2026-08-31');
    assert.equal(formatIsoDate(rangeStart(today, 'month', 12, 1)), '2025-12-01');
    assert.equal(formatIsoDate(rangeStart(today, 'week', 1, 0)), '2026-11-22');
  });
});
