// A weekly or monthly review entry, drafted from the journal index without any model or network:
// the why/how balance against the weeks (months) before, what mattered — the decisions taken, what
// 1:1s agreed, a check-in whose style did not fit — Kotter's functions that did not show up, traps
// flagged, people named (with a hint where one person has two names), the entries that leaned
// furthest each way, open commitments, and the review's own questions with a balancing practice
// chosen from the period's imbalance. Every number is said once and never contradicts another: the
// lean and the change against the period before are two sentences, and the why and how percentages
// of a row add up to 100.
//
// Contract: the output is a complete entry (front matter the product owns, then the body, ending in
// one newline, LF line endings), and a function of its input only: the same input gives the same
// bytes. Text that came from entries (titles, names) is escaped so it shows as written. What it
// says is decided here; how it reads, in English or German (`language`), is reviewWords.ts.
//
// Private entries (`private: true`, `#private`: entries/privateRecords.ts) are counted in every
// number — the entry count, the balance, the functions, each trap's count, the practice chosen — but
// nothing drafted quotes or names anything from them: not their titles (links), answers, people,
// feedback notes or open commitments. The review says how many private entries it counted.
import type { DecisionMonth } from '../decisions/decisionStats';
import type { FeedbackNote } from '../feedback/feedbackLog';
import { DRAFTED_END, DRAFTED_START } from '../entries/drafted';
import { formatIsoDate, type LocalDate } from '../calendar/localDate';
import { createFrontMatter } from '../entries/frontMatter';
import { isPrivateRecord, privatePaths, withoutPrivate } from '../entries/privateRecords';
import type { ContentLanguage } from '../locale/contentLanguage';
import { capitalise } from '../text/format';
import { countedEntries } from '../trends/counted';
import type { IndexedEntry } from '../records/entryRecord';
import type { OpenCommitment } from './commitmentTracking';
import { collectPeople, ONE_ON_ONE_KIND, type PersonSource } from './people';
import { mergeSuggestions } from './mergeSuggestions';
import { createPeopleDirectory, type PeopleDirectory } from './peopleDirectory';
import { choosePractice, leanOf, type PracticeId } from './practices';
import { reviewWords, type PeriodWords, type ReviewWords } from './reviewWords';
import { styleInAnswer } from '../tagger/statedStyle';
import { escapeInline, markdownLink } from './relativeLink';
import { comparisonRange, type ReviewPeriod } from './reviewPeriod';
import { balanceOf, entriesIn, functionCounts, strongest, trapCounts, type Balance } from './reviewStats';
import { decisionsSection, feedbackSection } from './reviewFollowUps';
import { timeSection, type ReviewCalendar } from './reviewTime';
import { aheadQuestions, practiceText, reasonText, type PracticeBasis } from './reviewScaffold';

/** An index record, with its `@mentions` and the answers a review reads (entryFacts.ts), when the index has them. */
export type ReviewRecord = IndexedEntry & Pick<PersonSource, 'mentions'> & { readonly answers?: Readonly<Record<string, string>> };

export interface ReviewInput {
  readonly period: ReviewPeriod;
  /** The review's own journal-relative path (reviewPath), which links are made relative to. */
  readonly path: string;
  /** The day the review is written: its front matter `date`. */
  readonly date: LocalDate;
  /** The whole index (or at least the period and the one compared with it). */
  readonly entries: readonly ReviewRecord[];
  /** Open commitments as trackCommitments gives them (oldest first). */
  readonly openCommitments: readonly OpenCommitment[];
  /** From people.yml; without it, names are matched by case and accents only. */
  readonly people?: PeopleDirectory;
  /** The journal's feedback notes (feedbackLog.ts); with them the review has a *Feedback given* section. */
  readonly feedback?: readonly FeedbackNote[];
  /** The month's decision counts (decisionStats.ts); with them a monthly review has a *Decisions* section. */
  readonly decisions?: DecisionMonth;
  /** The calendar's time over the period, when a calendar is imported: the review gains a *Time* section. */
  readonly calendar?: ReviewCalendar;
  /** The entry language the review is written in (contentLanguage.ts); English when absent. */
  readonly language?: ContentLanguage;
}

