// The words of a review that are scaffolding, in both entry languages: the period's names, the
// *Looking ahead* questions, the suggested practices and their reasons, and the headings under which
// a review's commitments stand. reviewScaffold.ts builds every text the tagger must recognise as not
// the user's writing from these, and commitmentSections.ts reads the headings, so the tagger's and
// the index worker's bundles carry only these words, not all of a review's sentences (reviewWords.ts,
// which extends this table with the rest). The vocabulary's names, in both languages, are the core
// table's (../tagger/vocabulary.ts). Pure data and string functions.
import type { ContentLanguage } from '../locale/contentLanguage';
import { ENTRY_LABEL_TERMS, TRAPS } from '../tagger/vocabulary';
import type { TrapId } from '../tagger/types';
import type { PracticeId } from './practices';

/** How a review names its period and the one it is compared with, in the cases its sentences need. */
export interface PeriodWords {
  /** `this week`, `diese Woche`: the subject of a sentence. */
  readonly thisPeriod: string;
  /** `the four weeks before`, `die vier Wochen davor`. */
  readonly before: string;
  /** `next week`, `nächste Woche`. */
  readonly next: string;
  /** `this week`, `in dieser Woche`: when something happened. */
  readonly inThisPeriod: string;
  /** `in the four weeks before`, `in den vier Wochen davor`. */
  readonly inBefore: string;
}

export interface PracticeWords {
  readonly name: string;
  readonly howTo: string;
}

/** What the scaffold matcher needs of a language's review words (ReviewWords extends it). */
export interface ScaffoldWords {
  readonly week: PeriodWords;
  readonly month: PeriodWords;
  readonly commitmentsHeading: string;
  readonly startHeading: string;
  readonly startQuestion: (words: PeriodWords) => string;
  readonly stopQuestion: string;
  readonly keepQuestion: string;
  readonly tryItLabel: string;
  readonly practices: Readonly<Record<PracticeId, PracticeWords>>;
  readonly reasonNone: string;
  readonly reasonLean: (words: PeriodWords, basis: 'period' | 'before', lean: 'why' | 'how') => string;
  readonly reasonTrap: (words: PeriodWords, trap: TrapId) => string;
  readonly reasonSteady: (words: PeriodWords, basis: 'period' | 'before') => string;
}

export const ENGLISH_SCAFFOLD: ScaffoldWords = {
  week: { thisPeriod: 'this week', before: 'the four weeks before', next: 'next week', inThisPeriod: 'this week', inBefore: 'in the four weeks before' },
  month: { thisPeriod: 'this month', before: 'the three months before', next: 'next month', inThisPeriod: 'this month', inBefore: 'in the three months before' },
  commitmentsHeading: 'Commitments',
  startHeading: 'Start',
  startQuestion: (words) => `*What will I start doing ${words.next}?*`,
  stopQuestion: '*What will I stop doing?*',
  keepQuestion: '*What is working that I will keep doing?*',
  tryItLabel: 'Where I will try it first',
  practices: {
    'vision-with-empathy': {
      name: 'Lead with the why, manage with care',
      howTo: 'Open each planning conversation with the reason the work matters, and close it by asking how the other person is holding up.',
    },
    'know-when-to-delegate': {
      name: 'Hand it over, then let go',
      howTo: 'Choose one task I still keep for myself, hand it over with the outcome and the date that matter, agree one check-in, and leave it alone until then.',
    },
    'stay-curious': {
      name: 'Stay curious on both sides',
      howTo: 'Before each bigger decision, ask one question about what could be possible and one about what we can keep up for months, and note both answers.',
    },
    'vision-into-steps': {
      name: 'Say where we are going, then break it down',
      howTo: 'Take one aim I talked about and write its first three steps, each with an owner and a date, before the end of the first day.',
    },
  },
  reasonNone: 'Suggested as a steady habit while there is nothing tagged to read a lean from.',
  reasonLean: (words, basis, lean) => `Suggested because ${basis === 'before' ? words.before : words.thisPeriod} leaned towards the ${lean}.`,
  reasonTrap: (words, trap) => `Suggested because the *${TRAPS[trap].name}* trap came up most ${words.inThisPeriod}.`,
  reasonSteady: (words, basis) => (basis === 'before'
    ? `Suggested because ${words.before} were balanced: a habit to keep it that way.`
    : `Suggested because ${words.thisPeriod} was balanced and flagged no trap: a habit to keep it that way.`),
};

