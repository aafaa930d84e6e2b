import * as assert from 'node:assert/strict';
import { explainMarkdown } from '../../../../src/core/tagger/explain';
import { readFrontMatter } from '../../../../src/core/entries/frontMatter';
import { handEdited, unpinTags, writeTags, type TagWrite } from '../../../../src/core/tagger/frontMatterTags';
import { tagFingerprint } from '../../../../src/core/tagger/tagFingerprint';
import type { TagResult } from '../../../../src/core/tagger/types';

const RESULT: TagResult = {
  label: 'why', language: 'en', why: 0.72, how: 0.28, functions: ['direction', 'motivation'], style: 'coaching',
  traps: [{ id: 'nice-leader-no-follow-through', evidence: ['I promised a new <b>career</b> path, again.'] }],
  sentences: [
    { text: 'I told Ana why the launch matters.', label: 'why', cues: ['"why" +why'], line: 6 },
    { text: 'Moved the deadline.', label: 'how', cues: ['"deadline" +how'], line: 7 },
    { text: 'Lunch was good.', label: 'unclear', cues: [], line: 8 },
  ],
};

describe('writing tags into front matter', () => {
  it("writes the product's keys and keeps the user's keys, comments and body byte for byte", () => {
    const text = '---\ndate: 2026-11-23\nkind: daily\nmood:   calm  # mine\n---\n\n# Monday\n\nMy  words\t\n';
    const written = writeTags(text, RESULT);
    assert.equal(written.status, 'updated');
    assert.ok('text' in written);
    const hash = /^tags-hash: (t[0-9a-f]{6})$/m.exec(written.text)?.[1];
    assert.ok(hash, 'a fingerprint of what was written');
    assert.equal(written.text, `---\ndate: 2026-11-23\nkind: daily\nmood:   calm  # mine\ntags: [why]\nwhy: 0.72\nhow: 0.28\nfunctions: [direction, motivation]\nstyle: coaching\ntraps: [nice-leader-no-follow-through]\ntags-hash: ${hash}\n---\n\n# Monday\n\nMy  words\t\n`);
    const again = writeTags(written.text, RESULT);
    assert.equal(again.status, 'unchanged');
  });

  it('removes a style that no longer shows, and empties traps', () => {
    const text = '---\nkind: daily\nstyle: coaching\ntraps: [taskmaster-manager]\n---\nx\n';
    const written = writeTags(text, { ...RESULT, style: null, traps: [] });
    assert.ok('text' in written);
    assert.doesNotMatch(written.text, /style:/);
    assert.match(written.text, /^traps: \[\]$/m);
  });

  it('leaves pinned entries, entries without front matter and malformed front matter alone, saying why', () => {
    const pinned = writeTags('---\ntags: [how]\ntags-pinned: true\n---\nx\n', RESULT);
    assert.equal(pinned.status, 'skipped');
    assert.ok('reason' in pinned && /pinned/.test(pinned.reason));
    const bare = writeTags('Just my notes.\n', RESULT);
    assert.ok('reason' in bare && /no front matter/.test(bare.reason));
    const broken = writeTags('---\ndate: [oops\n---\nx\n', RESULT);
    assert.ok('reason' in broken && /invalid YAML/.test(broken.reason));
  });
});

function textOf(write: TagWrite): string {
  assert.ok('text' in write, `expected a text, got ${JSON.stringify(write)}`);
  return write.text;
}

const HOW: TagResult = { ...RESULT, label: 'how', why: 0.2, how: 0.8, functions: ['planning'], style: null, traps: [] };

