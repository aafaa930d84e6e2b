// What the user may type where the product asks for a day ("which day is this entry for?").
// A journal mostly looks back, so a bare weekday means the most recent one, today included.
// Input is read case-insensitively, with surrounding spaces trimmed and inner runs of spaces collapsed.
import { startOfWeek, type WeekStart } from './isoWeek';
import { dayFormat, englishWeekdayNames } from '../text/dates';
import { addDays, daysInMonth, parseIsoDate, toEpochDay, weekday, type LocalDate } from './localDate';

/** The English weekday names a typed day is read with, 0 = Sunday … 6 = Saturday. */
const WEEKDAY_NAMES: readonly string[] = englishWeekdayNames();

export interface DatePhraseOptions {
  /** First day of the user's week; decides `this week`, `last week` and `next week`. */
  readonly weekStart: WeekStart;
}

export type DatePhraseResult =
  | { readonly ok: true; readonly date: LocalDate }
  | { readonly ok: false; readonly message: string };

/** One accepted form, for hints in the UI. Every example parses. */
export interface DatePhraseForm {
  /** The form as shown to the user, e.g. `-3d / +2d`. */
  readonly form: string;
  readonly examples: readonly string[];
  readonly meaning: string;
}

export const DATE_PHRASE_FORMS: readonly DatePhraseForm[] = [
  { form: 'YYYY-MM-DD', examples: ['2026-11-23'], meaning: 'that day' },
  { form: 'today', examples: ['today'], meaning: 'today' },
  { form: 'yesterday', examples: ['yesterday'], meaning: 'the day before today' },
  { form: 'tomorrow', examples: ['tomorrow'], meaning: 'the day after today' },
  { form: '-3d / +2d', examples: ['-3d', '+2d', '-3 days'], meaning: 'that many days before (-) or after (+) today' },
  { form: '-1w / +2w', examples: ['-1w', '+2w', '+2 weeks'], meaning: 'that many weeks before (-) or after (+) today' },
  {
    form: '3d ago / 2 days ago / 1 week ago',
    examples: ['3d ago', '2 days ago', '1 week ago', '2w ago'],
    meaning: 'that many days or weeks before today',
  },
  {
    form: 'friday / fri',
    examples: ['friday', 'fri', 'thurs'],
    meaning: 'the most recent such day: today if today is one, else the last one before',
  },
  {
    form: 'last friday',
    examples: ['last friday', 'last fri'],
    meaning: 'the last such day before today; a week ago if today is one',
  },
  {
    form: 'next monday',
    examples: ['next monday', 'next mon'],
    meaning: 'the first such day after today; in a week if today is one',
  },
  {
    form: 'this week / last week / next week',
    examples: ['this week', 'last week', 'next week'],
    meaning: 'the first day of that week, by your week-start setting',
  },
];

/** `Accepted: YYYY-MM-DD, today, …`: the forms in one line, for messages and placeholders. */
export const DATE_PHRASE_HINT = `Accepted: ${DATE_PHRASE_FORMS.map((f) => f.form).join(', ')}.`;

const MIN_EPOCH_DAY = toEpochDay({ year: 1, month: 1, day: 1 });
const MAX_EPOCH_DAY = toEpochDay({ year: 9999, month: 12, day: 31 });

type Matcher = (phrase: string, today: LocalDate, options: DatePhraseOptions) => DatePhraseResult | undefined;

export function parseDatePhrase(text: string, today: LocalDate, options: DatePhraseOptions): DatePhraseResult {
  const phrase = text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (phrase === '') {
    return failure(`Enter a date. ${DATE_PHRASE_HINT}`);
  }
  for (const matcher of MATCHERS) {
    const result = matcher(phrase, today, options);
    if (result) {
      return result;
    }
  }
  return failure(`"${text.trim()}" is not a date I can read. ${DATE_PHRASE_HINT}`);
}

