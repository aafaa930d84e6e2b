// Every word a drafted review writes, in the two languages the product writes entries in (the entry
// language, `leadershipJournal.locale`, as for the templates and the review's *Time* section): one
// table per language (the scaffold's part in reviewScaffoldWords.ts, which the tagger reads too),
// chosen by the caller with `reviewWords(language)` and handed to review.ts,
// reviewScaffold.ts and reviewFollowUps.ts, which decide what to say and leave how it reads to this
// file. Sentences are whole functions, not glued fragments, so German word order and case (in
// dieser Woche, in den vier Wochen davor) are the translation's to decide. Pure data and string
// functions; the English table reproduces the English reviews byte for byte (the golden files).
// The names and meanings of traps, functions, styles and sides, in both languages, are the core
// vocabulary's (../tagger/vocabulary.ts), whose German the German views show too.
import type { ContentLanguage } from '../locale/contentLanguage';
import { ENTRY_LABEL_TERMS, FUNCTIONS, SIDES, STYLES, TRAPS } from '../tagger/vocabulary';
import type { FunctionId, StyleId, TrapId } from '../tagger/types';
import { dayFormat, type DayFormat } from '../text/dates';
import { capitalise, percent, plural, pluralForm, pluralMessage, pluralWord } from '../text/format';
import { ENGLISH_SCAFFOLD, GERMAN_SCAFFOLD, type PeriodWords, type ScaffoldWords } from './reviewScaffoldWords';

export type { PeriodWords, PracticeWords } from './reviewScaffoldWords';

/** Every word a review writes: what the scaffold matcher knows (reviewScaffoldWords.ts) and the rest. */
export interface ReviewWords extends ScaffoldWords {
  readonly weekTitle: (label: string) => string;
  readonly monthTitle: (month: number, year: number) => string;
  /** `Monday 2026-03-09 to Sunday 2026-03-15`, from the two days' `YYYY-MM-DD`. */
  readonly weekSpan: (start: string, end: string) => string;
  readonly monthSpan: (start: string, end: string) => string;
  /** A share as whole percent, as the language writes it: `44%`, `44 %`. */
  readonly percent: (share: number | null) => string;
  readonly entries: (count: number) => string;
  /** The opening line; `hidden` of the `entries` are private: counted, named nowhere. */
  readonly intro: (span: string, entries: number, hidden: number) => string;
  readonly nothingToDraft: (span: string) => string;

  readonly balanceHeading: string;
  readonly balanceHeader: string;
  readonly taggedOf: (tagged: number, entries: number) => string;
  readonly noneTagged: (words: PeriodWords) => string;
  readonly stands: (words: PeriodWords, lean: 'why' | 'how' | 'balanced', why: string) => string;
  readonly nothingBefore: (words: PeriodWords) => string;
  readonly aboutTheSame: (words: PeriodWords, beforeWhy: string) => string;
  readonly moved: (words: PeriodWords, points: number, beforeWhy: string) => string;

  readonly matteredHeading: string;
  readonly decisionsHeading: string;
  readonly noDecisionWritten: string;
  readonly agreedHeading: string;
  readonly theyWill: string;
  readonly iWill: string;
  readonly nextCheckIn: string;
  readonly nothingAgreed: string;
  readonly stylesHeading: string;
  readonly withPerson: (name: string) => string;
  readonly styleMismatch: (used: StyleId, fits: StyleId) => string;

  readonly functionsHeading: string;
  readonly functionsIntro: string;
  readonly nothingTagged: (words: PeriodWords) => string;
  /** `Seen this week: Direction in 3 entries, Planning in 2.` The first count says its unit. */
  readonly functionsSeen: (words: PeriodWords, seen: readonly { readonly id: FunctionId; readonly count: number }[]) => string;
  readonly allSix: (words: PeriodWords) => string;
  readonly missing: (words: PeriodWords) => string;
  readonly missingFunction: (id: FunctionId) => string;

  readonly trapsHeading: string;
  readonly noTrap: (words: PeriodWords) => string;
  readonly trapLine: (id: TrapId, entries: number, links: string) => string;
  readonly trapName: (id: TrapId) => string;
  /** How a trap's list counts the private entries it does not link: `2 private entries`. */
  readonly privateEntries: (count: number) => string;

  readonly peopleHeading: string;
  readonly noOne: (words: PeriodWords) => string;
  readonly noOneOutsidePrivate: (words: PeriodWords) => string;
  readonly peopleHeader: string;
  readonly ambiguous: (name: string, candidates: readonly string[]) => string;
  readonly mayBeOne: (alias: string, name: string, line: string) => string;