export interface GeneratedReview {
  /** The entry's full text. */
  readonly text: string;
  /** No entry in the period: the review says so, and the extension can tell the user. */
  readonly empty: boolean;
  /** Entries counted (reviews themselves are not). */
  readonly entries: number;
  readonly practice: PracticeId;
}

/** Open commitments listed in full; the rest are counted. */
export const MAX_COMMITMENTS_LISTED = 10;

/** The review's words for its period: the language's table, the period's phrases, its title and span. */
interface Words extends PeriodWords {
  readonly text: ReviewWords;
  readonly title: string;
  readonly span: string;
}

function wordsFor(period: ReviewPeriod, text: ReviewWords): Words {
  if (period.kind === 'weekly-review') {
    return {
      ...text.week,
      text,
      title: text.weekTitle(period.label),
      span: text.weekSpan(formatIsoDate(period.start), formatIsoDate(period.end)),
    };
  }
  return { ...text.month, text, title: text.monthTitle(period.start.month, period.start.year), span: text.monthSpan(formatIsoDate(period.start), formatIsoDate(period.end)) };
}

/** A why and how share as whole percentages that add up to 100 (rounded apart they can make 101). */
function percentPair(text: ReviewWords, why: number | null, how: number | null): [string, string] {
  if (why === null || how === null) {
    return [text.percent(why), text.percent(how)];
  }
  const whole = Math.round((why / (why + how || 1)) * 100);
  return [text.percent(whole / 100), text.percent(1 - whole / 100)];
}

function balanceRow(words: Words, name: string, balance: Balance): string {
  const [why, how] = percentPair(words.text, balance.whyShare, balance.howShare);
  return `| ${name} | ${why} | ${how} | ${words.text.taggedOf(balance.tagged, balance.entries)} |`;
}

function balanceSection(words: Words, now: Balance, before: Balance): string[] {
  const { text } = words;
  const lines = [
    `## ${text.balanceHeading}`,
    '',
    text.balanceHeader,
    '| --- | ---: | ---: | ---: |',
    balanceRow(words, capitalise(words.thisPeriod), now),
    balanceRow(words, capitalise(words.before), before),
    '',
  ];
  if (now.whyShare === null) {
    lines.push(text.noneTagged(words));
    return lines;
  }
  // Two sentences: where the period stands, then how it moved. One sentence joining "leaned towards
  // the how" to "more why than before" read as a contradiction.
  const [why] = percentPair(text, now.whyShare, now.howShare);
  const stands = text.stands(words, leanOf(now.whyShare), why);
  if (before.whyShare === null) {
    lines.push(`${stands} ${text.nothingBefore(words)}`);
    return lines;
  }
  const [beforeWhy] = percentPair(text, before.whyShare, before.howShare);
  const points = Number.parseInt(why, 10) - Number.parseInt(beforeWhy, 10);
  const moved = Math.abs(points) < 5 ? text.aboutTheSame(words, beforeWhy) : text.moved(words, points, beforeWhy);
  lines.push(`${stands} ${moved}`);
  return lines;
}

/** A user's answer quoted inline: escaped, on one line. */
function quote(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' ').trim());
}

/**
 * What mattered, from the user's own answers: the decisions taken, what each 1:1 agreed, and the
 * check-ins whose style did not fit. Nothing when the period holds none of these.
 */
