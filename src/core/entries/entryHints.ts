// The gentle checks run when a journal entry is saved, in one list: a feedback note's missing
// situation, behaviour or impact or missing person (feedback/sbiCheck.ts) and a decision's revisit
// date that cannot be read or is not after the decision (decisions/decisionRecord.ts). Hints only:
// the extension shows them on their lines, never as errors, and never stops a save.
import { checkDecision } from '../decisions/decisionRecord';
import { checkFeedback } from '../feedback/sbiCheck';

export interface EntryHint {
  /** Zero-based line (front matter counted). */
  readonly line: number;
  readonly message: string;
  /** Which check: `sbi` for feedback, `revisit` for a decision's revisit date. */
  readonly check: 'sbi' | 'revisit';
}

/** Every hint for `text`, by line; none for an entry neither check applies to. `locale` is the entry's language. */
export function entryHints(text: string, locale?: string): EntryHint[] {
  return [
    ...checkFeedback(text, locale).map((hint) => ({ line: hint.line, message: hint.message, check: 'sbi' as const })),
    ...checkDecision(text, locale).map((hint) => ({ ...hint, check: 'revisit' as const })),
  ].sort((a, b) => a.line - b.line);
}
