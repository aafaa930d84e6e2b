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
// bytes. Text that came from entries (titles, names) is escaped so it shows as written.
//
// Private entries (`private: true`, `#private`: entries/privateRecords.ts) are counted in every
// number — the entry count, the balance, the functions, each trap's count, the practice chosen — but
// nothing drafted quotes or names anything from them: not their titles (links), answers, people,
// feedback notes or open commitments. The review says how many private entries it counted.
import type { DecisionMonth } from '../decisions/decisionStats';
import type { FeedbackNote } from '../feedback/feedbackLog';
import { DRAFTED_END, DRAFTED_START } from '../entries/drafted';
import { formatIsoDate, MONTH_NAMES, WEEKDAY_NAMES, weekday, type LocalDate } from '../calendar/localDate';
import { createFrontMatter } from '../entries/frontMatter';
import { isPrivateRecord, privatePaths, withoutPrivate } from '../entries/privateRecords';
import { functionName, FUNCTIONS, trapName } from '../tagger/vocabulary';
import { capitalise, percent, plural } from '../text/format';
import { countedEntries } from '../trends/counted';
import type { IndexedEntry } from '../records/entryRecord';
import type { OpenCommitment } from './commitmentTracking';
import { collectPeople, ONE_ON_ONE_KIND, type PersonSource } from './people';
import { mergeSuggestions } from './mergeSuggestions';
import { createPeopleDirectory, type PeopleDirectory } from './peopleDirectory';
import { choosePractice, leanOf, type PracticeId } from './practices';
import { styleInAnswer } from '../tagger/statedStyle';
import { escapeInline, markdownLink } from './relativeLink';
import { comparisonRange, type ReviewPeriod } from './reviewPeriod';
import { balanceOf, entriesIn, functionCounts, strongest, trapCounts, type Balance } from './reviewStats';
import { decisionsSection, feedbackSection } from './reviewFollowUps';
import { timeSection, type ReviewCalendar } from './reviewTime';
import {
  aheadQuestions, MONTH_WORDS, practiceText, reasonText, TRY_IT_LABEL, WEEK_WORDS, type PeriodWords, type PracticeBasis,
} from './reviewScaffold';

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

interface Words extends PeriodWords {
  readonly title: string;
  readonly span: string;
}

function wordsFor(period: ReviewPeriod): Words {
  const day = (date: LocalDate): string => `${WEEKDAY_NAMES[weekday(date)] ?? ''} ${formatIsoDate(date)}`;
  if (period.kind === 'weekly-review') {
    return { ...WEEK_WORDS, title: `Week ${period.label} review`, span: `${day(period.start)} to ${day(period.end)}` };
  }
  return {
    ...MONTH_WORDS,
    title: `${MONTH_NAMES[period.start.month - 1] ?? period.label} ${period.start.year} review`,
    span: `${formatIsoDate(period.start)} to ${formatIsoDate(period.end)}`,
  };
}

/** A why and how share as whole percentages that add up to 100 (rounded apart they can make 101). */
function percentPair(why: number | null, how: number | null): [string, string] {
  if (why === null || how === null) {
    return [percent(why), percent(how)];
  }
  const whole = Math.round((why / (why + how || 1)) * 100);
  return [`${whole}%`, `${100 - whole}%`];
}

function leanPhrase(whyShare: number): string {
  const lean = leanOf(whyShare);
  return lean === 'balanced' ? 'was balanced between the why and the how' : `leaned towards the ${lean}`;
}

function balanceRow(name: string, balance: Balance): string {
  const [why, how] = percentPair(balance.whyShare, balance.howShare);
  return `| ${name} | ${why} | ${how} | ${balance.tagged} of ${balance.entries} |`;
}