describe('a label the user edits by hand stays (issue #12, item 6)', () => {
  const ENTRY = '---\ndate: 2026-11-23\nmood: calm # mine\n---\n\nBody.\n';
  const tagged = textOf(writeTags(ENTRY, RESULT));

  it("keeps the user's label and pins the entry, changing nothing else, and keeps it on every later save", () => {
    const edited = tagged.replace('tags: [why]', 'tags: [how]');
    const write = writeTags(edited, RESULT);
    assert.equal(write.status, 'pinned');
    const pinned = textOf(write);
    assert.match(pinned, /^tags: \[how\]$/m);
    assert.match(pinned, /^tags-pinned: true$/m);
    const without = pinned.replace('tags-pinned: true\n', '').replace(/^tags-hash: .*\n/m, '');
    assert.equal(without, edited.replace(/^tags-hash: .*\n/m, ''), 'only the pin and the fingerprint change');
    assert.equal(writeTags(pinned, RESULT).status, 'skipped', 'a later save leaves it alone');
    assert.equal(writeTags(pinned, HOW).status, 'skipped');
  });

  it('sees an edit that agrees with itself: only the functions, or a label with its shares', () => {
    assert.equal(writeTags(tagged.replace('functions: [direction, motivation]', 'functions: [direction]'), RESULT).status, 'pinned');
    assert.equal(writeTags(tagged.replace('tags: [why]', 'tags: [how]').replace('why: 0.72', 'why: 0.2').replace('how: 0.28', 'how: 0.8'), RESULT).status, 'pinned');
    assert.equal(writeTags(tagged.replace(/^style: coaching\n/m, ''), RESULT).status, 'pinned', 'a key removed is an edit too');
  });

  it("does not take the tagger's own change of mind, or a change outside its keys, for the user's", () => {
    assert.match(textOf(writeTags(tagged, HOW)), /^tags: \[how\]$/m);
    assert.equal(writeTags(tagged, HOW).status, 'updated');
    const moodEdited = tagged.replace('mood: calm # mine', 'mood: tired # mine');
    assert.equal(writeTags(moodEdited, RESULT).status, 'unchanged');
    assert.equal(writeTags(tagged.replace('why: 0.72', 'why: 0.720'), RESULT).status, 'unchanged', 'the same value written another way');
  });

  it('tags an entry whose tags are empty or absent (a template may leave `tags:`)', () => {
    for (const empty of ['tags:', 'tags: []', "tags: ''"]) {
      const write = writeTags(`---\ndate: 2026-11-23\n${empty}\n---\nx\n`, RESULT);
      assert.equal(write.status, 'updated', empty);
      assert.match(textOf(write), /^tags: \[why\]$/m);
    }
  });

  it("keeps the user's own free-form tags instead of overwriting them", () => {
    const mine = '---\ndate: 2026-11-23\ntags: [journal, work]\n---\nx\n';
    const write = writeTags(mine, RESULT);
    assert.equal(write.status, 'pinned');
    assert.match(textOf(write), /^tags: \[journal, work\]$/m);
  });

  it('reads entries written before fingerprints: the tagger\'s own are retagged, self-contradicting ones kept', () => {
    const legacy = (keys: string): string => `---\ndate: 2026-11-23\n${keys}\n---\nx\n`;
    for (const ours of [
      'tags: [why]\nwhy: 0.72\nhow: 0.28\nfunctions: [direction]\ntraps: []',
      'tags: [balanced]\nwhy: 0.6\nhow: 0.4\nfunctions: []\ntraps: []', // the earlier 0.65 / 0.35 rule
      'tags: [how]\nwhy: 0.45\nhow: 0.55\nfunctions: []\ntraps: [taskmaster-manager]', // a managing trap decided
      'tags: [balanced]\nwhy: 0\nhow: 0\nfunctions: []\ntraps: []', // no evidence, before unclear
      'tags: [unclear]\nwhy: 0\nhow: 0\nfunctions: []\ntraps: []',
      'tags: [why]\nwhy: 0.65\nhow: 0.35\nfunctions: []\ntraps: []', // this build's rule
    ]) {
      assert.equal(writeTags(legacy(ours), HOW).status, 'updated', ours);
    }
    for (const yours of [
      'tags: [how]\nwhy: 0.5\nhow: 0.5\nfunctions: []\ntraps: []',
      'tags: [why]\nwhy: 0.1\nhow: 0.9',
      'tags: [how]',
      'tags: [why]\nwhy: 0.72\nhow: 0.28\nstyle: mentoring',
    ]) {
      assert.equal(writeTags(legacy(yours), HOW).status, 'pinned', yours);
    }
  });

  it('unpins in one edit: the tagger labels the entry again, and the next save changes nothing', () => {
    const pinned = textOf(writeTags(tagged.replace('tags: [why]', 'tags: [how]'), RESULT));
    const unpinned = textOf(unpinTags(pinned, RESULT));
    assert.doesNotMatch(unpinned, /tags-pinned/);
    assert.match(unpinned, /^tags: \[why\]$/m);
    assert.equal(writeTags(unpinned, RESULT).status, 'unchanged');
  });

  it('takes a pin deleted by hand as handing the label back', () => {
    const pinned = textOf(writeTags(tagged.replace('tags: [why]', 'tags: [how]'), RESULT));
    const write = writeTags(pinned.replace('tags-pinned: true\n', ''), RESULT);
    assert.equal(write.status, 'updated');
    assert.match(textOf(write), /^tags: \[why\]$/m);
  });

  it('fingerprints the values, not their spelling, and only the tagger\'s keys', () => {
    const read = (yaml: string): Record<string, unknown> => {
      const result = readFrontMatter(`---\n${yaml}\n---\n`);
      assert.ok(result.ok && result.present);
      return result.data;
    };
    const a = tagFingerprint(read('tags: [why]\nwhy: 0.7\nmood: calm'));
    assert.equal(tagFingerprint(read("tags:\n  - 'why'\nwhy: 0.70\nmood: other")), a);
    assert.notEqual(tagFingerprint(read('tags: [how]\nwhy: 0.7')), a);
    assert.match(a, /^t[0-9a-f]{6}$/);
    assert.equal(handEdited(read(`tags: [why]\nwhy: 0.7\ntags-hash: ${a}`)), undefined);
    assert.match(handEdited(read(`tags: [how]\nwhy: 0.7\ntags-hash: ${a}`)) ?? '', /differ from what the tagger last wrote/);
  });
});

describe('explaining tags', () => {
  const text = explainMarkdown(RESULT);

  it('names the label, the shares and the sentences with their cues and lines, in the vocabulary\'s names', () => {
    // The hover's own words in English (core/tagger/explainWords.ts), not a second English copy.
    assert.match(text, /^\*\*Why\*\* — mostly leading \(why\): why 72 %, how 28 % over 2 of 3 sentences\./);
    assert.match(text, /I told Ana why the launch matters\\\. \*\(Line 7 — “why” counts for why\)\*/);
    assert.match(text, /\*\*Kotter functions: Direction, Motivation\*\*/);
    assert.match(text, /\*\*Situational style you used: Coaching\*\*/);
    assert.match(text, /\*\*Why \(leading\)\*\* — 1 sentence:/);
    assert.match(text, /Nice leader, no follow-through/);
  });

  it('shows text from entries literally, never as HTML', () => {
    assert.ok(text.includes('\\<b\\>career\\</b\\>'));
    assert.ok(!text.includes('<b>'));
  });
});
