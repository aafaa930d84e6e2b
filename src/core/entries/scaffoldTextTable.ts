// The texts the product scaffolds and the kinds' questions, read from scaffoldText.generated.ts
// (written by scripts/generateScaffoldText.ts from scaffoldSources.ts and kindQuestions.ts): what the
// imports `#scaffold-text` and `#kind-questions` give in the tagger's bundles (scripts/taggerAlias.ts),
// so loading the tagger builds no kind or prompt pack. Building the kinds and packs of both languages
// to read their texts was a tenth of loading the tagger and tagging once. The same functions as
// those two modules, which a unit test holds it to.
import type { Questions } from './answers';
import type { ScaffoldPrompts } from './scaffoldLines';
import { QUESTION_ITEMS, QUESTION_SECTIONS, REVIEW_PARAGRAPHS, SCAFFOLD_HEADINGS, SCAFFOLD_LABELS, SCAFFOLD_TITLE } from './scaffoldText.generated';

/** The headings and labels of both languages, normalised. */
export function scaffoldPrompts(): ScaffoldPrompts {
  return { headings: new Set(SCAFFOLD_HEADINGS.split('\n')), labels: new Set(SCAFFOLD_LABELS.split('\n')) };
}

/** The source of the expression (flag `u`) for a kind's title line. */
export function scaffoldTitle(): string {
  return SCAFFOLD_TITLE;
}

/** Every paragraph a review scaffolds whole. */
export function reviewParagraphs(): readonly string[] {
  return REVIEW_PARAGRAPHS.split('\n');
}

/** The kinds' questions by key (answers.ts). */
export function kindQuestions(): Questions {
  const lines = (text: string): [string, string][] => (text === '' ? [] : text.split('\n').map((line) => {
    const tab = line.indexOf('\t');
    return [line.slice(0, tab), line.slice(tab + 1)];
  }));
  return {
    sections: new Map(lines(QUESTION_SECTIONS)),
    items: new Map(lines(QUESTION_ITEMS).map(([key, ids]) => [key, ids.split(' ')])),
  };
}
