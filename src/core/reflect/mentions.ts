// `@name` mentions in an entry's body: `@ana`, `@Ana-María`, `@sam.lee`. Not an e-mail address
// (`a@b.com`: the `@` follows a letter), not part of a link address (`…/@ana`), not escaped (`\@ana`),
// not in front matter, fenced code or inline code. A name is letters and digits (any script, accents
// included), joined by single `.`, `-` or `_`; a trailing `.` or `-` is punctuation, not the name.
import { blankDrafted } from '../entries/drafted';
import { blankCodeSpans, bodyLines, type BodyLine } from './markdownLines';

export interface Mention {
  /** As written, without the `@`. */
  readonly name: string;
  /** Zero-based line in the entry (front matter counted). */
  readonly line: number;
}

/** Longer runs are not names (and are not worth resolving). */
export const MAX_MENTION_LENGTH = 64;

// Each repetition of the group starts with a separator, which the word part cannot hold, so the
// pattern cannot backtrack over the same text twice: linear per line.
const MENTION = /(?<![\p{L}\p{N}\p{M}_.@/+\\-])@([\p{L}\p{N}][\p{L}\p{N}\p{M}_]*(?:[.-][\p{L}\p{N}][\p{L}\p{N}\p{M}_]*)*)/gu;

/** Every mention, in text order. */
export function extractMentions(text: string): Mention[] {
  return mentionsInLines(bodyLines(blankDrafted(text))); // A review's drafted people list is not a mention.
}

/** The mentions in an entry's body lines (markdownLines.ts), for callers that read the lines once. */
export function mentionsInLines(lines: readonly BodyLine[]): Mention[] {
  const mentions: Mention[] = [];
  for (const { text: lineText, line } of lines) {
    if (!lineText.includes('@')) {
      continue;
    }
    for (const match of blankCodeSpans(lineText).matchAll(MENTION)) {
      const name = match[1] ?? '';
      if (name.length <= MAX_MENTION_LENGTH) {
        mentions.push({ name, line });
      }
    }
  }
  return mentions;
}
