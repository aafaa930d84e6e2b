import * as assert from 'node:assert/strict';
import { planEntry } from '../../../../src/core/entries/entryPlan';
import { entryKind } from '../../../../src/core/entries/kinds';
import { stripInlineMarkdown } from '../../../../src/core/tagger/inlineText';
import { englishScaffoldSources } from '../../../../src/core/entries/scaffoldSources';
import { extractUserText, MAX_LABEL, type TextBlock } from '../../../../src/core/tagger/markdownText';

const MONDAY = { year: 2026, month: 11, day: 23 };

/** Blocks as `line: text` strings, whitespace collapsed, for compact expectations. */
function read(markdown: string): string[] {
  return extractUserText(markdown).map((block: TextBlock) => `${block.line}: ${block.text.replace(/\s+/g, ' ').trim()}`);
}

describe('extractUserText', () => {
  describe('what it skips', () => {
    it('skips the front matter and counts its lines', () => {
      assert.deepEqual(read('---\ndate: 2026-11-23\nkind: daily\n---\n\nHello there.\n'), ['5: Hello there.']);
    });

    it('reads an unclosed opening fence as body text', () => {
      assert.deepEqual(read('---\nno closing fence\n'), ['1: no closing fence']);
    });

    it('skips every heading, ATX and setext, prompt or not', () => {
      const text = '# Monday, 2026-11-23\n\n## What did I learn today?\n\nI learned a lot.\n\n### My own heading\n\nSetext title\n============\n\nMore text.\n';
      assert.deepEqual(read(text), ['4: I learned a lot.', '11: More text.']);
    });

    it('skips fenced and indented code blocks', () => {
      const text = 'Before.\n\n```ts\nconst plan = "why";\n```\n\n~~~\nmore code\n~~~\n\n    indented code\n\nAfter.\n';
      assert.deepEqual(read(text), ['0: Before.', '12: After.']);
    });

    it('skips HTML blocks and HTML comments', () => {
      const text = '<div class="x">\nhidden words\n</div>\n\n<!-- a note to self -->\n\nVisible.\n';
      assert.deepEqual(read(text), ['6: Visible.']);
    });

    it("skips a table's header row but keeps its cells", () => {
      const text = '| Decision | Owner |\n| --- | --- |\n| Hire two engineers | me |\n';
      assert.deepEqual(read(text), ['2: Hire two engineers', '2: me']);
    });

    it('skips link reference definitions', () => {
      assert.deepEqual(read('See [the plan][p].\n\n[p]: https://example.com/plan\n'), ['0: See the plan.']);
    });

    it('returns nothing for an empty entry or one with only structure', () => {
      assert.deepEqual(read(''), []);
      assert.deepEqual(read('---\ndate: 2026-11-23\n---\n'), []);
      assert.deepEqual(read('# Title\n\n---\n\n```\ncode\n```\n'), []);
    });
  });

  describe('scaffolded lines', () => {
    it('drops unanswered structured items and keeps only the answer of answered ones', () => {
      const plan = planEntry({ kind: entryKind('situational'), person: 'Ana', date: MONDAY, weekStart: 1, prompt: 'What did I learn today?' });
      assert.ok(plan.ok);
      const text = plan.text
        .replace('## Which task or goal is this check-in about?\n\n', '## Which task or goal is this check-in about?\n\nThe Q3 migration plan.')
        .replace('- Competence on this task: ', '- Competence on this task: high, she has done two of these')
        .replace('- Style I actually used: ', '- Style I actually used: **directing**, out of habit')
        .replace('- When I will check again: ', '- When I will check again:\n  Friday, after the demo');
      const lines = text.split('\n');
      const blocks = extractUserText(text);
      assert.deepEqual(blocks.map((block) => block.text.trim()), [
        'The Q3 migration plan.',
        'high, she has done two of these',
        'directing, out of habit',
        'Friday, after the demo',
      ]);
      for (const block of blocks) {
        assert.ok(lines[block.line]?.includes(block.text.trim().slice(0, 6)), `line ${block.line} holds "${block.text}"`);
      }
    });

    it('drops the whole scaffold of a fresh entry of every kind', () => {
      for (const id of ['daily', 'weekly-review', 'one-on-one', 'decision', 'after-action', 'start-stop-continue', 'situational', 'trap-check'] as const) {
        const plan = planEntry({ kind: entryKind(id), person: 'Ana', date: MONDAY, weekStart: 1, prompt: 'What did I learn today?' });
        assert.ok(plan.ok, id);
        assert.deepEqual(extractUserText(plan.text), [], id);
        assert.deepEqual(extractUserText(plan.text.replace(/\n/g, '\r\n')), [], `${id} with CRLF`);
      }
    });

    it('recognises every structured label of every kind, answered or not', () => {
      for (const label of englishScaffoldSources().labels) {
        assert.ok(label.length + 1 <= MAX_LABEL, `"${label}" fits the label bound`);
        assert.deepEqual(read(`- ${label}: \n* ${label.toUpperCase()}:\n+ ${label}:   yes`), ['2: yes'], label);
      }
    });

    it('keeps list items that only look like labels', () => {
      assert.deepEqual(read('- Things I noticed:\n- 10:30 standup ran long\n'), ['0: Things I noticed:', '1: 10:30 standup ran long']);
    });

    it('drops task-list boxes, checked or not', () => {
      assert.deepEqual(read('- [ ] book the room\n- [x] send the agenda\n* [X] done\n1. [ ] numbered\n'), [
        '0: book the room', '1: send the agenda', '2: done', '3: numbered',
      ]);
    });
  });

  describe('labels in strong emphasis', () => {
    it('reads a line in bold as its own block, so it does not run into the next line', () => {
      assert.deepEqual(read("**How I'll run it**\nStart with how she is.\n__Decision__:\nWe hire two.\n"), [
        "0: How I'll run it", '1: Start with how she is.', '2: Decision:', '3: We hire two.',
      ]);
      assert.deepEqual(read('Before it\n**Risks:**\n- none\n'), ['0: Before it', '1: Risks:', '2: none']);
    });

    it('leaves bold words inside a line alone', () => {
      assert.deepEqual(read('**Ana** did well\nand **Tom** did **too**\n'), ['0: Ana did well and Tom did too']);
    });
  });

  describe('line numbers', () => {
    it('gives each block the line where it starts, through nesting and quotes', () => {
      const text = 'First paragraph\nwraps here.\n\n- item one\n  - nested item\n\n> quoted\n> twice\n\n1. ordered\n';
      assert.deepEqual(read(text), ['0: First paragraph wraps here.', '3: item one', '4: nested item', '6: quoted twice', '9: ordered']);
    });

    it('keeps line breaks inside a block so later lines can be located', () => {
      const [block] = extractUserText('one\ntwo [link\nacross](http://x)\nthree\n');
      assert.equal(block?.text, 'one\ntwo link\nacross\nthree');
    });

    it('is not shifted by a BOM, CRLF or lone CR line endings', () => {
      const lf = '---\ndate: 2026-11-23\n---\n\n# Title\n\nAlpha.\n\nBeta\ngamma.\n';
      const expected = ['6: Alpha.', '8: Beta gamma.'];
      assert.deepEqual(read(lf), expected);
      assert.deepEqual(read(`\uFEFF${lf}`), expected);
      assert.deepEqual(read(lf.replace(/\n/g, '\r\n')), expected);
      assert.deepEqual(read(`\uFEFF${lf.replace(/\n/g, '\r\n')}`), expected);
      assert.deepEqual(read('# Title\r\rAlpha.\r'), ['2: Alpha.']);
    });

    it('starts a block on its first line with words when a label line was dropped', () => {
      assert.deepEqual(extractUserText('- One commitment for tomorrow:\n  ask Tom first\n'), [{ text: 'ask Tom first', line: 1 }]);
    });
  });

  describe('inline syntax', () => {
    const cases: [string, string][] = [
      ['I shared [the plan](http://x) with [Ana](<http://a b> "her page").', 'I shared the plan with Ana.'],
      ['A [reference][ref] and a [collapsed][] one and a [shortcut].', 'A reference and a collapsed one and a shortcut.'],
      ['Look: ![the roadmap](img/road.png "title") now.', 'Look: the roadmap now.'],
      ['Ran `npm test` and ``a ` tick``.', 'Ran npm test and a ` tick.'],
      ['**Bold**, *em*, __strong__, _under_, ~~struck~~, ***both***.', 'Bold, em, strong, under, struck, both.'],
      ['Keep snake_case_names and 2 * 3 and ~5 people.', 'Keep snake_case_names and 2 * 3 and ~5 people.'],
      ['Mail <ana@example.com> or see <https://example.com/x?y=1>.', 'Mail  or see .'],
      ['Some <b>bold</b> and <span class="x">span</span> and <br/> and <!-- hidden --> text.', 'Some bold and span and  and  text.'],
      ['Escaped \\*stars\\* and \\[brackets\\] stay.', 'Escaped *stars* and [brackets] stay.'],
      ['Maths: a < b and c > d.', 'Maths: a < b and c > d.'],
      ['Unclosed [bracket and `tick and <tag and ](paren.', 'Unclosed bracket and `tick and <tag and (paren.'],
      ['Entities stay: &amp; &copy;.', 'Entities stay: &amp; &copy;.'],
    ];
    for (const [input, expected] of cases) {
      it(`reads ${JSON.stringify(input)}`, () => {
        assert.equal(stripInlineMarkdown(input), expected);
        assert.deepEqual(read(input), [`0: ${expected.replace(/\s+/g, ' ')}`]);
      });
    }

    it('keeps the line breaks of a dropped multi-line tag or link title', () => {
      assert.equal(stripInlineMarkdown('a <span\nclass="x">b</span> [c](u "t\nu") d'), 'a \nb c\n d');
    });

    it('never adds a character: the output is a subsequence of the input', () => {
      const input = '*a* [b](c) `d` <e> \\f ![g](h) ~~i~~ [j][k]';
      const output = stripInlineMarkdown(input);
      let at = 0;
      for (const ch of output) {
        at = input.indexOf(ch, at) + 1;
        assert.ok(at > 0, `"${ch}" in order`);
      }
    });
  });
});
