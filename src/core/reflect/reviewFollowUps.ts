// Two sections of a review about following up (issue 15), in the review's language (reviewWords.ts):
// the feedback given in the period, per person, recognition against growth; and, in a monthly review,
// the decisions made, revisited, and how the revisits turned out against what I expected. A section
// is left out when the period has nothing for it, so a journal that keeps no feedback notes or
// decision logs gets the review it always had.
import { formatIsoDate } from '../calendar/localDate';
import type { DecisionMonth } from '../decisions/decisionStats';
import type { FeedbackNote } from '../feedback/feedbackLog';
import type { PeopleDirectory } from './peopleDirectory';
import { escapeInline } from './relativeLink';
import type { ReviewPeriod } from './reviewPeriod';
import type { PeriodWords, ReviewWords } from './reviewWords';

interface Tally {
  name: string;
  recognition: number;
  growth: number;
  unclassified: number;
}

/** Feedback notes dated in the period, per person (directory key), people in order of most notes; nothing when there are none. */
export function feedbackSection(period: ReviewPeriod, notes: readonly FeedbackNote[], directory: PeopleDirectory, text: ReviewWords, words: PeriodWords): string[] {
  const [start, end] = [formatIsoDate(period.start), formatIsoDate(period.end)];
  const people = new Map<string, Tally>();
  for (const note of notes.filter((candidate) => candidate.date >= start && candidate.date <= end)) {
    const seen = new Set<string>();
    for (const written of note.people) {
      const resolution = directory.resolve(written);
      if (resolution.key === '' || seen.has(resolution.key)) {
        continue;
      }
      seen.add(resolution.key);
      const tally = people.get(resolution.key) ?? { name: resolution.kind === 'listed' ? resolution.name : written, recognition: 0, growth: 0, unclassified: 0 };
      people.set(resolution.key, tally);
      tally.recognition += note.types.includes('recognition') ? 1 : 0;
      tally.growth += note.types.includes('growth') ? 1 : 0;
      tally.unclassified += note.types.length === 0 ? 1 : 0;
    }
  }
  if (people.size === 0) {
    return [];
  }
  const lines = [`## ${text.feedbackHeading}`, '', text.feedbackHeader, '| --- | ---: | ---: | ---: |'];
  const total = (tally: Tally): number => tally.recognition + tally.growth + tally.unclassified;
  for (const tally of [...people.values()].sort((a, b) => total(b) - total(a) || (a.name < b.name ? -1 : 1))) {
    lines.push(`| ${escapeInline(tally.name)} | ${tally.recognition} | ${tally.growth} | ${tally.unclassified} |`);
  }
  const onlyGrowth = [...people.values()].filter((tally) => tally.growth > 0 && tally.recognition === 0).map((tally) => escapeInline(tally.name));
  if (onlyGrowth.length > 0) {
    lines.push('', text.onlyGrowth(words, onlyGrowth.join(', ')));
  }
  return lines;
}

/** The month's decision counts; nothing for a month with none. */
export function decisionsSection(text: ReviewWords, month: DecisionMonth): string[] {
  if (month.made === 0 && month.revisited === 0) {
    return [];
  }
  const lines = [`## ${text.decisionsMonthHeading}`, '', text.decisionsLogged(month.made, month.revisited)];
  if (month.revisited > 0) {
    lines.push('', text.revisits(month.asExpected, month.partly, month.notAsExpected, month.unanswered));
  }
  return lines;
}
