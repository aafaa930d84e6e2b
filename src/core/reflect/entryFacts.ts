// What the journal index keeps about one entry for reflection, read from its text once: the
// commitments it makes or ticks, and the people it mentions with `@`. The index calls this next to
// the tagger and stores the result in the entry's record.
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
  const lines = bodyLines(text); // Read once for both.
  for (const mention of mentionsInLines(lines)) {
    if (!seen.has(mention.name)) {
      seen.add(mention.name);
      mentions.push(mention.name);
    }
  }
  return { commitments: commitmentsInLines(lines), mentions };
}
