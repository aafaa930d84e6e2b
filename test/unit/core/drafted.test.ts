import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blankDrafted, DRAFTED_END, DRAFTED_START, refreshDrafted } from '../../../src/core/entries/drafted';
import { extractCommitments } from '../../../src/core/reflect/commitments';
import { extractMentions } from '../../../src/core/reflect/mentions';
import { createTagger } from '../../../src/core/tagger/tagger';

const REVIEW = readFileSync(join(__dirname, '..', '..', 'fixtures', 'reflect', 'week.golden.md'), 'utf8');

describe('drafted blocks (a review\'s generated summary)', () => {
  it('empties the block\'s lines, markers included, and keeps every other byte and the line count', () => {
    const text = `Mine before.\n${DRAFTED_START}\nDrafted @Ana line.\n\n- [ ] a commitment\n${DRAFTED_END}\nMine after.\n`;
    const blanked = blankDrafted(text);
    assert.equal(blanked, 'Mine before.\n\n\n\n\n\nMine after.\n');
    assert.equal(blanked.split('\n').length, text.split('\n').length);
    assert.equal(blankDrafted('no markers\n'), 'no markers\n');
  });

  it('leaves a block whose end marker was deleted alone: that text is the user\'s now', () => {
    const text = `${DRAFTED_START}\nI rewrote this part myself.\n`;
    assert.equal(blankDrafted(text), text);
    const two = `${DRAFTED_START}\nA\n${DRAFTED_END}\nB\n${DRAFTED_START}\nC\n`;
    assert.equal(blankDrafted(two), `\n\n\nB\n${DRAFTED_START}\nC\n`);
  });

  it('keeps CRLF line endings', () => {
    assert.equal(blankDrafted(`x\r\n${DRAFTED_START}\r\nA\r\n${DRAFTED_END}\r\ny`), 'x\r\n\r\n\r\n\r\ny');
  });

  it('is not tagged or read for mentions, while its commitments still count', () => {
    const result = createTagger().tag(REVIEW);
    const draftedLast = REVIEW.split('\n').indexOf(DRAFTED_END);
    assert.ok(draftedLast > 10);
    assert.ok(result.sentences.every((sentence) => sentence.line > draftedLast), result.sentences.map((s) => `${s.line}: ${s.text}`).join('\n'));
    assert.deepEqual(extractMentions(REVIEW), []);
    assert.ok(extractCommitments(REVIEW).some((c) => c.line < draftedLast && !c.done), 'the review lists open commitments to tick');
  });
});

describe('refreshing drafted blocks', () => {
  const current = `---\ndate: 2026-12-02\n---\n# Week\n\n${DRAFTED_START}\nWednesday's numbers\n${DRAFTED_END}\n\n## Looking ahead\n\nMy own plan.\n\n${DRAFTED_START}\nWednesday's practice\n${DRAFTED_END}\n\n- Where I will try it first: the Monday meeting\n`;
  const fresh = `---\ndate: 2026-12-04\n---\n# Week\n\n${DRAFTED_START}\nFriday's numbers\nand a decision\n${DRAFTED_END}\n\n## Looking ahead\n\n\n\n${DRAFTED_START}\nFriday's practice\n${DRAFTED_END}\n\n- Where I will try it first: \n`;

  it('replaces each drafted block in place and keeps every byte the user wrote', () => {
    const refreshed = refreshDrafted(current, fresh);
    assert.ok(refreshed.ok);
    assert.equal(refreshed.replaced, 2);
    assert.equal(refreshed.text, current.replace("Wednesday's numbers", "Friday's numbers\nand a decision").replace("Wednesday's practice", "Friday's practice"));
  });

  it('keeps CRLF, and leaves a review whose markers were removed alone', () => {
    const crlf = refreshDrafted(current.replace(/\n/g, '\r\n'), fresh);
    assert.ok(crlf.ok && !/[^\r]\n/.test(crlf.text));
    const mine = refreshDrafted(current.replaceAll(DRAFTED_END, ''), fresh);
    assert.ok(!mine.ok && mine.reason === 'no-block-left');
  });

  it('fills an older review\'s one block and leaves the rest as it is', () => {
    const older = `# Week\n\n${DRAFTED_START}\nold\n${DRAFTED_END}\n\n**A practice.** Do it.\n`;
    const refreshed = refreshDrafted(older, fresh);
    assert.ok(refreshed.ok && refreshed.replaced === 1);
    assert.equal(refreshed.text, older.replace('old', "Friday's numbers\nand a decision"));
  });
});
