import * as assert from 'node:assert/strict';
import { MIN_CLAUSE_WORDS, RUN_ON_WORDS, runOnClauses } from '../../../../src/core/tagger/runOnClauses';
import { splitSentences } from '../../../../src/core/tagger/sentences';

/** A dictated day with no full stop: 60 words joined by commas. */
const DICTATED = "so I redid half of Marguerite's schedule again today which I know I shouldn't, she's been dispatching for eleven years "
  + 'and she is better at it than me, I went through every one of the runs after she built them and moved a dozen pickups, '
  + 'he just looked at me when I took the phone, and I told the drivers to ring me and not the desk from now on, anyway nearly home';

describe('run-on sentences read as clauses', () => {
  it('cuts a dictated run-on at the commas that start a main clause, keeping every character in order', () => {
    const pieces = runOnClauses(DICTATED);
    assert.deepEqual(pieces, [
      "so I redid half of Marguerite's schedule again today which I know I shouldn't,",
      "she's been dispatching for eleven years and she is better at it than me,",
      'I went through every one of the runs after she built them and moved a dozen pickups,',
      'he just looked at me when I took the phone,',
      'and I told the drivers to ring me and not the desk from now on, anyway nearly home',
    ]);
    assert.equal(pieces.join(' '), DICTATED);
  });

  it('leaves an ordinary long sentence, and commas before subordinate clauses, alone', () => {
    const ordinary = 'I asked Sam, who has run the night shift for years, to own the rota, and she said yes.';
    assert.deepEqual(runOnClauses(ordinary), [ordinary]);
    const german = Array.from({ length: 6 }, () => 'Ich habe heute mit Jana gesprochen, weil sie den Plan ändern will, dass wir früher anfangen').join(', ');
    assert.ok(german.split(' ').length > RUN_ON_WORDS);
    for (const piece of runOnClauses(german)) {
      assert.ok(!/^(weil|dass)\b/.test(piece), piece); // a subordinate clause stays with its sentence
    }
  });

  it('keeps pieces of at least the minimum length', () => {
    const choppy = `${Array.from({ length: 12 }, () => 'and I did it').join(', ')}, and then we all went home early`;
    for (const piece of runOnClauses(choppy)) {
      assert.ok(piece.split(' ').length >= MIN_CLAUSE_WORDS, piece);
    }
  });

  it('gives each clause the line its run starts on, and leaves punctuated text as it was', () => {
    const sentences = splitSentences([{ text: `Short one.\n${DICTATED}`, line: 3 }]);
    assert.equal(sentences.length, 6);
    assert.deepEqual(sentences.map((sentence) => sentence.line), [3, 4, 4, 4, 4, 4]);
    const punctuated = splitSentences([{ text: 'We planned the week. Then I asked Ana what she needs.', line: 0 }]);
    assert.deepEqual(punctuated.map((sentence) => sentence.text), ['We planned the week.', 'Then I asked Ana what she needs.']);
  });

  it('cuts a 1 MB run of clauses (no full stop) into clauses', () => {
    const big = 'and I checked the sheet again with the crew, '.repeat(24_000);
    const pieces = splitSentences([{ text: big, line: 0 }]);
    assert.ok(pieces.length > 20_000);
  });
});
