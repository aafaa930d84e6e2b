// The property test of the journal-shaped fast path (src/core/tagger/journalRuns.ts, issue #13): on
// generated Markdown that mixes the shapes it reads (headings, paragraphs, bullet and numbered items,
// fences, blank lines) with the ones it must give to markdown-it (tabs, tables, quotes, HTML, breaks
// and setext underlines, references, indented code, nested, empty and lazy items…), at any indent,
// wherever it reads a body its runs are exactly markdown-it's (content, line, item markup), and
// extractUserText's blocks are the same with either reader. It must also read a fair share of the
// cases itself, so the comparison is not empty.
//
// 20,000 cases by default (FC_RUNS to change), with a fresh seed each run, printed first so a failure
// can be replayed: FC_SEED=<seed> npm run test:property.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { markdownItRuns } from '../../src/core/tagger/inlineRuns';
import { journalRuns } from '../../src/core/tagger/journalRuns';
import { extractUserText } from '../../src/core/tagger/markdownText';

const RUNS = Number(process.env.FC_RUNS ?? 20_000);
const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;

/** What a line starts with after its indent: journal shapes, weighted up, and the tricky ones. */
const JOURNAL_STARTS = ['', '', '', '# ', '## ', '- ', '* ', '+ ', '1. ', '2. ', '1) ', '- [ ] ', '- [x] ', '-  ', '1.   ', '**Decision:** ', '```', '~~~'];
const TRICKY_STARTS = [
  '#', '####### ', '#tag ', '-', '--', '- - ', '* * *', '***', '___', '---', '===', '+ + ', '10. ', '1234567890. ', '3.5 ', '-     ', '1.', '- # ',
  '- 1. ', '- > ', '> ', '<div>', '<!-- ', '[p]: ', '[p] ', '[a [b]] ', '[a\\] ', '[', '```js', '``` `x` ', '````', '~~~~', '|', '| a | b |', '\t', ' \t',
  '\\', '`', '_', '=', '\u00a0', '\u2028', '**', '__', '++', '**a*', '== ', '-- ', '** ',
];
const WORDS = ['We shipped', 'the plan', 'Competence on this task:', 'They will:', '**bold**', '*em*', '[link](x)', '`code`', '<b>', 'a | b', '- x', ' ', '  ', '\t', '#', ':', '`', '```', ''];

const lineArbitrary = fc.tuple(
  fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 6 }) }),
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...JOURNAL_STARTS) }, { weight: 1, arbitrary: fc.constantFrom(...TRICKY_STARTS) }),
  fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: 4 }),
).map(([indent, start, words]) => ' '.repeat(indent) + start + words.join(' '));

const bodyArbitrary = fc.tuple(
  fc.array(fc.oneof({ weight: 3, arbitrary: lineArbitrary }, { weight: 1, arbitrary: fc.constantFrom('', '', '   ') }), { maxLength: 24 }),
  fc.constantFrom('\n', ''),
).map(([lines, last]) => lines.join('\n') + last);

describe('journalRuns (property)', () => {
  it('gives exactly markdown-it\'s runs wherever it reads a body, and reads a fair share of them', () => {
    console.log(`      seed ${SEED} (replay: FC_SEED=${SEED} npm run test:property), ${RUNS} cases`);
    let read = 0;
    fc.assert(fc.property(bodyArbitrary, (body) => {
      const fast = journalRuns(body);
      if (fast !== undefined) {
        read++;
        assert.deepEqual(fast, markdownItRuns(body));
        const entry = `---\nkind: daily\n---\n${body}`;
        assert.deepEqual(extractUserText(entry), extractUserText(entry, markdownItRuns));
      }
    }), { numRuns: RUNS, seed: SEED });
    console.log(`      the fast path read ${read} of ${RUNS}`);
    assert.ok(read > RUNS / 10, `the fast path read only ${read} of ${RUNS}`);
  });
});
