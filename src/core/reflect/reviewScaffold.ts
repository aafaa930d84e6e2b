// The part of a review the product writes for the user to answer: the *Looking ahead* questions and
// the suggested balancing practice with the reason it was suggested. It is scaffolding, never the
// user's writing: the tagger recognises every text here wherever it stands (scaffoldLines.ts), so an
// untouched review is an empty entry, whatever its practice or its period. Data and small functions
// only, shared by the review generator (review.ts) and the scaffold matcher.
import { TRAP_IDS } from '../tagger/types';
import { trapName } from '../tagger/vocabulary';
import { PRACTICES, type Practice, type PracticeReason } from './practices';

/** How a review names its period and the one it is compared with. */
export interface PeriodWords {
  readonly thisPeriod: string;
  readonly before: string;
  readonly next: string;
}

export const WEEK_WORDS: PeriodWords = { thisPeriod: 'this week', before: 'the four weeks before', next: 'next week' };
export const MONTH_WORDS: PeriodWords = { thisPeriod: 'this month', before: 'the three months before', next: 'next month' };

/** Which period's balance chose the practice: this one, the one before (this one has nothing tagged), or neither. */
export type PracticeBasis = 'period' | 'before' | 'none';

/** The practice as one paragraph: its name in bold, then what to do. */
export function practiceText(practice: Practice): string {
  return `**${practice.name}.** ${practice.howTo}`;
}

export function reasonText(words: PeriodWords, reason: PracticeReason, basis: PracticeBasis): string {
  if (basis === 'none') {
    return 'Suggested as a steady habit while there is nothing tagged to read a lean from.';
  }
  switch (reason.kind) {
    case 'lean':
      return `Suggested because ${basis === 'before' ? words.before : words.thisPeriod} leaned towards the ${reason.lean}.`;
    case 'trap':
      return `Suggested because the *${trapName(reason.trap)}* trap came up most ${words.thisPeriod}.`;
    case 'steady':
      return basis === 'before'
        ? `Suggested because ${words.before} were balanced: a habit to keep it that way.`
        : `Suggested because ${words.thisPeriod} was balanced and flagged no trap: a habit to keep it that way.`;
  }
}

/** The questions of *Looking ahead*, each an italic line under its own `###` heading. */
export function aheadQuestions(words: PeriodWords): { readonly start: string; readonly stop: string; readonly keep: string } {
  return {
    start: `*What will I start doing ${words.next}?*`,
    stop: '*What will I stop doing?*',
    keep: '*What is working that I will keep doing?*',
  };
}

/** The label under the practice, for where the user will try it. */
export const TRY_IT_LABEL = 'Where I will try it first';

function allReasons(words: PeriodWords): string[] {
  const reasons: PracticeReason[] = [
    { kind: 'lean', lean: 'why' }, { kind: 'lean', lean: 'how' }, { kind: 'steady' },
    ...TRAP_IDS.map((trap): PracticeReason => ({ kind: 'trap', trap })),
  ];
  const bases: PracticeBasis[] = ['period', 'before', 'none'];
  return reasons.flatMap((reason) => bases.map((basis) => reasonText(words, reason, basis)));
}

/** Every paragraph a review scaffolds, in every variant: questions, practices and reasons. */
export const REVIEW_SCAFFOLD_PARAGRAPHS: readonly string[] = [
  ...new Set([WEEK_WORDS, MONTH_WORDS].flatMap((words) => [
    ...Object.values(aheadQuestions(words)),
    ...allReasons(words),
  ])),
  ...Object.values(PRACTICES).map(practiceText),
];

/** Every structured label a review scaffolds. */
export const REVIEW_SCAFFOLD_LABELS: readonly string[] = [TRY_IT_LABEL];
