// What the journal index keeps about one entry for reflection, read from its text once: the
// commitments it makes or ticks, and the people it mentions with `@`. The index calls this next to
// the tagger and stores the result in the entry's record.
import { extractCommitments, type Commitment } from './commitments';
import { extractMentions } from './mentions';

export interface EntryFacts {
  readonly commitments: readonly Commitment[];
  /** Each mentioned name once, as first written (without `@`), in text order. */
  readonly mentions: readonly string[];
}

export function entryFacts(text: string): EntryFacts {
  const mentions: string[] = [];
  const seen = new Set<string>();
  for (const mention of extractMentions(text)) {
    if (!seen.has(mention.name)) {
      seen.add(mention.name);
      mentions.push(mention.name);
    }
  }
  return { commitments: extractCommitments(text), mentions };
}
