import * as assert from 'node:assert/strict';
import { extractUserText } from '../../../../src/core/tagger/markdownText';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../../../src/core/tagger/sentences';

/** The sentences of one block of text that starts on line 0. */
function split(text: string): string[] {
  return splitSentences([{ text, line: 0 }]).map((sentence) => sentence.text);
}

describe('splitSentences', () => {
  it('ends sentences at . ! ? and …, keeping the punctuation and the wording', () => {
    assert.deepEqual(split('We shipped it. Did it work? Yes! Then… silence.'), ['We shipped it.', 'Did it work?', 'Yes!', 'Then… silence.']);
    assert.deepEqual(split('Really?! I doubt it... Next time.'), ['Really?!', 'I doubt it...', 'Next time.']);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    assert.deepEqual(split('She said "Go." (I went.) Done.'), ['She said "Go."', '(I went.)', 'Done.']);
  });

  it('does not end a sentence after common abbreviations', () => {
    assert.deepEqual(split('Bring the data, e.g. the churn numbers, i.e. last month. Ana vs. Tom went fine.'), [
      'Bring the data, e.g. the churn numbers, i.e. last month.',
      'Ana vs. Tom went fine.',
    ]);
    assert.deepEqual(split('Met Mr. Lee, Ms. Ode and Dr. Park at 9 a.m. to plan. Good.'), ['Met Mr. Lee, Ms. Ode and Dr. Park at 9 a.m. to plan.', 'Good.']);
    assert.deepEqual(split('Pens, paper etc. are ordered. We ordered pens etc. Then we left.'), ['Pens, paper etc. are ordered.', 'We ordered pens etc.', 'Then we left.']);
    assert.deepEqual(split('See item No. 5 on the list. No. It was fine.'), ['See item No. 5 on the list.', 'No.', 'It was fine.']);
    assert.deepEqual(split('The query took 200 ms. Then it timed out in CA. Again.'), ['The query took 200 ms.', 'Then it timed out in CA.', 'Again.']);
  });

  it('ends a sentence after Q1. and other words that are not abbreviations', () => {
    assert.deepEqual(split('We closed Q1. Next quarter is harder.'), ['We closed Q1.', 'Next quarter is harder.']);
  });

  it('does not split decimals, versions, domains or punctuation inside a word', () => {
    assert.deepEqual(split('Margin went from 3.5% to 4.25 on v2.0.1 of example.com today. Good?Yes.'), [
      'Margin went from 3.5% to 4.25 on v2.0.1 of example.com today.',
      'Good?Yes.',
    ]);
  });

  it('reads on after an ellipsis before a lower-case word', () => {
    assert.deepEqual(split('I thought… maybe not. I waited... then asked.'), ['I thought… maybe not.', 'I waited... then asked.']);
  });

  it('ends sentences at CJK full stops', () => {
    assert.deepEqual(split('今日は良かった。明日も頑張る！'), ['今日は良かった。', '明日も頑張る！']);
  });

  it('collapses whitespace, trims, and drops fragments without a letter or digit', () => {
    assert.deepEqual(split('  Hard-wrapped\n   prose   line.  ... !!! -- . 😀. ok'), ['Hard-wrapped prose line.', 'ok']);
    assert.deepEqual(split('   '), []);
  });

  it('ends a sentence at a blank line but not at a single line break', () => {
    assert.deepEqual(split('no full stop\ncontinues here\n\nnew one'), ['no full stop continues here', 'new one']);
  });

  it('treats every block (list item, paragraph) as ending its sentence', () => {
    const sentences = splitSentences(extractUserText('- call Tom\n- book the room\n\nA paragraph without a stop\n'));
    assert.deepEqual(sentences, [
      { text: 'call Tom', line: 0 },
      { text: 'book the room', line: 1 },
      { text: 'A paragraph without a stop', line: 3 },
    ]);
  });

  it('gives each sentence the line it starts on', () => {
    const entry = '---\r\ndate: 2026-11-23\r\n---\r\n\r\nOne. Two starts here\r\nand ends here. Three\r\n\r\nFour.\r\n';
    assert.deepEqual(splitSentences(extractUserText(`\uFEFF${entry}`)), [
      { text: 'One.', line: 4 },
      { text: 'Two starts here and ends here.', line: 4 },
      { text: 'Three', line: 5 },
      { text: 'Four.', line: 7 },
    ]);
  });

  it('cuts an over-long run into bounded pieces, at spaces when it can', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
    const pieces = split(words);
    assert.ok(pieces.length > 1);
    assert.ok(pieces.every((piece) => piece.length <= MAX_SENTENCE_LENGTH));
    assert.equal(pieces.join(' '), words, 'cut only at spaces, nothing lost');

    const unbroken = 'a'.repeat(1_000_000);
    const hard = split(unbroken);
    assert.ok(hard.every((piece) => piece.length <= MAX_SENTENCE_LENGTH));
    assert.equal(hard.join(''), unbroken);
  });

  it('never cuts a surrogate pair in half', () => {
    const emoji = `x${'😀'.repeat(3000)}`;
    for (const piece of split(emoji)) {
      assert.ok(!/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(piece), 'no lone half at a cut');
    }
  });
});