function matteredSection(text: ReviewWords, entries: readonly ReviewRecord[], path: string, directory: PeopleDirectory): string[] {
  const lines: string[] = [];
  const link = (entry: ReviewRecord): string => markdownLink(entry.title, path, entry.path);
  const decisions = entries.filter((entry) => entry.kind === 'decision');
  if (decisions.length > 0) {
    lines.push(`### ${text.decisionsHeading}`, '');
    for (const entry of decisions) {
      const choice = entry.answers?.['decision.choice'];
      lines.push(`- ${link(entry)}: ${choice ? quote(choice) : text.noDecisionWritten}`);
    }
    lines.push('');
  }
  const agreements = entries.filter((entry) => entry.kind === ONE_ON_ONE_KIND);
  if (agreements.length > 0) {
    lines.push(`### ${text.agreedHeading}`, '');
    for (const entry of agreements) {
      const parts = [
        [text.theyWill, entry.answers?.['one-on-one.agreements.they-will']],
        [text.iWill, entry.answers?.['one-on-one.agreements.i-will']],
        [text.nextCheckIn, entry.answers?.['one-on-one.agreements.next-check-in']],
      ].filter((part): part is [string, string] => part[1] !== undefined);
      lines.push(`- ${link(entry)}: ${parts.length > 0 ? parts.map(([label, answer]) => `${label}: ${quote(answer)}`).join('; ') : text.nothingAgreed}`);
    }
    lines.push('');
  }
  const mismatches = entries.filter((entry) => {
    const fits = styleInAnswer(entry.answers?.['situational.style.fits'] ?? '');
    const used = styleInAnswer(entry.answers?.['situational.style.used'] ?? '');
    return entry.kind === 'situational' && fits !== null && used !== null && fits !== used;
  });
  if (mismatches.length > 0) {
    lines.push(`### ${text.stylesHeading}`, '');
    for (const entry of mismatches) {
      // Both found: the filter above kept only entries whose two answers name a style.
      const fits = styleInAnswer(entry.answers?.['situational.style.fits'] ?? '');
      const used = styleInAnswer(entry.answers?.['situational.style.used'] ?? '');
      const who = entry.people[0] !== undefined ? text.withPerson(escapeInline(displayName(entry.people[0], directory))) : '';
      const task = entry.answers?.['situational.task'];
      if (fits !== null && used !== null) {
        lines.push(`- ${link(entry)}${who}${task ? ` (${quote(task.replace(/[.!]+$/, ''))})` : ''}: ${text.styleMismatch(used, fits)}`);
      }
    }
    lines.push('');
  }
  return lines.length === 0 ? [] : [`## ${text.matteredHeading}`, '', ...lines.slice(0, -1)];
}

/** How the people directory names someone: the full name from people.yml, or as written. */
function displayName(written: string, directory: PeopleDirectory): string {
  const resolved = directory.resolve(written);
  return resolved.kind === 'listed' ? resolved.name : written.replace(/^@/, '');
}

function functionsSection(words: Words, entries: readonly IndexedEntry[], balance: Balance): string[] {
  const { text } = words;
  const lines = [`## ${text.functionsHeading}`, '', text.functionsIntro, ''];
  if (balance.tagged === 0) {
    lines.push(text.nothingTagged(words));
    return lines;
  }
  const counts = functionCounts(entries);
  const shown = counts.filter((fn) => fn.count > 0);
  const missing = counts.filter((fn) => fn.count === 0);
  if (shown.length > 0) {
    lines.push(text.functionsSeen(words, shown), '');
  }
  if (missing.length === 0) {
    lines.push(text.allSix(words));
    return lines;
  }
  lines.push(text.missing(words), '');
  for (const fn of missing) {
    lines.push(text.missingFunction(fn.id));
  }
  return lines;
}

/** Each trap's count counts private entries; its list links only the others and says how many private ones it holds back. */
function trapsSection(words: Words, entries: readonly IndexedEntry[], path: string): string[] {
  const { text } = words;
  const traps = trapCounts(entries);
  if (traps.length === 0) {
    return [`## ${text.trapsHeading}`, '', text.noTrap(words)];
  }
  const listed = (trapEntries: readonly IndexedEntry[]): string => {
    const { shown, hidden } = withoutPrivate(trapEntries);
    const links = shown.map((entry) => markdownLink(entry.title, path, entry.path));
    return [...links, ...(hidden > 0 ? [text.privateEntries(hidden)] : [])].join(', ');
  };
  return [
    `## ${text.trapsHeading}`,
    '',
    ...traps.map((trap) => text.trapLine(trap.id, trap.entries.length, listed(trap.entries))),
  ];
}