  readonly strongestHeading: string;
  readonly strongest: (side: 'why' | 'how', link: string, share: number) => string;
  readonly noStrongest: (words: PeriodWords, side: 'why' | 'how') => string;
  /** What a private strongest entry is called in place of its link. */
  readonly aPrivateEntry: string;

  readonly noCommitments: string;
  readonly commitmentsIntro: string;
  readonly writtenToday: (link: string) => string;
  readonly openSince: (days: number, link: string) => string;
  readonly moreCommitments: (count: number) => string;
  /** `count` open commitments written in private entries, which are not listed. */
  readonly heldCommitments: (count: number) => string;
  readonly noOtherCommitment: string;

  readonly feedbackHeading: string;
  readonly feedbackHeader: string;
  readonly onlyGrowth: (words: PeriodWords, names: string) => string;
  readonly decisionsMonthHeading: string;
  readonly decisionsLogged: (made: number, revisited: number) => string;
  readonly revisits: (asExpected: number, partly: number, notAsExpected: number, unanswered: number) => string;

  readonly aheadHeading: string;
  readonly stopHeading: string;
  readonly continueHeading: string;
  readonly practiceHeading: (words: PeriodWords) => string;
}

/** A review's month and weekday names in its language, from ../text/dates.ts: `März`, `Montag`. */
function datesIn(language: ContentLanguage): { readonly month: DayFormat; readonly weekday: DayFormat } {
  return { month: dayFormat(language, 'monthLong'), weekday: dayFormat(language, 'weekday') };
}

const ENGLISH_DATES = datesIn('en');

/** How the opening line says how many of the period's `total` entries are private: counted, never named. */
function englishPrivateNote(hidden: number, total: number): string {
  if (hidden === 0) {
    return '';
  }
  const which = hidden === total ? pluralForm(total, 'a private one', 'all of them private') : pluralMessage(hidden, 'one of them private', '{0} of them private');
  return `, ${which} (counted in the numbers, named nowhere below)`;
}

