// The scaffold of a daily reflection: front matter the product owns, then prompts the user answers.
import { formatIsoDate, weekday, type LocalDate } from '../calendar/localDate';

export interface ScaffoldedEntry {
  /** The whole file's text, LF line endings. */
  readonly text: string;
  /** Zero-based line where the cursor should land: the first answer line. */
  readonly cursorLine: number;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Prompts are written for this product; each asks about either the why or the how of the day. */
const DAILY_PROMPTS = [
  'Where did I give someone a reason, not just a task, today?',
  'What did I plan, organise or unblock, and what is still at risk?',
  'What will I do differently tomorrow?',
];

export function scaffoldDailyEntry(date: LocalDate): ScaffoldedEntry {
  const iso = formatIsoDate(date);
  const lines = ['---', `date: ${iso}`, 'kind: daily', '---', '', `# ${WEEKDAYS[weekday(date)]}, ${iso}`, ''];
  let cursorLine = -1;
  for (const prompt of DAILY_PROMPTS) {
    lines.push(`## ${prompt}`, '');
    if (cursorLine < 0) {
      cursorLine = lines.length;
    }
    lines.push('', '');
  }
  return { text: lines.join('\n').replace(/\n+$/, '\n'), cursorLine };
}