/**
 * `entries` and `all` hold no private entry: the caller leaves them out, so no one is named from one.
 * `all` is every counted entry, so a short name this period (`@priya`) is matched with a full name
 * the journal used before ("Priya Raman"): the hint names both and the line for people.yml.
 */
function peopleSection(words: Words, entries: readonly ReviewRecord[], directory: PeopleDirectory, all: readonly ReviewRecord[], privateEntries = 0): string[] {
  const { text } = words;
  const people = collectPeople(entries, directory);
  if (people.length === 0) {
    return [`## ${text.peopleHeading}`, '', privateEntries > 0 ? text.noOneOutsidePrivate(words) : text.noOne(words)];
  }
  const lines = [`## ${text.peopleHeading}`, '', text.peopleHeader, '| --- | ---: | ---: |'];
  for (const person of people) {
    lines.push(`| ${escapeInline(person.name)} | ${person.entries.length} | ${person.entries.filter((e) => e.kind === ONE_ON_ONE_KIND).length} |`);
  }
  const ambiguous = people.filter((person) => person.ambiguousWith.length > 0);
  if (ambiguous.length > 0) {
    lines.push('');
    for (const person of ambiguous) {
      lines.push(`- ${text.ambiguous(escapeInline(person.name), person.ambiguousWith.map(escapeInline))}`);
    }
  }
  const here = new Set(people.map((person) => person.key));
  const merges = mergeSuggestions(collectPeople(all, directory)).filter((merge) => here.has(merge.aliasKey) || here.has(merge.nameKey));
  if (merges.length > 0) {
    lines.push('');
    for (const merge of merges) {
      lines.push(`- ${text.mayBeOne(escapeInline(merge.alias), escapeInline(merge.name), escapeInline(`${merge.name}: [${merge.alias}]`))}`);
    }
  }
  return lines;
}

/** A private entry can be the strongest: it is then called that, with its share, and not linked. */
function strongestSection(words: Words, entries: readonly IndexedEntry[], path: string): string[] {
  const { text } = words;
  const lines = [`## ${text.strongestHeading}`, ''];
  for (const side of ['why', 'how'] as const) {
    const entry = strongest(entries, side);
    if (entry === undefined) {
      lines.push(text.noStrongest(words, side));
      continue;
    }
    const named = isPrivateRecord(entry) ? text.aPrivateEntry : markdownLink(entry.title, path, entry.path);
    lines.push(text.strongest(side, named, entry[side]));
  }
  return lines;
}

/** How long a commitment has been open, and where it was written: "open 3 days, since [date]", "written today, in [date]". */
function sighting(text: ReviewWords, days: number, link: string): string {
  return days === 0 ? text.writtenToday(link) : text.openSince(days, link);
}

/** `held` open commitments were written in private entries: counted in a line, never quoted. */
function commitmentsSection(text: ReviewWords, open: readonly OpenCommitment[], path: string, held = 0): string[] {
  if (open.length === 0) {
    return [`## ${text.commitmentsHeading}`, '', held > 0 ? `${text.heldCommitments(held)} ${text.noOtherCommitment}` : text.noCommitments];
  }
  const lines = [`## ${text.commitmentsHeading}`, '', text.commitmentsIntro, ''];
  for (const commitment of open.slice(0, MAX_COMMITMENTS_LISTED)) {
    lines.push(`- [ ] ${commitment.text}`);
    lines.push(`  - ${sighting(text, commitment.ageDays, markdownLink(commitment.firstSeen.date, path, commitment.firstSeen.path))}`);
  }
  const rest = open.length - MAX_COMMITMENTS_LISTED;
  if (rest > 0) {
    lines.push(text.moreCommitments(rest));
  }
  if (held > 0) {
    lines.push('', text.heldCommitments(held));
  }
  return lines;
}