const ENGLISH: ReviewWords = {
  ...ENGLISH_SCAFFOLD,
  weekTitle: (label) => `Week ${label} review`,
  monthTitle: (month, year) => `${ENGLISH_DATES.month({ year, month, day: 1 })} ${year} review`,
  weekSpan: (start, end) => `${ENGLISH_DATES.weekday(start)} ${start} to ${ENGLISH_DATES.weekday(end)} ${end}`,
  monthSpan: (start, end) => `${start} to ${end}`,
  percent: (share) => percent(share),
  entries: (count) => plural(count, 'entry', 'entries'),
  intro: (span, entries, hidden) =>
    `${span} · ${plural(entries, 'entry', 'entries')}${englishPrivateNote(hidden, entries)}. The sections before *Looking ahead* are drafted from my journal; the rest is mine to write.`,
  nothingToDraft: (span) => `${span}: no entries, so there is nothing to draft from. Even a quiet stretch is worth a line: what kept me from writing?`,

  balanceHeading: 'Why and how',
  balanceHeader: `| | ${ENTRY_LABEL_TERMS.why.name} | ${ENTRY_LABEL_TERMS.how.name} | Tagged entries |`,
  taggedOf: (tagged, entries) => `${tagged} of ${entries}`,
  noneTagged: (words) => `None of ${words.thisPeriod}'s entries shows a side yet, so there is no balance to show.`,
  stands: (words, lean, why) => `${capitalise(words.thisPeriod)} ${lean === 'balanced' ? 'was balanced between the why and the how' : `leaned towards the ${lean}`} (${why} why).`,
  nothingBefore: (words) => `Nothing in ${words.before} shows a side to compare it with.`,
  aboutTheSame: (words, beforeWhy) => `That is about the same as ${words.before} (${beforeWhy} why).`,
  moved: (words, points, beforeWhy) =>
    `That is a move towards the ${points > 0 ? 'why' : 'how'}: ${plural(Math.abs(points), 'point')} ${points > 0 ? 'more' : 'less'} why than ${words.before} (${beforeWhy}).`,

  matteredHeading: 'What mattered',
  decisionsHeading: 'Decisions',
  noDecisionWritten: 'no decision written down yet',
  agreedHeading: 'What 1:1s agreed',
  theyWill: 'They will',
  iWill: 'I will',
  nextCheckIn: 'next check-in',
  nothingAgreed: 'nothing agreed written down',
  stylesHeading: 'Styles that did not fit',
  withPerson: (name) => ` with ${name}`,
  styleMismatch: (used, fits) => `**${STYLES[used].name}** used where **${STYLES[fits].name}** fitted.`,

  functionsHeading: "Kotter's six functions",
  functionsIntro: "John Kotter's six functions of the job: leading sets direction, aligns people and motivates; managing plans, organises and controls.",
  nothingTagged: (words) => `Nothing ${words.inThisPeriod} is tagged, so there are no functions to show.`,
  functionsSeen: (words, seen) =>
    `Seen ${words.inThisPeriod}: ${seen.map((fn, at) => `${FUNCTIONS[fn.id].name} in ${at === 0 ? plural(fn.count, 'entry', 'entries') : fn.count}`).join(', ')}.`,
  allSix: (words) => `All six showed up ${words.inThisPeriod}.`,
  missing: (words) => `Missing ${words.inThisPeriod}:`,
  missingFunction: (id) => `- **${FUNCTIONS[id].name}** (${SIDES[FUNCTIONS[id].side].name}): ${FUNCTIONS[id].meaning}`,

  trapsHeading: 'Traps flagged',
  noTrap: (words) => `No trap was flagged ${words.inThisPeriod}.`,
  trapLine: (id, entries, links) => `- **${TRAPS[id].name}**, ${plural(entries, 'entry', 'entries')}: ${links}`,
  trapName: (id) => TRAPS[id].name,
  privateEntries: (count) => plural(count, 'private entry', 'private entries'),

  peopleHeading: 'People',
  noOne: (words) => `No one was named ${words.inThisPeriod}.`,
  noOneOutsidePrivate: (words) => `No one was named ${words.inThisPeriod} outside private entries.`,
  peopleHeader: '| Person | Entries | 1:1s |',
  ambiguous: (name, candidates) => `"${name}" could be ${candidates.slice(0, -1).join(', ')} or ${candidates.at(-1) ?? ''}: a full name, or an alias in people.yml, tells them apart.`,
  mayBeOne: (alias, name, line) => `"${alias}" and "${name}" may be one person, counted twice until people.yml says so: *Merge People…* adds the line "${line}" to it.`,

  strongestHeading: 'Strongest entries',
  strongest: (side, link, share) => `- Most ${side}: ${link}, ${percent(share)} ${side}`,
  noStrongest: (words, side) => `- Most ${side}: no tagged entry ${words.inThisPeriod} leaned that way`,
  aPrivateEntry: 'a private entry',

  noCommitments: 'No open commitments. A task such as `- [ ] …` under a *Next* heading, or any line with `#commit`, is followed up here.',
  commitmentsIntro: 'Still open, oldest first. Ticking one here, or where I wrote it, closes it.',
  writtenToday: (link) => `written today, in ${link}`,
  openSince: (days, link) => `open ${plural(days, 'day')}, since ${link}`,
  moreCommitments: (count) => `- …and ${plural(count, 'more recent one', 'more recent ones')}`,
  heldCommitments: (count) => `${plural(count, 'open commitment')} from private entries ${pluralWord(count, 'is', 'are')} not listed here.`,
  noOtherCommitment: 'No other commitment is open.',

  feedbackHeading: 'Feedback given',
  feedbackHeader: '| Person | Recognition | Growth | Not yet said |',
  onlyGrowth: (words, names) => `Only growth feedback ${words.inThisPeriod} for ${names}: is there something to recognise too?`,
  decisionsMonthHeading: 'Decisions',
  decisionsLogged: (made, revisited) => `${plural(made, 'decision')} logged, ${plural(revisited, 'decision')} revisited this month.`,
  revisits: (asExpected, partly, notAsExpected, unanswered) =>
    `Of the revisits: ${asExpected} turned out as expected, ${partly} partly, ${notAsExpected} not as expected${unanswered > 0 ? `, ${unanswered} not yet answered` : ''}.`,

  aheadHeading: 'Looking ahead',
  stopHeading: 'Stop',
  continueHeading: 'Continue',
  practiceHeading: (words) => `A balancing practice for ${words.next}`,
};

const GERMAN_DATES = datesIn('de');

/** `Warum`, `Wie`: the German names of the why and how labels. */
const germanSide = (side: 'why' | 'how'): string => ENTRY_LABEL_TERMS[side].de.name;
const germanPercent = (share: number | null): string => percent(share, ' ');
const germanEntries = (count: number): string => plural(count, 'Eintrag', 'Einträge');

