import * as assert from 'node:assert/strict';
import { explainMarkdown } from '../../../../src/core/tagger/explain';
import { writeTags } from '../../../../src/core/tagger/frontMatterTags';
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
    assert.equal(written.text, '---\ndate: 2026-11-23\nkind: daily\nmood:   calm  # mine\ntags: [why]\nwhy: 0.72\nhow: 0.28\nfunctions: [direction, motivation]\nstyle: coaching\ntraps: [nice-leader-no-follow-through]\n---\n\n# Monday\n\nMy  words\t\n');
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

describe('explaining tags', () => {
  const text = explainMarkdown(RESULT);

  it('names the label, the shares and the sentences with their cues and lines', () => {
    assert.match(text, /^\*\*why\*\* — mostly leading \(why\): why 72%, how 28% over 2 of 3 sentences\./);
    assert.match(text, /I told Ana why the launch matters\\\. \*\(line 7 — "why" \\\+why\)\*/);
    assert.match(text, /Situational style you used:\*\* coaching/);
    assert.match(text, /Nice leader, no follow-through/);
  });

  it('shows text from entries literally, never as HTML', () => {
    assert.ok(text.includes('\\<b\\>career\\</b\\>'));
    assert.ok(!text.includes('<b>'));
  });
});
