// What a decision entry says for its revisit: what I decided, what I expect to happen, and when to
// look again. Read from the decision template's answers in English or German ("What did I decide?",
// "How I will know it worked", "Review on"), from `expect:` and `revisit:` in the front matter (which
// win), or from a hand-written `Revisit: in 6 weeks` line. The revisit is parsed against the
// decision's own date (revisitDate.ts); a date that cannot be read or lies before the decision is a
// hint on its line, never an error.
import { parseIsoDate, type LocalDate } from '../calendar/localDate';
import { readAnswers } from '../entries/entryAnswers';
import { readFrontMatter } from '../entries/frontMatter';
import { GERMAN_ENTRY_KINDS } from '../entries/germanKinds';
import { entryKind } from '../entries/kinds';
import { bodyLines } from '../reflect/markdownLines';
import { parseRevisit, type RevisitResult } from './revisitDate';

export const DECISION_KIND = 'decision';

export interface DecisionFacts {
  /** What I decided, as answered under "What did I decide?". */
  readonly choice?: string;
  /** What I expect to happen: `expect:` in the front matter, else "How I will know it worked". */
  readonly expectation?: string;
  /** When to look again: as written, its zero-based line, and the day it gives or a hint. */
  readonly revisit?: { readonly written: string; readonly line: number; readonly result: RevisitResult };
}

const DECISION_KINDS = [entryKind('decision'), ...GERMAN_ENTRY_KINDS.filter((kind) => kind.id === 'decision')];

/** `Revisit: in 6 weeks`, `- **Revisit:** 2027-01-15`, `Wiedervorlage: in 6 Wochen`, written by hand in the body. */
const REVISIT_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*)?(?:revisit|revisit on|wiedervorlage|wieder anschauen am)(?:\*\*)?\s*:(?:\*\*)?\s*(.{0,200})$/i;

/** Zero-based line of a top-level front matter key, as the editor shows it. */
function frontMatterLine(text: string, key: string): number {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  for (let line = 1; line < lines.length && !/^(?:---|\.\.\.)\s*$/.test(lines[line] ?? ''); line++) {
    if ((lines[line] ?? '').startsWith(`${key}:`)) {
      return line;
    }
  }
  return 0;
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') {
    return value.trim();
  }
  return typeof value === 'number' ? String(value) : undefined;
}

/** The decision's facts; `decided` is its date (from the index), `locale` its language, for hints. */
export function readDecision(text: string, decided: LocalDate, locale?: string): DecisionFacts {
  const front = readFrontMatter(text);
  const data = front.ok ? front.data : {};
  const answers = readAnswers(text, DECISION_KINDS);
  const choice = answers.get('decision.choice')?.text;
  const expectation = scalar(data.expect) ?? answers.get('decision.follow-through.success-sign')?.text;
  let revisit: { written: string; line: number } | undefined;
  const fromFront = scalar(data.revisit);
  const reviewOn = answers.get('decision.follow-through.review-on');
  if (fromFront !== undefined) {
    revisit = { written: fromFront, line: frontMatterLine(text, 'revisit') };
  } else if (reviewOn) {
    revisit = { written: reviewOn.text, line: reviewOn.line };
  } else {
    for (const { text: lineText, line } of bodyLines(text)) {
      const match = REVISIT_LINE.exec(lineText);
      if (match && (match[1] ?? '').trim() !== '') {
        revisit = { written: (match[1] ?? '').replace(/\*\*$/, '').trim(), line };
        break;
      }
    }
  }
  return {
    ...(choice !== undefined ? { choice } : {}),
    ...(expectation !== undefined ? { expectation } : {}),
    ...(revisit ? { revisit: { ...revisit, result: parseRevisit(revisit.written, decided, locale) } } : {}),
  };
}

export interface DecisionHint {
  /** Zero-based line. */
  readonly line: number;
  readonly message: string;
}

/**
 * The hints to show on a decision entry when it is saved: its revisit date, where one is written and
 * cannot be read or lies on or before the decision's day. The decision's day is its `date:` front
 * matter; an entry without one gets no hint (the index skips it anyway).
 */
export function checkDecision(text: string, locale?: string): DecisionHint[] {
  const front = readFrontMatter(text);
  const date = front.ok && typeof front.data.date === 'string' ? parseIsoDate(front.data.date) : undefined;
  if (!date) {
    return [];
  }
  const revisit = readDecision(text, date, locale).revisit;
  return revisit && !revisit.result.ok ? [{ line: revisit.line, message: revisit.result.message }] : [];
}