function balanceSection(words: Words, now: Balance, before: Balance): string[] {
  const lines = [
    '## Why and how',
    '',
    '| | Why | How | Tagged entries |',
    '| --- | ---: | ---: | ---: |',
    balanceRow(capitalise(words.thisPeriod), now),
    balanceRow(capitalise(words.before), before),
    '',
  ];
  if (now.whyShare === null) {
    lines.push(`None of ${words.thisPeriod}'s entries shows a side yet, so there is no balance to show.`);
    return lines;
  }
  // Two sentences: where the period stands, then how it moved. One sentence joining "leaned towards
  // the how" to "more why than before" read as a contradiction.
  const [why] = percentPair(now.whyShare, now.howShare);
  const stands = `${capitalise(words.thisPeriod)} ${leanPhrase(now.whyShare)} (${why} why).`;
  if (before.whyShare === null) {
    lines.push(`${stands} Nothing in ${words.before} shows a side to compare it with.`);
    return lines;
  }
  const [beforeWhy] = percentPair(before.whyShare, before.howShare);
  const points = Number.parseInt(why, 10) - Number.parseInt(beforeWhy, 10);
  const moved = Math.abs(points) < 5
    ? `That is about the same as ${words.before} (${beforeWhy} why).`
    : `That is a move towards the ${points > 0 ? 'why' : 'how'}: ${plural(Math.abs(points), 'point')} ${points > 0 ? 'more' : 'less'} why than ${words.before} (${beforeWhy}).`;
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
function matteredSection(entries: readonly ReviewRecord[], path: string, directory: PeopleDirectory): string[] {
  const lines: string[] = [];
  const link = (entry: ReviewRecord): string => markdownLink(entry.title, path, entry.path);
  const decisions = entries.filter((entry) => entry.kind === 'decision');
  if (decisions.length > 0) {
    lines.push('### Decisions', '');
    for (const entry of decisions) {
      const choice = entry.answers?.['decision.choice'];
      lines.push(`- ${link(entry)}${choice ? `: ${quote(choice)}` : ': no decision written down yet'}`);
    }
    lines.push('');
  }
  const agreements = entries.filter((entry) => entry.kind === ONE_ON_ONE_KIND);
  if (agreements.length > 0) {
    lines.push('### What 1:1s agreed', '');
    for (const entry of agreements) {
      const parts = [
        ['They will', entry.answers?.['one-on-one.agreements.they-will']],
        ['I will', entry.answers?.['one-on-one.agreements.i-will']],
        ['next check-in', entry.answers?.['one-on-one.agreements.next-check-in']],
      ].filter((part): part is [string, string] => part[1] !== undefined);
      lines.push(`- ${link(entry)}: ${parts.length > 0 ? parts.map(([label, answer]) => `${label}: ${quote(answer)}`).join('; ') : 'nothing agreed written down'}`);
    }
    lines.push('');
  }
  const mismatches = entries.filter((entry) => {
    const fits = styleInAnswer(entry.answers?.['situational.style.fits'] ?? '');
    const used = styleInAnswer(entry.answers?.['situational.style.used'] ?? '');
    return entry.kind === 'situational' && fits !== null && used !== null && fits !== used;
  });
  if (mismatches.length > 0) {
    lines.push('### Styles that did not fit', '');
    for (const entry of mismatches) {
      const fits = styleInAnswer(entry.answers?.['situational.style.fits'] ?? '') ?? '';
      const used = styleInAnswer(entry.answers?.['situational.style.used'] ?? '') ?? '';
      const who = entry.people[0] !== undefined ? ` with ${escapeInline(displayName(entry.people[0], directory))}` : '';
      const task = entry.answers?.['situational.task'];
      lines.push(`- ${link(entry)}${who}${task ? ` (${quote(task.replace(/[.!]+$/, ''))})` : ''}: **${used}** used where **${fits}** fitted.`);
    }
    lines.push('');
  }
  return lines.length === 0 ? [] : ['## What mattered', '', ...lines.slice(0, -1)];
}

/** How the people directory names someone: the full name from people.yml, or as written. */
function displayName(written: string, directory: PeopleDirectory): string {
  const resolved = directory.resolve(written);
  return resolved.kind === 'listed' ? resolved.name : written.replace(/^@/, '');
}

function functionsSection(words: Words, entries: readonly IndexedEntry[], balance: Balance): string[] {
  const lines = [
    "## Kotter's six functions",
    '',
    "John Kotter's six functions of the job: leading sets direction, aligns people and motivates; managing plans, organises and controls.",
    '',
  ];
  if (balance.tagged === 0) {
    lines.push(`Nothing ${words.thisPeriod} is tagged, so there are no functions to show.`);
    return lines;
  }
  const counts = functionCounts(entries);
  const shown = counts.filter((fn) => fn.count > 0);
  const missing = counts.filter((fn) => fn.count === 0);
  if (shown.length > 0) {
    lines.push(`Seen ${words.thisPeriod}: ${shown.map((fn, at) => `${functionName(fn.id)} in ${at === 0 ? plural(fn.count, 'entry', 'entries') : fn.count}`).join(', ')}.`, '');
  }
  if (missing.length === 0) {
    lines.push(`All six showed up ${words.thisPeriod}.`);
    return lines;
  }
  lines.push(`Missing ${words.thisPeriod}:`, '');
  for (const fn of missing) {
    const word = FUNCTIONS[fn.id];
    lines.push(`- **${word.name}** (${word.side}): ${word.meaning}`);
  }
  return lines;
}

/** Each trap's count counts private entries; its list links only the others and says how many private ones it holds back. */
function trapsSection(words: Words, entries: readonly IndexedEntry[], path: string): string[] {
  const traps = trapCounts(entries);
  if (traps.length === 0) {
    return ['## Traps flagged', '', `No trap was flagged ${words.thisPeriod}.`];
  }
  const listed = (trapEntries: readonly IndexedEntry[]): string => {
    const { shown, hidden } = withoutPrivate(trapEntries);
    const links = shown.map((entry) => markdownLink(entry.title, path, entry.path));
    return [...links, ...(hidden > 0 ? [plural(hidden, 'private entry', 'private entries')] : [])].join(', ');
  };
  return [
    '## Traps flagged',
    '',
    ...traps.map((trap) => `- **${trapName(trap.id)}**, ${plural(trap.entries.length, 'entry', 'entries')}: ${listed(trap.entries)}`),
  ];
}

/**
 * `entries` and `all` hold no private entry: the caller leaves them out, so no one is named from one.
 * `all` is every counted entry, so a short name this period (`@priya`) is matched with a full name
 * the journal used before ("Priya Raman"): the hint names both and the line for people.yml.
 */
function peopleSection(words: Words, entries: readonly ReviewRecord[], directory: PeopleDirectory, all: readonly ReviewRecord[], privateEntries = 0): string[] {
  const people = collectPeople(entries, directory);
  if (people.length === 0) {
    return ['## People', '', `No one was named ${words.thisPeriod}${privateEntries > 0 ? ' outside private entries' : ''}.`];
  }
  const lines = ['## People', '', '| Person | Entries | 1:1s |', '| --- | ---: | ---: |'];
  for (const person of people) {
    lines.push(`| ${escapeInline(person.name)} | ${person.entries.length} | ${person.entries.filter((e) => e.kind === ONE_ON_ONE_KIND).length} |`);
  }
  const ambiguous = people.filter((person) => person.ambiguousWith.length > 0);
  if (ambiguous.length > 0) {
    lines.push('');
    for (const person of ambiguous) {
      const candidates = person.ambiguousWith.map(escapeInline);
      const choice = `${candidates.slice(0, -1).join(', ')} or ${candidates.at(-1) ?? ''}`;
      lines.push(`- "${escapeInline(person.name)}" could be ${choice}: a full name, or an alias in people.yml, tells them apart.`);
    }
  }
  const here = new Set(people.map((person) => person.key));
  const merges = mergeSuggestions(collectPeople(all, directory)).filter((merge) => here.has(merge.aliasKey) || here.has(merge.nameKey));
  if (merges.length > 0) {
    lines.push('');
    for (const merge of merges) {
      lines.push(`- "${escapeInline(merge.alias)}" and "${escapeInline(merge.name)}" may be one person, counted twice until people.yml says so: *Merge People…* adds the line "${escapeInline(`${merge.name}: [${merge.alias}]`)}" to it.`);
    }
  }
  return lines;
}

/** A private entry can be the strongest: it is then called that, with its share, and not linked. */
function strongestSection(words: Words, entries: readonly IndexedEntry[], path: string): string[] {
  const lines = ['## Strongest entries', ''];
  for (const side of ['why', 'how'] as const) {
    const entry = strongest(entries, side);
    const named = entry && (isPrivateRecord(entry) ? 'a private entry' : markdownLink(entry.title, path, entry.path));
    lines.push(entry
      ? `- Most ${side}: ${named}, ${percent(entry[side])} ${side}`
      : `- Most ${side}: no tagged entry ${words.thisPeriod} leaned that way`);
  }
  return lines;
}

/** How long a commitment has been open, and where it was written: "open 3 days, since [date]", "written today, in [date]". */
function sighting(days: number, link: string): string {
  return days === 0 ? `written today, in ${link}` : `open ${plural(days, 'day')}, since ${link}`;
}

/** `held` open commitments were written in private entries: counted in a line, never quoted. */
function commitmentsSection(open: readonly OpenCommitment[], path: string, held = 0): string[] {
  const heldLine = `${plural(held, 'open commitment')} from private entries ${held === 1 ? 'is' : 'are'} not listed here.`;
  if (open.length === 0) {
    return [
      '## Commitments',
      '',
      held > 0
        ? `${heldLine} No other commitment is open.`
        : 'No open commitments. A task such as `- [ ] …` under a *Next* heading, or any line with `#commit`, is followed up here.',
    ];
  }
  const lines = ['## Commitments', '', 'Still open, oldest first. Ticking one here, or where I wrote it, closes it.', ''];
  for (const commitment of open.slice(0, MAX_COMMITMENTS_LISTED)) {
    lines.push(`- [ ] ${commitment.text}`);
    lines.push(`  - ${sighting(commitment.ageDays, markdownLink(commitment.firstSeen.date, path, commitment.firstSeen.path))}`);
  }
  const rest = open.length - MAX_COMMITMENTS_LISTED;
  if (rest > 0) {
    lines.push(`- …and ${plural(rest, 'more recent one', 'more recent ones')}`);
  }
  if (held > 0) {
    lines.push('', heldLine);
  }
  return lines;
}

function lookingAhead(words: Words, practiceLines: readonly string[]): string[] {
  const questions = aheadQuestions(words);
  return [
    '## Looking ahead',
    '',
    '### Start',
    '',
    questions.start,
    '',
    '- [ ] ',
    '',
    '### Stop',
    '',
    questions.stop,
    '',
    '',
    '',
    '### Continue',
    '',
    questions.keep,
    '',
    '',
    '',
    `### A balancing practice for ${words.next}`,
    '',
    // Drafted too: Refresh Drafted Section chooses it again from the period as it is then.
    DRAFTED_START,
    ...practiceLines,
    DRAFTED_END,
    '',
    `- ${TRY_IT_LABEL}: `,
  ];
}

/** How the opening line says how many of the period's `total` entries are private: counted, never named. */
function privateNote(hidden: number, total: number): string {
  if (hidden === 0) {
    return '';
  }
  const which = hidden === total ? (total === 1 ? 'a private one' : 'all of them private') : hidden === 1 ? 'one of them private' : `${hidden} of them private`;
  return `, ${which} (counted in the numbers, named nowhere below)`;
}

/** The review entry for `input.period`. */
export function generateReview(input: ReviewInput): GeneratedReview {
  const { period, path } = input;
  const words = wordsFor(period);
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
  const practiceLines = [practiceText(practice), '', reasonText(words, reason, basis)];
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
      `${words.span}: no entries, so there is nothing to draft from. Even a quiet stretch is worth a line: what kept me from writing?`,
    ]);
    sections.push(input.calendar ? timeSection(input.calendar, counted) : []);
  } else {
    sections.push(
      [`${words.span} · ${plural(entries.length, 'entry', 'entries')}${privateNote(hidden, entries.length)}. The sections before *Looking ahead* are drafted from my journal; the rest is mine to write.`],
      balanceSection(words, now, before),
      input.calendar ? timeSection(input.calendar, counted) : [],
      ...[matteredSection(shown, path, directory)].filter((section) => section.length > 0),
      functionsSection(words, entries, now),
      trapsSection(words, entries, path),
      peopleSection(words, shown, directory, counted.filter((entry) => !isPrivateRecord(entry)), hidden),
      feedbackSection(period, (input.feedback ?? []).filter((note) => !held.has(note.path)), directory, words.thisPeriod),
      period.kind === 'monthly-review' && input.decisions ? decisionsSection(input.decisions) : [],
      strongestSection(words, entries, path),
    );
  }
  sections.push(commitmentsSection(commitments.shown.map((item) => item.commitment), path, commitments.hidden), [DRAFTED_END], lookingAhead(words, practiceLines));
  const body = [`# ${words.title}`, ...sections.filter((section) => section.length > 0).map((section) => section.join('\n'))].join('\n\n');
  return { text: `${front}\n${body}\n`, empty: entries.length === 0, entries: entries.length, practice: practice.id };
}
