// When to look at a decision again, as its entry says it: a day (`2027-01-15`, German `15.01.2027`)
// or a span counted from the decision's own date (`in 6 weeks`, `in 3 months`, `+2w`, `in 6 Wochen`,
// `in einem Monat`). A span is counted from the entry's date, never from today, so the same words give
// the same day whenever they are read. A revisit on or before the decision's day, or words that are
// not a date, give a hint saying what to write, in the entry's language; never an exception.
import { addDays, addMonths, compareDates, formatIsoDate, isValidDate, parseIsoDate, type LocalDate } from '../calendar/localDate';
import { contentLanguage, type ContentLanguage } from '../locale/contentLanguage';

export type RevisitResult =
  | { readonly ok: true; readonly date: LocalDate }
  | { readonly ok: false; readonly message: string };

/** Spans longer than this are not a look back at a decision but a wish; still read, with no hint. */
const MAX_COUNT = 9999;
/** Longer answers are not read as a date at all (and the span pattern never sees them). */
const MAX_WRITTEN = 80;

const UNITS: ReadonlyMap<string, 'd' | 'w' | 'm' | 'y'> = new Map<string, 'd' | 'w' | 'm' | 'y'>([
  ...['d', 'day', 'days', 'tag', 'tage', 'tagen'].map((word) => [word, 'd'] as const),
  ...['w', 'wk', 'wks', 'week', 'weeks', 'woche', 'wochen'].map((word) => [word, 'w'] as const),
  ...['m', 'mo', 'month', 'months', 'monat', 'monate', 'monaten'].map((word) => [word, 'm'] as const),
  ...['y', 'yr', 'yrs', 'year', 'years', 'jahr', 'jahre', 'jahren'].map((word) => [word, 'y'] as const),
]);

/** Number words a span may start with: `in a month`, `in one year`, `in einem Monat`, `in zwei Wochen`. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['six', 6], ['twelve', 12],
  ['ein', 1], ['eine', 1], ['einem', 1], ['einer', 1], ['einen', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['sechs', 6], ['zwölf', 12],
]);

const SPAN = /^(?:in\s+|\+\s*)?(\d{1,4}|[a-zäöüß]+)\s*([a-zäöü]+)(?:\s+(?:time|from now|later|später))?$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

interface Words {
  readonly unreadable: (written: string) => string;
  readonly before: (revisit: string, decided: string) => string;
  readonly same: (decided: string) => string;
  readonly empty: string;
}

const WORDS: Readonly<Record<ContentLanguage, Words>> = {
  en: {
    unreadable: (written) => `"${written}" is not a date I can read. Write a day (2027-01-15) or a span from the decision's date (in 6 weeks, in 3 months).`,
    before: (revisit, decided) => `The revisit date ${revisit} is before the decision (${decided}). Look again after deciding: a day after ${decided}, or a span such as "in 6 weeks".`,
    same: (decided) => `The revisit date is the day of the decision (${decided}): there is nothing to look back on yet. Try "in 6 weeks".`,
    empty: 'No revisit date yet: write a day (2027-01-15) or a span (in 6 weeks).',
  },
  de: {
    unreadable: (written) => `„${written}“ ist kein Datum, das ich lesen kann. Ein Tag (2027-01-15 oder 15.01.2027) oder eine Spanne ab dem Tag der Entscheidung (in 6 Wochen, in 3 Monaten).`,
    before: (revisit, decided) => `Der Termin ${revisit} liegt vor der Entscheidung (${decided}). Erst nach der Entscheidung zurückschauen: ein Tag nach dem ${decided} oder eine Spanne wie „in 6 Wochen“.`,
    same: (decided) => `Der Termin ist der Tag der Entscheidung (${decided}): Da gibt es noch nichts zurückzuschauen. Zum Beispiel „in 6 Wochen“.`,
    empty: 'Noch kein Termin zum Zurückschauen: ein Tag (2027-01-15) oder eine Spanne (in 6 Wochen).',
  },
};

function spanned(from: LocalDate, count: number, unit: 'd' | 'w' | 'm' | 'y'): LocalDate {
  switch (unit) {
    case 'd': return addDays(from, count);
    case 'w': return addDays(from, count * 7);
    case 'm': return addMonths(from, count);
    case 'y': return addMonths(from, count * 12);
  }
}

/** The day `written` names, counted from `decided` where it is a span; undefined when it names none. */
function readDay(written: string, decided: LocalDate): LocalDate | undefined {
  if (written.length > MAX_WRITTEN) {
    return undefined; // A day or a span is a few words; a paragraph is not one, and is not scanned.
  }
  const text = written.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.,;]$/, '');
  const iso = parseIsoDate(text);
  if (iso) {
    return iso;
  }
  const german = GERMAN_DATE.exec(text);
  if (german) {
    const [day, month, year] = [Number(german[1]), Number(german[2]), Number(german[3])];
    return isValidDate(year, month, day) ? { year, month, day } : undefined;
  }
  const span = SPAN.exec(text);
  const unit = span ? UNITS.get(span[2] ?? '') : undefined;
  if (!span || !unit) {
    return undefined;
  }
  const countText = span[1] ?? '';
  const count = /^\d+$/.test(countText) ? Number(countText) : NUMBER_WORDS.get(countText);
  if (count === undefined || count < 1 || count > MAX_COUNT) {
    return undefined;
  }
  const day = spanned(decided, count, unit);
  return isValidDate(day.year, day.month, day.day) ? day : undefined;
}

/**
 * The revisit day `written` gives for a decision dated `decided`, or a hint. A day on or before the
 * decision's is refused with a hint (there is nothing to look back on); so is an empty answer.
 */
export function parseRevisit(written: string, decided: LocalDate, locale?: string): RevisitResult {
  const words = WORDS[contentLanguage(locale)];
  if (written.trim() === '') {
    return { ok: false, message: words.empty };
  }
  const date = readDay(written, decided);
  if (!date) {
    return { ok: false, message: words.unreadable(written.trim()) };
  }
  const order = compareDates(date, decided);
  if (order < 0) {
    return { ok: false, message: words.before(formatIsoDate(date), formatIsoDate(decided)) };
  }
  if (order === 0) {
    return { ok: false, message: words.same(formatIsoDate(decided)) };
  }
  return { ok: true, date };
}
