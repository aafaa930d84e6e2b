import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { extractUserText } from '../../../../src/core/tagger/markdownText';
import { MAX_SENTENCE_LENGTH, splitSentences, type SentenceText } from '../../../../src/core/tagger/sentences';

/** Markdown syntax, scaffold text, awkward code units and scripts, to be glued together at random. */
const PIECES = [
  '*', '**', '__', '**Bold label:**\n', '_', '~~', '[', ']', '(', ')', '](', '![', '`', '```', '<', '>', '<a href="x">', '</a>', '<!--', '-->', '<http://x.y>',
  '#', '## ', '-', '- ', '- [ ] ', '* ', '1. ', '> ', '|', '| a | b |\n| --- | --- |\n', '---', '---\n', '===', '    ', '\t',
  '\\', '&amp;', ':', '.', '. ', '?', '!', '…', 'e.g. ', 'Mr. ', '3.5', 'Q1. ',
  '\n', '\n\n', '\r', '\r\n', '\0', '\uFEFF', '\uD800', '\uDC00', '\u2028', '\u00A0', '😀', '👩‍💻', 'שלום עולם', 'مرحبا بالعالم',
  '日本語。', 'Competence on this task:', 'They will: ', '# Monday, 2026-11-23', 'We agreed the plan', ' ',
];

const markdownish = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  ),
  { maxLength: 60 },
).chain((pieces) => fc.constantFrom('', '---\ndate: 2026-11-23\n---\n', '\uFEFF---\r\nkind: daily\r\n---\r\n').map((front) => front + pieces.join('')));

const LINE_BREAK = /\r\n?|\n/g;

/** Offsets where each line starts, counting line breaks as VS Code and markdown-it do. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(LINE_BREAK)) {
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** True when the visible characters of `needle` occur in `haystack`, in order, from `from`. */
function isSubsequence(needle: string, haystack: string, from: number): boolean {
  let at = from;
  for (let i = 0; i < needle.length; i++) {
    const found = haystack.indexOf(needle[i] ?? '', at);
    if (found < 0) {
      return false;
    }
    at = found + 1;
  }
  return true;
}

function checkSentences(input: string, sentences: readonly SentenceText[]): void {
  const starts = lineStarts(input);
  let previousLine = 0;
  for (const sentence of sentences) {
    assert.ok(Number.isInteger(sentence.line) && sentence.line >= 0 && sentence.line < starts.length, `line ${sentence.line} of ${starts.length}`);
    assert.ok(sentence.line >= previousLine, 'in document order');
    previousLine = sentence.line;
    assert.ok(sentence.text.length > 0 && sentence.text.length <= MAX_SENTENCE_LENGTH);
    assert.equal(sentence.text, sentence.text.trim());
    assert.ok(!/\s{2}/.test(sentence.text), 'whitespace collapsed');
    const visible = sentence.text.replace(/\s+/g, '');
    assert.ok(isSubsequence(visible, input, starts[sentence.line] ?? 0), `"${sentence.text}" is written from line ${sentence.line} on`);
  }
}

describe('text extraction and sentence splitting (properties)', () => {
  it('never throws, and every sentence is written in the input, from the line it names', () => {
    fc.assert(
      fc.property(markdownish, (input) => {
        checkSentences(input, splitSentences(extractUserText(input)));
      }),
      { numRuns: 400 },
    );
  });

  it('holds for arbitrary strings too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        checkSentences(input, splitSentences(extractUserText(input)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every block within the input and its line count', () => {
    fc.assert(
      fc.property(markdownish, (input) => {
        const starts = lineStarts(input);
        for (const block of extractUserText(input)) {
          assert.ok(block.line >= 0 && block.line < starts.length);
          assert.ok(block.line + (block.text.match(/\n/g)?.length ?? 0) < starts.length, 'the block ends within the text');
          assert.ok(isSubsequence(block.text.replace(/\s+/g, ''), input, starts[block.line] ?? 0));
        }
      }),
      { numRuns: 200 },
    );
  });
});
