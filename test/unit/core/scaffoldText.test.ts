import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GENERATED_SCAFFOLD_TEXT, scaffoldTextSource } from '../../../scripts/generateScaffoldText';
import { ENTRY_KINDS } from '../../../src/core/entries/kinds';
import { GERMAN_ENTRY_KINDS } from '../../../src/core/entries/germanKinds';
import { createParagraphMatcher, createScaffoldMatcher, isScaffoldedLine, isScaffoldedParagraph, isScaffoldedPrompt } from '../../../src/core/entries/scaffoldLines';
import { allScaffoldSources, reviewParagraphs } from '../../../src/core/entries/scaffoldSources';
import { ALL_PROMPTS } from '../../../src/core/prompts/packs';

describe('the scaffolded texts, as generated', () => {
  it('are exactly what the kinds, packs and review scaffold give (run npm run generate:scaffold if not)', () => {
    assert.equal(readFileSync(GENERATED_SCAFFOLD_TEXT, 'utf8'), scaffoldTextSource());
  });

  it('recognise the lines and paragraphs the sources themselves do', () => {
    const fromSources = createScaffoldMatcher(allScaffoldSources());
    const paragraphsFromSources = createParagraphMatcher(reviewParagraphs());
    const lines = [
      ...ALL_PROMPTS.map((prompt) => `## ${prompt.text}`),
      ...[...ENTRY_KINDS, ...GERMAN_ENTRY_KINDS].flatMap((kind) => kind.body.split('\n')),
      '## What I actually think', '- Competence on this task: high', 'I explained why.', '',
    ];
    for (const line of lines) {
      assert.equal(isScaffoldedPrompt(line), fromSources(line), JSON.stringify(line));
    }
    assert.ok(lines.some((line) => isScaffoldedLine(line)) && lines.some((line) => !isScaffoldedLine(line)));
    for (const paragraph of [...reviewParagraphs(), 'Suggested because I felt like it.', '*What will I start doing next week?*']) {
      assert.equal(isScaffoldedParagraph(paragraph), paragraphsFromSources(paragraph), paragraph);
    }
  });
});
