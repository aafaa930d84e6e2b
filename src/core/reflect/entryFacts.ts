// What the journal index keeps about one entry for reflection, read from its text once: the
// commitments it makes or ticks, and the people it mentions with `@`. The index calls this next to
// the tagger and stores the result in the entry's record. Drafted blocks (a review's summary, a daily
// entry's reminders) are not read for mentions, as the README says: naming someone there is the
// product's doing. Their commitments still count: ticking one in a review closes it.
import { blankDrafted } from '../entries/drafted';
import { commitmentsInLines, type Commitment } from './commitments';
import { bodyLines } from './markdownLines';
import { mentionsInLines } from './mentions';

export interface EntryFacts {
  readonly commitments: readonly Commitment[];
  /** Each mentioned name once, as first written (without `@`), in text order. */
  readonly mentions: readonly string[];
}

export function entryFacts(text: string): EntryFacts {
  const mentions: string[] = [];
  const seen = new Set<string>();
  const lines = bodyLines(text);
  const undrafted = blankDrafted(text);
  for (const mention of mentionsInLines(undrafted === text ? lines : bodyLines(undrafted))) {
    if (!seen.has(mention.name)) {
      seen.add(mention.name);
      mentions.push(mention.name);
    }
  }
  return { commitments: commitmentsInLines(lines), mentions };
}
