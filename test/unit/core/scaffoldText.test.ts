import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GENERATED_SCAFFOLD_TEXT, scaffoldTextSource } from '../../../scripts/generateScaffoldText';
import { TAGGER_ALIAS } from '../../../scripts/taggerAlias';
import * as questions from '../../../src/core/entries/kindQuestions';
import * as sources from '../../../src/core/entries/scaffoldSources';
import * as table from '../../../src/core/entries/scaffoldTextTable';

/** What scaffoldLines.ts and answers.ts import from `#scaffold-text`: both modules that stand for it give all of it. */
type ScaffoldTextModule = Pick<typeof sources, 'reviewParagraphs' | 'scaffoldPrompts' | 'scaffoldTitle'> & Pick<typeof questions, 'kindQuestions'>;

describe('the scaffolded texts', () => {
  it('are written out exactly as the kinds, packs and review scaffold give them (run npm run generate:scaffold if not)', () => {
    assert.equal(readFileSync(GENERATED_SCAFFOLD_TEXT, 'utf8'), scaffoldTextSource());
  });

  it('read from the written table are the texts the sources give: headings, labels, title, paragraphs, questions', () => {
    const fromSources: ScaffoldTextModule = { ...sources, ...questions };
    const fromTable: ScaffoldTextModule = table;
    assert.deepEqual(fromTable.scaffoldPrompts(), fromSources.scaffoldPrompts());
    assert.equal(fromTable.scaffoldTitle(), fromSources.scaffoldTitle());
    assert.deepEqual(fromTable.reviewParagraphs(), fromSources.reviewParagraphs());
    assert.deepEqual(fromTable.kindQuestions(), fromSources.kindQuestions());
    assert.ok(fromTable.scaffoldPrompts().headings.size > 100 && fromTable.kindQuestions().items.size > 50);
  });

  it('are read from the table in the tagger\'s bundles only', () => {
    assert.equal(TAGGER_ALIAS['#scaffold-text'], './src/core/entries/scaffoldTextTable.ts');
    assert.equal(TAGGER_ALIAS['#kind-questions'], './src/core/entries/scaffoldTextTable.ts');
    const imports = (JSON.parse(readFileSync('package.json', 'utf8')) as { imports: Record<string, string> }).imports;
    assert.equal(imports['#scaffold-text'], './src/core/entries/scaffoldSources.ts');
    assert.equal(imports['#kind-questions'], './src/core/entries/kindQuestions.ts');
  });
});
