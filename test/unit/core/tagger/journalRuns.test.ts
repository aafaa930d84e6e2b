// The journal-shaped fast path (journalRuns.ts) is held to markdown-it run for run: wherever it reads a
// body, its runs (content, line, item markup) are markdownItRuns' and extractUserText's blocks are the
// same either way. Generated Markdown is test/property/journalRuns.property.ts.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../../scripts/vscodePaths';
import { blankDrafted } from '../../../../src/core/entries/drafted';
import { planEntry } from '../../../../src/core/entries/entryPlan';
import { splitEntry } from '../../../../src/core/entries/entrySplit';
import { ENTRY_KINDS } from '../../../../src/core/entries/kinds';
import { markdownItRuns } from '../../../../src/core/tagger/inlineRuns';
import { journalRuns } from '../../../../src/core/tagger/journalRuns';
import { extractUserText } from '../../../../src/core/tagger/markdownText';

/** Every entry text of corpus/*\/*\/*.entries.jsonl, in a fixed order. */
function corpusEntryTexts(): string[] {
  const texts: string[] = [];
  const root = join(repoRoot, 'corpus');
  for (const language of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const part of readdirSync(join(root, language.name), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const folder = join(root, language.name, part.name);
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.entries.jsonl')).sort()) {
        for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
          if (line.trim() !== '') {
            texts.push(String((JSON.parse(line) as { text: unknown }).text));
          }
        }
      }
    }
  }
  return texts;
}

/** The body extractUserText hands to the readers. */
function bodyOf(text: string): string {
  return splitEntry(blankDrafted(text)).body.replace(/\r\n?/g, '\n');
}

/** Asserts the fast path agrees with markdown-it on `text`; true when it read the body itself. */
function agrees(text: string): boolean {
  const body = bodyOf(text);
  const fast = journalRuns(body);
  if (fast !== undefined) {
    assert.deepEqual(fast, markdownItRuns(body), JSON.stringify(body));
  }
  assert.deepEqual(extractUserText(text), extractUserText(text, markdownItRuns), JSON.stringify(text));
  return fast !== undefined;
}

describe('journalRuns', () => {
  it('gives exactly markdown-it\'s runs on every corpus entry, and reads nearly all of them itself', () => {
    const texts = corpusEntryTexts();
    assert.ok(texts.length > 3000, `${texts.length} corpus entries`);
    const read = texts.filter(agrees).length;
    assert.ok(read / texts.length > 0.95, `the fast path read ${read} of ${texts.length}`);
  });

  it('gives exactly markdown-it\'s runs on every kind of planned entry', () => {
    for (const kind of ENTRY_KINDS) {
      const plan = planEntry({ kind, person: 'Ana', date: { year: 2026, month: 11, day: 23 }, weekStart: 1, prompt: 'What did I learn today?' });
      assert.ok(plan.ok);
      assert.ok(agrees(plan.text), String(kind));
    }
  });

  const read: Record<string, string> = {
    'headings and paragraphs': '# Monday\n\n## What went well?\n\nWe shipped.\nIt held.  \n\n   Indented start.\n        deep continuation\n',
    'a heading interrupting a paragraph': 'Text\n# Heading\nMore\n',
    'bullet and numbered items, tight and loose': '- one\n- two\n  continued\n\n- three\n\n1. first\n2) second\n10. tenth\n',
    'items interrupting a paragraph': 'Intro:\n- a\n* b\n+ c\n\nAnd:\n1. one\n',
    'a sibling item less indented than the content': '1.  a\n  2. b\n - c\n',
    'a deep continuation line in an item': '- item\n       more than four in\n',
    'task boxes and labels': '- [ ] Commitment: call Ana\n- [x] done\n- Competence on this task: high\n',
    'bracketed text that is no reference': '[sic] the text\n[a [b]] c\n[x]\n',
    'emphasis and near-markers': '**Decision:**\nWe go.\n*not a list*\n-not a list\n+1 for this\n_under_\n=equals\n#tag\n####### seven\n3.5 hours\n2026-12-05\n',
    'fences': '```\ncode\n```\n\nText\n~~~~ info\n~~~\n~~~~\n- item\n```js\n- not an item\n',
    'an unclosed fence': 'Text\n\n```\nall code\n',
    'a fence closed three spaces in, not four': '```\n    ```\nstill code\n   ```\nText\n',
    'blank lines of spaces and no final newline': '   \nText\n   \n- item\n   ',
    'unicode spaces kept inside a paragraph': '\u00a0Text\u00a0\n\u2028\n',
    'a line of two marks, a bold label cut short': '**a**\n**a**\n**\n\n__\n++\nText\n**\n',
  };
  for (const [name, text] of Object.entries(read)) {
    it(`reads ${name} as markdown-it does`, () => {
      assert.ok(agrees(text), 'the fast path gave up');
    });
  }

  const refused: Record<string, string> = {
    'a tab': 'Text\twith a tab\n',
    'a table': '| a | b |\n| --- | --- |\n| c | d |\n',
    'a block quote': '> quoted\n',
    'an HTML block': '<div>\nhidden\n</div>\n',
    'a thematic break': 'Text\n\n***\n',
    'a setext heading': 'Title\n=====\n',
    'a setext heading by dashes': 'Title\n---\n',
    'a setext heading by two dashes': 'Title\n--\n',
    'a setext heading by two equals signs': 'Title\n==\n',
    'a reference definition': '[p]: https://example.com\n',
    'a reference label over lines': '[p\nq]: /u\n',
    'an escaped bracket at a block start': '[a\\]]: /u\n',
    'indented code': '    code\n',
    'an empty item': '-\n',
    'an empty numbered item': '1.\n',
    'an item with five spaces after its marker': '-     code\n',
    'a nested list': '- a\n  - b\n',
    'a nested list on one line': '- - a\n',
    'a heading in an item': '- # a\n',
    'a heading three columns into an item': '- item\n     # heading\n',
    'a second paragraph in an item': '- a\n\n  b\n',
    'a lazy continuation line': '- a\nlazy\n',
    'an ordered item other than 1 after a paragraph': 'Text\n2. two\n',
    'a backtick fence with a backtick after it': '``` a`b\n',
    'ten digits before the dot': '1234567890. a\n',
  };
  for (const [name, text] of Object.entries(refused)) {
    it(`gives ${name} to markdown-it`, () => {
      assert.equal(journalRuns(bodyOf(text)), undefined);
      agrees(text);
    });
  }
});
