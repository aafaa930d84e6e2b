// The product's vocabulary: every id a person sees named — the four traps, Kotter's six functions,
// the four situational styles, the four entry labels and the two sides of the job — with its name, a
// one-line meaning, the side of the job it belongs to and its German (and, for a trap, the balancing
// practice a review suggests when it is the trap flagged most; for the why and how labels, the word a
// sentence uses, `why`, and the legend's `Why (leading)`). The one table every surface
// reads: the tagger's explanation, reviews and reports in English (`TRAPS`, `FUNCTIONS`, …), the
// hover, the person page, the HTML report and the webviews in the display language
// (`translatedVocabulary(l10n)`), a German review and the tagger's scaffold matcher in German (`de`).
// Adding or renaming a trap is one row here (and the German of its new messages in
// l10n/bundle.l10n.de.json, which the unit tier asks for by name).
//
// Written as a function of a translator so that @vscode/l10n-dev extracts every English name and
// meaning into l10n/bundle.l10n.json (it reads only literal `l10n.t('…')` calls, in files that import
// `@vscode/l10n`: hence the type import). The German bundle translates each message as `de` says (a
// unit test holds them equal), so a German view and a German entry never name one thing two ways.
import type * as l10n from '@vscode/l10n';
import { ENGLISH, sentenceCase, type Translator } from '../text/format';
import type { EntryLabel, FunctionId, StyleId, TrapId } from './types';

/** Kotter's two sides of the job: leading (the why) and managing (the how). */
export type Side = 'leading' | 'managing';

/** A name and its meaning in one language. */
export interface Words {
  /** As it heads a line or a table column: `Micromanaging leader`, `Direction`. */
  readonly name: string;
  /** Lower case, to follow a name or a dash: `holding every detail instead of trusting the team`. */
  readonly meaning: string;
}

/** What a person reads for one id: its words in the translator's language, its side, and its German. */
export interface Term<S extends Side | null = Side | null> extends Words {
  readonly side: S;
  /** As a German entry (a review) writes it, whatever the display language. */
  readonly de: Words;
}

/** The four balancing practices a review can suggest (core/reflect/practices.ts chooses; reviewScaffoldWords.ts words them). */
export type PracticeId = 'vision-with-empathy' | 'know-when-to-delegate' | 'stay-curious' | 'vision-into-steps';

/** A trap: its words and side, and the practice that balances it. */
export interface TrapTerm extends Term<Side> {
  readonly practice: PracticeId;
}

/** How the why or how label names its side besides its name: in a sentence, and as a legend heads it. */
export interface SideLabelWords {
  /** Lower case, in a sentence: `counts for why`, `why 62 %`. */
  readonly word: string;
  /** With the side it stands for, as a legend or a heading writes it: `Why (leading)`. */
  readonly heading: string;
}

/** The why or how label: its words, side and German, and its side's words in both languages. */
export interface SideLabelTerm extends Term<Side>, SideLabelWords {
  readonly de: Words & SideLabelWords;
}

/** A side as a word in a sentence: `leading`, `Führen`. */
export interface SideWord {
  readonly name: string;
  readonly de: { readonly name: string };
}

export interface Vocabulary {
  /** A trap's side is the one its name gives it: an entry showing a manager's trap is labelled how unless why is the majority (entryLabel.ts). */
  readonly traps: Readonly<Record<TrapId, TrapTerm>>;
  readonly functions: Readonly<Record<FunctionId, Term<Side>>>;
  /** Situational styles S1–S4 fit the person and the task, not a side of the job. */
  readonly styles: Readonly<Record<StyleId, Term<null>>>;
  /** An unclear entry's meaning here is the general one; the explanation says why nothing shows (unclearReason.ts). */
  readonly labels: Readonly<Record<EntryLabel, Term>> & Readonly<Record<'why' | 'how', SideLabelTerm>>;
  readonly sides: Readonly<Record<Side, SideWord>>;
}

/** What the table's messages go through: `vscode.l10n`, a report's language, `@vscode/l10n` as a webview imports it. */
export type VocabularyTranslator = Translator | Pick<typeof l10n, 't'>;

