// The part of a review the product writes for the user to answer: the *Looking ahead* questions and
// the suggested balancing practice with the reason it was suggested. It is scaffolding, never the
// user's writing: the tagger recognises every text here wherever it stands (scaffoldLines.ts), so an
// untouched review is an empty entry, whatever its practice or its period. Data and small functions
// only, shared by the review generator (review.ts) and the scaffold matcher.
import { CONTENT_LANGUAGES } from '../locale/contentLanguage';
import { TRAP_IDS } from '../tagger/types';
import { PRACTICES, type PracticeId, type PracticeReason } from './practices';
import { SCAFFOLD_WORDS, type PeriodWords, type ScaffoldWords } from './reviewScaffoldWords';

export type { PeriodWords } from './reviewScaffoldWords';

/** Which period's balance chose the practice: this one, the one before (this one has nothing tagged), or neither. */
export type PracticeBasis = 'period' | 'before' | 'none';

/** The practice as one paragraph: its name in bold, then what to do. */
export function practiceText(text: ScaffoldWords, id: PracticeId): string {
  const practice = text.practices[id];
  return `**${practice.name}.** ${practice.howTo}`;
}

export function reasonText(text: ScaffoldWords, words: PeriodWords, reason: PracticeReason, basis: PracticeBasis): string {
  if (basis === 'none') {
    return text.reasonNone;
  }
  switch (reason.kind) {
    case 'lean':
      return text.reasonLean(words, basis, reason.lean);
    case 'trap':
      return text.reasonTrap(words, reason.trap);
    case 'steady':
      return text.reasonSteady(words, basis);
  }
}

/** The questions of *Looking ahead*, each an italic line under its own `###` heading. */
export function aheadQuestions(text: ScaffoldWords, words: PeriodWords): { readonly start: string; readonly stop: string; readonly keep: string } {
  return { start: text.startQuestion(words), stop: text.stopQuestion, keep: text.keepQuestion };
}

function allReasons(text: ScaffoldWords, words: PeriodWords): string[] {
  const reasons: PracticeReason[] = [
    { kind: 'lean', lean: 'why' }, { kind: 'lean', lean: 'how' }, { kind: 'steady' },
    ...TRAP_IDS.map((trap): PracticeReason => ({ kind: 'trap', trap })),
  ];
  const bases: PracticeBasis[] = ['period', 'before', 'none'];
  return reasons.flatMap((reason) => bases.map((basis) => reasonText(text, words, reason, basis)));
}

const LANGUAGES: readonly ScaffoldWords[] = CONTENT_LANGUAGES.map((language) => SCAFFOLD_WORDS[language]);

/** Every paragraph a review scaffolds, in every variant and both languages: questions, practices and reasons. */
export const REVIEW_SCAFFOLD_PARAGRAPHS: readonly string[] = [
  ...new Set(LANGUAGES.flatMap((text) => [text.week, text.month].flatMap((words) => [
    ...Object.values(aheadQuestions(text, words)),
    ...allReasons(text, words),
  ]))),
  ...LANGUAGES.flatMap((text) => Object.values(PRACTICES).map((practice) => practiceText(text, practice.id))),
];

/** Every structured label a review scaffolds, in both languages. */
export const REVIEW_SCAFFOLD_LABELS: readonly string[] = LANGUAGES.map((text) => text.tryItLabel);