export const GERMAN_SCAFFOLD: ScaffoldWords = {
  week: { thisPeriod: 'diese Woche', before: 'die vier Wochen davor', next: 'nächste Woche', inThisPeriod: 'in dieser Woche', inBefore: 'in den vier Wochen davor' },
  month: { thisPeriod: 'dieser Monat', before: 'die drei Monate davor', next: 'nächsten Monat', inThisPeriod: 'in diesem Monat', inBefore: 'in den drei Monaten davor' },
  commitmentsHeading: 'Zusagen',
  startHeading: 'Beginnen',
  startQuestion: (words) => `*Was werde ich ${words.next} beginnen?*`,
  stopQuestion: '*Womit werde ich aufhören?*',
  keepQuestion: '*Was funktioniert, und was behalte ich bei?*',
  tryItLabel: 'Wo ich es zuerst ausprobiere',
  practices: {
    'vision-with-empathy': {
      name: 'Mit dem Warum führen, mit Sorgfalt managen',
      howTo: 'Jedes Planungsgespräch mit dem Grund beginnen, warum die Arbeit zählt, und es mit der Frage beenden, wie es der anderen Person geht.',
    },
    'know-when-to-delegate': {
      name: 'Abgeben, dann loslassen',
      howTo: 'Eine Aufgabe wählen, die ich noch selbst behalte, sie mit dem Ergebnis und dem Termin abgeben, auf die es ankommt, ein Zwischengespräch vereinbaren und sie bis dahin in Ruhe lassen.',
    },
    'stay-curious': {
      name: 'Auf beiden Seiten neugierig bleiben',
      howTo: 'Vor jeder größeren Entscheidung eine Frage dazu stellen, was möglich sein könnte, und eine dazu, was wir über Monate durchhalten, und beide Antworten notieren.',
    },
    'vision-into-steps': {
      name: 'Sagen, wohin es geht, dann in Schritte zerlegen',
      howTo: 'Ein Ziel nehmen, über das ich gesprochen habe, und bis zum Ende des ersten Tages seine ersten drei Schritte aufschreiben, jeden mit einer verantwortlichen Person und einem Termin.',
    },
  },
  reasonNone: 'Vorgeschlagen als ruhige Gewohnheit, solange nichts getaggt ist, woraus sich eine Neigung lesen ließe.',
  reasonLean: (words, basis, lean) =>
    `Vorgeschlagen, weil ich ${basis === 'before' ? words.inBefore : words.inThisPeriod} zum ${ENTRY_LABEL_TERMS[lean].de.name} neigte.`,
  reasonTrap: (words, trap) => `Vorgeschlagen, weil die Falle *${TRAPS[trap].de.name}* ${words.inThisPeriod} am häufigsten vorkam.`,
  reasonSteady: (words, basis) => (basis === 'before'
    ? `Vorgeschlagen, weil ich ${words.inBefore} ausgewogen war: eine Gewohnheit, damit es so bleibt.`
    : `Vorgeschlagen, weil ich ${words.inThisPeriod} ausgewogen war und keine Falle markiert wurde: eine Gewohnheit, damit es so bleibt.`),
};

export const SCAFFOLD_WORDS: Readonly<Record<ContentLanguage, ScaffoldWords>> = { en: ENGLISH_SCAFFOLD, de: GERMAN_SCAFFOLD };