/** The vocabulary with every English name and meaning passed through `l10n`. */
export function translatedVocabulary(l10n: VocabularyTranslator): Vocabulary {
  return {
    traps: {
      'micromanaging-leader': {
        side: 'leading', practice: 'know-when-to-delegate', name: l10n.t('Micromanaging leader'), meaning: l10n.t('holding every detail instead of trusting the team'),
        de: { name: 'Mikromanagende Führungskraft', meaning: 'jedes Detail festhalten, statt dem Team zu vertrauen' },
      },
      'visionless-manager': {
        side: 'managing', practice: 'stay-curious', name: l10n.t('Visionless manager'), meaning: l10n.t('keeping the routine going with no bigger picture'),
        de: { name: 'Manager ohne Vision', meaning: 'die Routine am Laufen halten, ohne das größere Bild' },
      },
      'nice-leader-no-follow-through': {
        side: 'leading', practice: 'vision-into-steps', name: l10n.t('Nice leader, no follow-through'), meaning: l10n.t('ideas and promises without execution'),
        de: { name: 'Nette Führungskraft ohne Umsetzung', meaning: 'Ideen und Versprechen ohne Umsetzung' },
      },
      'taskmaster-manager': {
        side: 'managing', practice: 'vision-with-empathy', name: l10n.t('Taskmaster manager'), meaning: l10n.t('pushing output with no why and no care for people'),
        de: { name: 'Antreiber-Manager', meaning: 'Leistung antreiben, ohne Warum und ohne Rücksicht auf Menschen' },
      },
    },
    functions: {
      direction: {
        side: 'leading', name: l10n.t('Direction'), meaning: l10n.t('saying where we are going and why it is worth it'),
        de: { name: 'Richtung', meaning: 'sagen, wohin wir gehen und warum es sich lohnt' },
      },
      alignment: {
        side: 'leading', name: l10n.t('Alignment'), meaning: l10n.t('getting the people who matter behind that direction'),
        de: { name: 'Ausrichtung', meaning: 'die Menschen, auf die es ankommt, hinter diese Richtung bringen' },
      },
      motivation: {
        side: 'leading', name: l10n.t('Motivation'), meaning: l10n.t('keeping energy up through meaning, recognition and trust'),
        de: { name: 'Motivation', meaning: 'die Energie hochhalten durch Sinn, Anerkennung und Vertrauen' },
      },
      planning: {
        side: 'managing', name: l10n.t('Planning'), meaning: l10n.t('turning aims into steps, dates and budgets'),
        de: { name: 'Planung', meaning: 'Ziele in Schritte, Termine und Budgets übersetzen' },
      },
      organising: {
        side: 'managing', name: l10n.t('Organising'), meaning: l10n.t('putting people, roles and resources where the plan needs them'),
        de: { name: 'Organisation', meaning: 'Menschen, Rollen und Mittel dorthin bringen, wo der Plan sie braucht' },
      },
      controlling: {
        side: 'managing', name: l10n.t('Controlling'), meaning: l10n.t('watching progress and fixing problems as they show up'),
        de: { name: 'Steuerung', meaning: 'den Fortschritt verfolgen und Probleme beheben, sobald sie auftauchen' },
      },
    },
    styles: {
      directing: {
        side: null, name: l10n.t('Directing'), meaning: l10n.t('saying what to do and how, and following it closely'),
        de: { name: 'Anleiten', meaning: 'sagen, was zu tun ist und wie, und es eng begleiten' },
      },
      coaching: {
        side: null, name: l10n.t('Coaching'), meaning: l10n.t('still deciding, while explaining why and encouraging'),
        de: { name: 'Coachen', meaning: 'weiter selbst entscheiden, dabei das Warum erklären und ermutigen' },
      },
      supporting: {
        side: null, name: l10n.t('Supporting'), meaning: l10n.t('listening and backing them while they decide'),
        de: { name: 'Unterstützen', meaning: 'zuhören und den Rücken stärken, während die Person entscheidet' },
      },
      delegating: {
        side: null, name: l10n.t('Delegating'), meaning: l10n.t('handing the task and the decisions over'),
        de: { name: 'Delegieren', meaning: 'die Aufgabe und die Entscheidungen übergeben' },
      },
    },
    labels: {
      why: {
        side: 'leading', name: l10n.t('Why'), meaning: l10n.t('mostly leading (why)'), word: l10n.t('why'), heading: l10n.t('Why (leading)'),
        de: { name: 'Warum', meaning: 'vor allem Führen (Warum)', word: 'Warum', heading: 'Warum (Führen)' },
      },
      how: {
        side: 'managing', name: l10n.t('How'), meaning: l10n.t('mostly managing (how)'), word: l10n.t('how'), heading: l10n.t('How (managing)'),
        de: { name: 'Wie', meaning: 'vor allem Managen (Wie)', word: 'Wie', heading: 'Wie (Managen)' },
      },
      balanced: {
        side: null, name: l10n.t('Balanced'), meaning: l10n.t('balanced between leading and managing'),
        de: { name: 'Ausgewogen', meaning: 'ausgewogen zwischen Führen und Managen' },
      },
      unclear: {
        side: null, name: l10n.t('Unclear'), meaning: l10n.t('nothing in it shows either side'),
        de: { name: 'Unklar', meaning: 'nichts darin zeigt eine der beiden Seiten' },
      },
    },
    sides: {
      leading: { name: l10n.t('leading'), de: { name: 'Führen' } },
      managing: { name: l10n.t('managing'), de: { name: 'Managen' } },
    },
  };
}

/** The table in English: what the tagger, reviews, the CLI and the English report read. */
export const VOCABULARY: Vocabulary = translatedVocabulary(ENGLISH);

export const TRAPS = VOCABULARY.traps;
export const FUNCTIONS = VOCABULARY.functions;
export const STYLES = VOCABULARY.styles;
export const ENTRY_LABEL_TERMS = VOCABULARY.labels;
export const SIDES = VOCABULARY.sides;

/**
 * The name of `id` in `terms` (one group of a vocabulary, English or translated); an id from a newer
 * tagger (in an older front matter reader, say) is named by its id in sentence case.
 */
export function nameOf<K extends string>(terms: Readonly<Record<K, Words>>, id: K): string {
  return (terms[id] as Words | undefined)?.name ?? sentenceCase(id);
}

export function trapName(id: TrapId): string {
  return nameOf(TRAPS, id);
}

export function functionName(id: FunctionId): string {
  return nameOf(FUNCTIONS, id);
}

export function styleName(id: StyleId): string {
  return nameOf(STYLES, id);
}
