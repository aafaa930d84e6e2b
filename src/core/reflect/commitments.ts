// Commitments: the items of an entry that are mine, the promises to act that the Commitments view,
// the reviews and the daily entry follow up across entries (commitmentTracking.ts). Which lines are
// items, and whose, is itemScan.ts; a commitment is an item that is mine, e.g.
//   - a task item (`- [ ] …`) under a commitment heading ("Next", "Commitments", a template's own
//     closing section such as "What we agreed", in English or German);
//   - that section's own commitment item once answered (`- One commitment for tomorrow: call Ana`);
//   - any other line carrying a `#commit` marker;
//   - an item carried over from an earlier entry, which keeps its origin link (itemOrigin.ts).
// The other person's items ("They will", `#they`) are not commitments of mine. Nothing here throws,
// and the cost is linear in the text.
import type { ItemOrigin } from './itemOrigin';
import { scanItems } from './itemScan';
import { bodyLines, type BodyLine } from './markdownLines';

export { COMMITMENT_HEADINGS, isCommitmentHeading } from './commitmentSections';
export { commitmentKey } from './itemScan';

export interface Commitment {
  /** As written, with the list marker, task box, template label, `#commit` marker and origin link removed. */
  readonly text: string;
  /** Ticked (`[x]` or `[X]`). */
  readonly done: boolean;
  /** Zero-based line in the entry (front matter counted). */
  readonly line: number;
  /** The same commitment in another entry has the same key: see {@link commitmentKey}. */
  readonly key: string;
  /** The @names on the line, without `@`; absent when there are none. Whom it is about (itemIdentity.ts). */
  readonly mentions?: readonly string[];
  /** Present when the commitment was carried over from an earlier entry: its identity (itemIdentity.ts). */
  readonly origin?: ItemOrigin;
}

/** Every commitment in an entry's Markdown, in line order. */
export function extractCommitments(text: string): Commitment[] {
  return commitmentsInLines(bodyLines(text));
}

/** The commitments in an entry's body lines (markdownLines.ts), for callers that read the lines once. */
export function commitmentsInLines(lines: readonly BodyLine[]): Commitment[] {
  return scanItems(lines)
    .filter((item) => item.owner === 'mine')
    .map(({ text, done, line, key, mentions, origin }) => ({
      text, done, line, key,
      ...(mentions.length > 0 ? { mentions } : {}),
      ...(origin ? { origin } : {}),
    }));
}
