import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import markdownIt from 'markdown-it';
import { trainingEntries } from '../../../support/corpusEntries';
import { planEntry } from '../../../../src/core/entries/entryPlan';
import { ENTRY_KINDS } from '../../../../src/core/entries/kinds';
import { blockParser, createBlockParser } from '../../../../src/core/tagger/blockParser';


const stock = createBlockParser({ fastTokens: false });
const fast = blockParser();

/** Every token field, own properties in order, so a difference in shape shows too. */
function dump(markdown: string, parser: ReturnType<typeof markdownIt>): string {
  return JSON.stringify(parser.parse(markdown, {}).map((token) => Object.entries(token)));
}

describe('blockParser', () => {
  it('produces exactly the tokens of a stock markdown-it parser, on real entries', () => {
    const texts = trainingEntries().map((item) => item.text);
    for (const kind of ENTRY_KINDS) {
      const plan = planEntry({ kind, person: 'Ana', date: { year: 2026, month: 11, day: 23 }, weekStart: 1, prompt: 'What did I learn today?' });
      assert.ok(plan.ok);
      texts.push(plan.text);
    }
    texts.push('| a | b |\n| --- | :-: |\n| c | d |\n\n1. one\n2. two\n\n> quote\n\n    code\n\n```js\nx\n```\n\n<div>\nhtml\n</div>\n\n[ref]: http://x\n\nSetext\n---\n');
    for (const text of texts) {
      assert.equal(dump(text, fast), dump(text, stock));
    }
  });

  it('produces exactly the tokens of a stock parser, on arbitrary Markdown-like text', () => {
    const piece = fc.constantFrom('# ', '- ', '1. ', '> ', '```\n', '    ', '| a |\n|---|\n', '<div>\n', '[r]: /u\n', '---\n', 'text', '\n', '\n\n', ' ', '*', '\t', ' \t', '  \n');
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      assert.equal(dump(text, fast), dump(text, stock));
    }), { numRuns: 1000 });
  });

  it('makes real Token objects, with their methods', () => {
    const [token] = fast.parse('# Title\n', {});
    assert.ok(token instanceof markdownIt.Token);
    token.attrSet('id', 'x');
    assert.equal(token.attrGet('id'), 'x');
  });

  it('leaves inline parsing off and NUL characters as they are', () => {
    const tokens = fast.parse('*a*\0 [b](c)\n', {});
    const inline = tokens.find((token) => token.type === 'inline');
    assert.equal(inline?.content, '*a*\0 [b](c)');
    assert.deepEqual(inline?.children, []);
  });
});
