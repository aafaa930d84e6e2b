// The two line shapes the scaffold matcher recognises are scanned by hand (scaffoldLines.ts) rather
// than matched with the regular expressions they replace, which backtrack quadratically over long
// runs of spaces. These tests hold the scans to exactly what the expressions gave;
// test/time/scaffold.time.ts holds them to linear time.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { bareLabel, headingText } from '../../../src/core/entries/scaffoldLines';

/** The expressions as they were: the oracle. */
const HEADING = /^ {0,3}##[ \t]+(.*?)(?:[ \t]+#+)?\s*$/;
const BARE_LABEL = /^\s*[-*+][ \t]+(.+?)[ \t]*:\s*$/;

/** Lines from the characters that matter to the two shapes, and a few that do not. */
const CHARS = [' ', ' ', ' ', '\t', '#', '#', '-', '*', '+', ':', ':', 'a', 'b', '\u00a0', '\r', '\n', '\u2028', '\ufeff', 'é'];
const lineArbitrary = fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((chars) => chars.join(''));
const prefixed = fc.tuple(fc.constantFrom('', ' ', '   ', '    ', '## ', ' ##\t', '- ', '* ', '\t+ ', '-', '##'), lineArbitrary).map(([a, b]) => a + b);

describe('scaffold line shapes', () => {
  it('reads a heading exactly as the regular expression did (property)', () => {
    fc.assert(fc.property(fc.oneof(lineArbitrary, prefixed), (line) => {
      assert.equal(headingText(line), HEADING.exec(line)?.[1], JSON.stringify(line));
    }), { numRuns: 20_000 });
  });

  it('reads a bare label exactly as the regular expression did (property)', () => {
    fc.assert(fc.property(fc.oneof(lineArbitrary, prefixed), (line) => {
      assert.equal(bareLabel(line), BARE_LABEL.exec(line)?.[1], JSON.stringify(line));
    }), { numRuns: 20_000 });
  });

  it('agrees with the expressions on the shapes the product writes', () => {
    for (const line of ['## What did I decide?', '##   what DID i decide?  ', '## What did I decide? ##', '## Why? #', '## #', '##  \t##', '   ## x', '    ## x',
      '### x', '##x', '- Competence on this task:', '-   Competence on this task:  ', '- Competence: high', '-  :', '- \t:', '- :', '*\tLabel\t:\t', '-Label:']) {
      assert.equal(headingText(line), HEADING.exec(line)?.[1], JSON.stringify(line));
      assert.equal(bareLabel(line), BARE_LABEL.exec(line)?.[1], JSON.stringify(line));
    }
  });
});
