// Issue 19 item 7: what the CodeLens and the hover say always matches the file.
import * as assert from 'node:assert/strict';
import { explainMarkdown } from '../../../../src/core/tagger/explain';
import { entryTagWrite } from '../../../../src/core/tagger/entryTagWrite';
import { lensState } from '../../../../src/core/tagger/lensState';
import { createTagger } from '../../../../src/core/tagger/tagger';

const tagger = createTagger();
const BODY = '\n# Monday\n\nI told the team why the new intake matters to the families we serve, and thanked Ana for her patience.\n';

function saved(front: string, body = BODY): string {
  const text = `---\ndate: 2026-12-07\nkind: daily\n${front}---\n${body}`;
  const write = entryTagWrite(text, tagger.tag(text));
  return write.status === 'skipped' ? text : write.text;
}

describe('what the tags lens and hover say', () => {
  it('states the front matter\'s tags, and that they are out of date after an undo took the tagger\'s edit back', () => {
    const text = saved('');
    const current = lensState(text, tagger.tag(text));
    assert.ok(current);
    assert.equal(current.tags.label, tagger.tag(text).label);
    assert.equal(current.stale, false);
    // Undo reverts the off-screen front-matter edit, fingerprint and all: the file says what the
    // tagger wrote for the text before (about the rota), the text now says why.
    const before = saved('', '\n# Monday\n\nI rebuilt the rota, booked the van and moved the deadline to Friday.\n');
    const undone = `${before.slice(0, before.indexOf('\n---\n') + 5)}${BODY}`;
    assert.notEqual(undone, text);
    const state = lensState(undone, tagger.tag(undone));
    assert.deepEqual([state?.tags.label, state?.tags.pinned, state?.stale], ['how', false, true]);
  });

  it('states the user\'s pinned label, never the tagger\'s reading above it', () => {
    const pinned = saved('tags: [how]\nwhy: 0.2\nhow: 0.8\ntags-pinned: true\n');
    const state = lensState(pinned, tagger.tag(pinned));
    assert.deepEqual([state?.tags.label, state?.tags.pinned, state?.stale], ['how', true, false]);
    assert.notEqual(tagger.tag(pinned).label, 'how', 'the reading differs: the lens must not show it');
  });

  it('reads an old tagger\'s balanced with no shares as unclear, and says why it is unclear', () => {
    const old = '---\ndate: 2026-12-07\ntags: [balanced]\nwhy: 0\nhow: 0\n---\n\nLunch was nice.\n';
    assert.deepEqual(lensState(old, tagger.tag(old)), {
      tags: { label: 'unclear', why: 0, how: 0, traps: 0, pinned: false }, stale: true, unclear: undefined,
    });
    const spanish = saved('', '\nHemos revisado el plan de ventas con el equipo. La fecha es el lunes.\n');
    const state = lensState(spanish, tagger.tag(spanish));
    assert.deepEqual([state?.tags.label, state?.stale, state?.unclear], ['unclear', false, 'language']);
    assert.match(explainMarkdown(tagger.tag(spanish)), /written in a language the tagger does not read \(it reads English and German\)/);
  });

  it('has no lens without a label in the front matter', () => {
    const text = '---\ndate: 2026-12-07\n---\n\nI explained why.\n';
    assert.equal(lensState(text, tagger.tag(text)), undefined);
  });

  it('keeps the functions and the style in paragraphs of their own (a hover ran them together)', () => {
    const text = '---\ndate: 2026-12-07\n---\n\nI used a coaching style with Sam and we planned the rota together for March.\n';
    const markdown = explainMarkdown(tagger.tag(text));
    assert.match(markdown, /\*\*Situational style you used: Coaching\*\*\n\n/);
    assert.doesNotMatch(markdown, /\*\*Kotter functions:[^\n]*\n\*\*Situational/);
  });
});