function lookingAhead(words: Words, practiceLines: readonly string[]): string[] {
  const { text } = words;
  const questions = aheadQuestions(text, words);
  return [
    `## ${text.aheadHeading}`,
    '',
    `### ${text.startHeading}`,
    '',
    questions.start,
    '',
    '- [ ] ',
    '',
    `### ${text.stopHeading}`,
    '',
    questions.stop,
    '',
    '',
    '',
    `### ${text.continueHeading}`,
    '',
    questions.keep,
    '',
    '',
    '',
    `### ${text.practiceHeading(words)}`,
    '',
    // Drafted too: Refresh Drafted Section chooses it again from the period as it is then.
    DRAFTED_START,
    ...practiceLines,
    DRAFTED_END,
    '',
    `- ${text.tryItLabel}: `,
  ];
}

/** The review entry for `input.period`. */
export function generateReview(input: ReviewInput): GeneratedReview {
  const { period, path } = input;
  const words = wordsFor(period, reviewWords(input.language));
  const { text } = words;
  // Only entries with something written, dated up to the review's day (counted.ts).
  const counted = countedEntries(input.entries, input.date);
  const entries = entriesIn(counted, period.start, period.end);
  const compared = comparisonRange(period);
  const before = balanceOf(entriesIn(counted, compared.start, compared.end));
  const now = balanceOf(entries);
  const directory = input.people ?? createPeopleDirectory([]);
  // What may be named: the period's entries that are not private, and what other readers found
  // outside private files (any private file, counted or not). Numbers are still taken from `entries`.
  const { shown, hidden } = withoutPrivate(entries);
  const held = privatePaths(input.entries);
  const commitments = withoutPrivate(input.openCommitments.map((commitment) => ({
    commitment,
    ...(held.has(commitment.firstSeen.path) || held.has(commitment.lastSeen.path) ? { private: true as const } : {}),
  })));
  const basis: PracticeBasis = now.whyShare !== null ? 'period' : before.whyShare !== null ? 'before' : 'none';
  const traps = trapCounts(entries).map((trap) => ({ id: trap.id, count: trap.entries.length }));
  const { practice, reason } = choosePractice(now.whyShare ?? before.whyShare, traps);
  const practiceLines = [practiceText(text, practice.id), '', reasonText(text, words, reason, basis)];
  const front = createFrontMatter({
    date: formatIsoDate(input.date),
    kind: period.kind,
    ...(period.kind === 'weekly-review' ? { week: period.label } : { month: period.label }),
  });
  // Everything before "Looking ahead" is drafted (entries/drafted.ts): the tagger and the mention
  // reader skip it, so last week's summary does not count as this week's writing.
  const sections: string[][] = [[DRAFTED_START]];
  if (entries.length === 0) {
    sections.push([
      text.nothingToDraft(words.span),
    ]);
    sections.push(input.calendar ? timeSection(input.calendar, counted) : []);
  } else {
    sections.push(
      [text.intro(words.span, entries.length, hidden)],
      balanceSection(words, now, before),
      input.calendar ? timeSection(input.calendar, counted) : [],
      ...[matteredSection(text, shown, path, directory)].filter((section) => section.length > 0),
      functionsSection(words, entries, now),
      trapsSection(words, entries, path),
      peopleSection(words, shown, directory, counted.filter((entry) => !isPrivateRecord(entry)), hidden),
      feedbackSection(period, (input.feedback ?? []).filter((note) => !held.has(note.path)), directory, text, words),
      period.kind === 'monthly-review' && input.decisions ? decisionsSection(text, input.decisions) : [],
      strongestSection(words, entries, path),
    );
  }
  sections.push(
    commitmentsSection(text, commitments.shown.map((item) => item.commitment), path, commitments.hidden),
    [DRAFTED_END],
    lookingAhead(words, practiceLines),
  );
  const body = [`# ${words.title}`, ...sections.filter((section) => section.length > 0).map((section) => section.join('\n'))].join('\n\n');
  return { text: `${front}\n${body}\n`, empty: entries.length === 0, entries: entries.length, practice: practice.id };
}