const isoDate: Matcher = (phrase) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(phrase);
  if (!match) {
    // Close to a date but not YYYY-MM-DD: say how to write it rather than list every form.
    return /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(phrase)
      ? failure(`Write the date as YYYY-MM-DD, e.g. 2026-11-23 (got "${phrase}").`)
      : undefined;
  }
  const date = parseIsoDate(phrase);
  if (date) {
    return { ok: true, date };
  }
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (year < 1) {
    return failure(`${phrase} is not a date: the year must be 0001 to 9999.`);
  }
  if (month < 1 || month > 12) {
    return failure(`${phrase} is not a date: the month must be 01 to 12.`);
  }
  const monthLength = daysInMonth(year, month);
  return failure(`${phrase} is not a date: ${dayFormat('en', 'monthLong')({ year, month, day: 1 })} ${match[1]} has ${monthLength} days.`);
};

const NAMED_DAYS = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1]]);

const namedDay: Matcher = (phrase, today) => {
  const offset = NAMED_DAYS.get(phrase);
  return offset === undefined ? undefined : shifted(today, offset);
};

const UNIT = '(d|days?|w|weeks?)';
const SIGNED_OFFSET = new RegExp(`^([+-]) ?(\\d{1,7}) ?${UNIT}$`);
const AGO_OFFSET = new RegExp(`^(\\d{1,7}) ?${UNIT} ago$`);

const relativeOffset: Matcher = (phrase, today) => {
  const signed = SIGNED_OFFSET.exec(phrase);
  if (signed) {
    return shifted(today, (signed[1] === '-' ? -1 : 1) * Number(signed[2]) * unitDays(signed[3]));
  }
  const ago = AGO_OFFSET.exec(phrase);
  if (ago) {
    return shifted(today, -Number(ago[1]) * unitDays(ago[2]));
  }
  // A sign or `ago` with something missing or unknown: `-d`, `+3`, `-3x`, `days ago`.
  if (/^[+-]/.test(phrase) || /(^| )ago$/.test(phrase)) {
    return failure(`"${phrase}" needs a whole number and d or w: -3d, +2w, 3 days ago, 1 week ago.`);
  }
  return undefined;
};

const weekdayName: Matcher = (phrase, today) => {
  const match = /^(?:(last|next) )?([a-z]+)$/.exec(phrase);
  if (!match) {
    return undefined;
  }
  const [, direction, name] = match;
  const target = weekdayFromName(name);
  if (target === undefined) {
    // Only `last …` / `next …` are surely meant as weekdays; a lone unknown word gets the general hint.
    return direction
      ? failure(`"${name}" is not a weekday. Use a name like friday, or its first three letters, fri.`)
      : undefined;
  }
  const back = (weekday(today) - target + 7) % 7; // days since the most recent one, 0 if today
  if (direction === 'next') {
    return shifted(today, 7 - back);
  }
  return shifted(today, direction === 'last' ? -(back || 7) : -back);
};

const relativeWeek: Matcher = (phrase, today, options) => {
  const match = /^(this|last|next) week$/.exec(phrase);
  if (!match) {
    return undefined;
  }
  const start = startOfWeek(today, options.weekStart);
  return shifted(start, { this: 0, last: -7, next: 7 }[match[1] as 'this' | 'last' | 'next']);
};

const MATCHERS: readonly Matcher[] = [isoDate, namedDay, relativeOffset, relativeWeek, weekdayName];

/** Weekday number for a full English name or a prefix of it at least three letters long (`thurs`). */
function weekdayFromName(name: string): number | undefined {
  if (name.length < 3) {
    return undefined;
  }
  const index = WEEKDAY_NAMES.findIndex((full) => full.startsWith(name));
  return index < 0 ? undefined : index;
}

function unitDays(unit: string): number {
  return unit.startsWith('w') ? 7 : 1;
}

function shifted(from: LocalDate, days: number): DatePhraseResult {
  const epochDay = toEpochDay(from) + days;
  if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
    return failure('That day is outside the years 0001 to 9999.');
  }
  return { ok: true, date: days === 0 ? from : addDays(from, days) };
}

function failure(message: string): DatePhraseResult {
  return { ok: false, message };
}
