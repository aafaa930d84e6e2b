// What a review reads beyond the index (core/reflect/reviewFollowUps.ts): the feedback notes dated in
// the period (entries of kind `feedback` only, so only their files are read) and, for a monthly
// review, the month's decision counts (decisionSource.ts). Never throws: a file that cannot be read
// is left out, and without either the review reads as it always did.
import type * as vscode from 'vscode';
import { formatIsoDate, isoMonth } from '../../core/calendar/localDate';
import { decisionMonth, type DecisionMonth } from '../../core/decisions/decisionStats';
import { readFeedback, type FeedbackNote } from '../../core/feedback/feedbackLog';
import { FEEDBACK_KIND } from '../../core/feedback/sbiCheck';
import type { ReviewPeriod } from '../../core/reflect/reviewPeriod';
import type { EntryWithFacts } from '../../core/catalogue/catalogue';
import { entryUri } from '../journal/journalLocation';
import { readTextIfExists } from '../journal/journalStore';
import type { Log } from '../output';
import { loadDecisions } from './decisionSource';

export interface ReviewFollowUps {
  readonly feedback: readonly FeedbackNote[];
  readonly decisions?: DecisionMonth;
}

export async function reviewFollowUps(folder: vscode.Uri, entries: readonly EntryWithFacts[], period: ReviewPeriod, locale: string, log: Log): Promise<ReviewFollowUps> {
  const [start, end] = [formatIsoDate(period.start), formatIsoDate(period.end)];
  const feedback: FeedbackNote[] = [];
  for (const { entry } of entries.filter(({ entry: candidate }) => candidate.kind === FEEDBACK_KIND && candidate.date >= start && candidate.date <= end)) {
    try {
      const text = await readTextIfExists(entryUri(folder, entry.path));
      const facts = text === undefined ? undefined : readFeedback(text);
      if (facts) {
        feedback.push({ ...facts, date: entry.date, path: entry.path });
      }
    } catch {
      // Left out: the review is still written.
    }
  }
  if (period.kind !== 'monthly-review') {
    return { feedback };
  }
  const journal = await loadDecisions(folder, entries, locale, log).catch(() => ({ decisions: [], revisits: [] }));
  return { feedback, decisions: decisionMonth(isoMonth(start), journal.decisions, journal.revisits) };
}
