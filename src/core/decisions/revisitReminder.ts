// The decisions due to revisit, as lines for the daily entry's drafted block (and as the items of a
// "Due to revisit" view): at most three lines, the most overdue first, with what I expected so the
// line itself asks the question.
import { contentLanguage, type ContentLanguage } from '../locale/contentLanguage';
import { escapeInline, markdownLink } from '../reflect/relativeLink';
import { plural, pluralWord } from '../text/format';
import type { DueRevisit } from './revisits';

export const REVISIT_LINES = 3;
/** Expectations longer than this are cut, with an ellipsis: the link leads to the rest. */
const EXPECTATION_SHOWN = 80;

interface Words {
  readonly revisit: (link: string) => string;
  readonly due: (days: number) => string;
  readonly expected: (text: string) => string;
  readonly more: (count: number) => string;
}

const WORDS: Readonly<Record<ContentLanguage, Words>> = {
  en: {
    revisit: (link) => `Time to revisit ${link}`,
    due: (days) => (days === 0 ? 'due today' : `due ${plural(days, 'day')} ago`),
    expected: (text) => `I expected: ${text}`,
    more: (count) => `and ${count} more ${pluralWord(count, 'decision')} due to revisit`,
  },
  de: {
    revisit: (link) => `Zeit, auf ${link} zurückzuschauen`,
    due: (days) => (days === 0 ? 'heute fällig' : `seit ${plural(days, 'Tag', 'Tagen')} fällig`),
    expected: (text) => `erwartet: ${text}`,
    more: (count) => `und ${count} weitere ${pluralWord(count, 'Entscheidung', 'Entscheidungen')} zum Zurückschauen`,
  },
};

function shortened(text: string): string {
  const chars = [...text];
  return chars.length <= EXPECTATION_SHOWN ? text : `${chars.slice(0, EXPECTATION_SHOWN - 1).join('').trimEnd()}…`;
}

/** List lines (no trailing newline); links relative to `fromPath`, the entry they go into. */
export function revisitLines(due: readonly DueRevisit[], fromPath: string, locale?: string): string[] {
  const words = WORDS[contentLanguage(locale)];
  const line = (item: DueRevisit): string => {
    const details = [words.due(item.daysOverdue)];
    if (item.decision.facts.expectation) {
      details.push(words.expected(escapeInline(shortened(item.decision.facts.expectation))));
    }
    return `- ${words.revisit(markdownLink(item.decision.title, fromPath, item.decision.path))} (${details.join('; ')})`;
  };
  if (due.length <= REVISIT_LINES) {
    return due.map(line);
  }
  return [...due.slice(0, REVISIT_LINES - 1).map(line), `- ${words.more(due.length - (REVISIT_LINES - 1))}`];
}