function germanPrivateNote(hidden: number, total: number): string {
  if (hidden === 0) {
    return '';
  }
  const which = hidden === total ? pluralForm(total, 'ein privater', 'alle privat') : pluralMessage(hidden, 'einer davon privat', '{0} davon privat');
  return `, ${which} (in den Zahlen gezählt, unten nirgends genannt)`;
}

const GERMAN: ReviewWords = {
  ...GERMAN_SCAFFOLD,
  weekTitle: (label) => `Wochenrückblick ${label}`,
  monthTitle: (month, year) => `Monatsrückblick ${GERMAN_DATES.month({ year, month, day: 1 })} ${year}`,
  weekSpan: (start, end) => `${GERMAN_DATES.weekday(start)} ${start} bis ${GERMAN_DATES.weekday(end)} ${end}`,
  monthSpan: (start, end) => `${start} bis ${end}`,
  percent: germanPercent,
  entries: germanEntries,
  intro: (span, entries, hidden) =>
    `${span} · ${germanEntries(entries)}${germanPrivateNote(hidden, entries)}. Die Abschnitte vor *Ausblick* sind aus meinem Journal entworfen; den Rest schreibe ich selbst.`,
  nothingToDraft: (span) => `${span}: keine Einträge, also nichts, woraus sich etwas entwerfen ließe. Auch eine stille Zeit ist eine Zeile wert: Was hat mich vom Schreiben abgehalten?`,

  balanceHeading: `${germanSide('why')} und ${germanSide('how')}`,
  balanceHeader: `| | ${germanSide('why')} | ${germanSide('how')} | Getaggte Einträge |`,
  taggedOf: (tagged, entries) => `${tagged} von ${entries}`,
  noneTagged: (words) => `Noch keiner der Einträge ${words.inThisPeriod} zeigt eine Seite, also gibt es keine Balance zu zeigen.`,
  stands: (words, lean, why) => `${capitalise(words.inThisPeriod)} ${lean === 'balanced' ? `war ich zwischen ${germanSide('why')} und ${germanSide('how')} ausgewogen` : `neigte ich zum ${germanSide(lean)}`} (${why} ${germanSide('why')}).`,
  nothingBefore: (words) => `${capitalise(words.inBefore)} zeigt nichts eine Seite, mit der es sich vergleichen ließe.`,
  aboutTheSame: (words, beforeWhy) => `Das ist etwa so viel wie ${words.inBefore} (${beforeWhy} ${germanSide('why')}).`,
  moved: (words, points, beforeWhy) =>
    `Das ist eine Verschiebung zum ${germanSide(points > 0 ? 'why' : 'how')}: ${plural(Math.abs(points), 'Prozentpunkt', 'Prozentpunkte')} ${points > 0 ? 'mehr' : 'weniger'} ${germanSide('why')} als ${words.inBefore} (${beforeWhy}).`,

  matteredHeading: 'Was wichtig war',
  decisionsHeading: 'Entscheidungen',
  noDecisionWritten: 'noch keine Entscheidung aufgeschrieben',
  agreedHeading: 'Was in 1:1-Gesprächen vereinbart wurde',
  // The German 1:1 template's own labels (germanKinds.ts).
  theyWill: 'Die Person übernimmt',
  iWill: 'Ich übernehme',
  nextCheckIn: 'nächstes Gespräch',
  nothingAgreed: 'keine Vereinbarung aufgeschrieben',
  stylesHeading: 'Stile, die nicht passten',
  withPerson: (name) => ` mit ${name}`,
  styleMismatch: (used, fits) => `**${STYLES[used].de.name}** eingesetzt, wo **${STYLES[fits].de.name}** gepasst hätte.`,

  functionsHeading: 'Kotters sechs Funktionen',
  functionsIntro: 'John Kotters sechs Funktionen einer Führungskraft: Führen gibt Richtung, bringt Menschen hinter ein Ziel und motiviert; Managen plant, organisiert und steuert.',
  nothingTagged: (words) => `${capitalise(words.inThisPeriod)} ist nichts getaggt, also gibt es keine Funktionen zu zeigen.`,
  functionsSeen: (words, seen) =>
    `Gesehen ${words.inThisPeriod}: ${seen.map((fn, at) => `${FUNCTIONS[fn.id].de.name} in ${at === 0 ? plural(fn.count, 'Eintrag', 'Einträgen') : fn.count}`).join(', ')}.`,
  allSix: (words) => `Alle sechs kamen ${words.inThisPeriod} vor.`,
  missing: (words) => `Nicht vorgekommen ${words.inThisPeriod}:`,
  missingFunction: (id) => `- **${FUNCTIONS[id].de.name}** (${SIDES[FUNCTIONS[id].side].de.name}): ${FUNCTIONS[id].de.meaning}`,

  trapsHeading: 'Markierte Fallen',
  noTrap: (words) => `${capitalise(words.inThisPeriod)} wurde keine Falle markiert.`,
  trapLine: (id, entries, links) => `- **${TRAPS[id].de.name}**, ${germanEntries(entries)}: ${links}`,
  trapName: (id) => TRAPS[id].de.name,
  privateEntries: (count) => plural(count, 'privater Eintrag', 'private Einträge'),

  peopleHeading: 'Personen',
  noOne: (words) => `${capitalise(words.inThisPeriod)} wurde niemand genannt.`,
  noOneOutsidePrivate: (words) => `${capitalise(words.inThisPeriod)} wurde außerhalb privater Einträge niemand genannt.`,
  peopleHeader: '| Person | Einträge | 1:1-Gespräche |',
  ambiguous: (name, candidates) => `„${name}“ könnte ${candidates.slice(0, -1).join(', ')} oder ${candidates.at(-1) ?? ''} sein: ein vollständiger Name oder ein Alias in people.yml unterscheidet sie.`,
  mayBeOne: (alias, name, line) => `„${alias}“ und „${name}“ sind vielleicht dieselbe Person und werden doppelt gezählt, bis people.yml es festhält: *Personen zusammenführen…* fügt dort die Zeile „${line}“ hinzu.`,

  strongestHeading: 'Deutlichste Einträge',
  strongest: (side, link, share) => `- Am meisten ${germanSide(side)}: ${link}, ${germanPercent(share)} ${germanSide(side)}`,
  noStrongest: (words, side) => `- Am meisten ${germanSide(side)}: kein getaggter Eintrag ${words.inThisPeriod} neigte in diese Richtung`,
  aPrivateEntry: 'ein privater Eintrag',

  noCommitments: 'Keine offenen Zusagen. Eine Aufgabe wie `- [ ] …` unter einer Überschrift *Next* oder jede Zeile mit `#commit` wird hier verfolgt.',
  commitmentsIntro: 'Noch offen, die ältesten zuerst. Hake ich eine hier ab oder dort, wo ich sie geschrieben habe, ist sie erledigt.',
  writtenToday: (link) => `heute geschrieben, in ${link}`,
  openSince: (days, link) => `${plural(days, 'Tag', 'Tage')} offen, seit ${link}`,
  moreCommitments: (count) => `- …und ${count} neuere`,
  heldCommitments: (count) =>
    `${plural(count, 'offene Zusage', 'offene Zusagen')} aus privaten Einträgen ${pluralWord(count, 'ist', 'sind')} hier nicht aufgeführt.`,
  noOtherCommitment: 'Sonst ist keine Zusage offen.',

  feedbackHeading: 'Gegebenes Feedback',
  feedbackHeader: '| Person | Anerkennung | Entwicklung | Noch nicht gesagt |',
  onlyGrowth: (words, names) => `${capitalise(words.inThisPeriod)} nur Entwicklungsfeedback für ${names}: Gibt es auch etwas anzuerkennen?`,
  decisionsMonthHeading: 'Entscheidungen',
  decisionsLogged: (made, revisited) =>
    `${plural(made, 'Entscheidung', 'Entscheidungen')} festgehalten, ${plural(revisited, 'Entscheidung', 'Entscheidungen')} in diesem Monat überprüft.`,
  revisits: (asExpected, partly, notAsExpected, unanswered) =>
    `Von den Überprüfungen: ${asExpected} wie erwartet, ${partly} teilweise, ${notAsExpected} nicht wie erwartet${unanswered > 0 ? `, ${unanswered} noch nicht beantwortet` : ''}.`,

  aheadHeading: 'Ausblick',
  stopHeading: 'Aufhören',
  continueHeading: 'Weitermachen',
  practiceHeading: (words) => `Eine ausgleichende Übung für ${words.next}`,
};

export const REVIEW_WORDS: Readonly<Record<ContentLanguage, ReviewWords>> = { en: ENGLISH, de: GERMAN };

/** The words of a review written in `language` (contentLanguage.ts); English when none is given. */
export function reviewWords(language: ContentLanguage = 'en'): ReviewWords {
  return REVIEW_WORDS[language];
}
