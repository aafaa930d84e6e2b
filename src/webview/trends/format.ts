// How numbers, ids and periods read in the view. One place, so the chart, its table and the text
// summaries say the same thing (the E2E test compares the chart's `data-why` with the table).
import { isoMonth } from '../../core/calendar/localDate';
import { dayFormat, type DayFormat } from '../../core/text/dates';
import { delta, percentNumber, pluralMessage } from '../../core/text/format';
import type { Granularity } from '../../core/trends/periods';
import type { WebviewStringKey } from './strings';
import { vocabularyNames } from '../vocabularyNames';
import { currentLocale, onLanguageChange, webviewL10n } from '../language';
import { t } from './i18n';

/** A share in [0, 1] as a whole percentage, as text; '' for null (no tagged entry). */
export const percentText = percentNumber;

/** `62 %` (as the locale writes it), `—` for null; the names of the tagger's ids and the sides (../vocabularyNames.ts). */
export const { percentLabel, trapHint, trapName, functionName, styleName, sideName } = vocabularyNames(webviewL10n);

/** A signed difference with a real minus sign; `—` for null. Shares are shown in percentage points. */
export function deltaLabel(value: number | null, kind: 'count' | 'share'): string {
  return delta(value, kind, { points: (points) => t('points', points), count: decimal });
}

// Formatters for the current locale, built on first use and dropped when the locale changes.
// `Number.prototype.toLocaleString` builds a new one on every call, which is measurable over the
// heat-map's 371 cells.
interface Formatters {
  readonly integer: Intl.NumberFormat;
  readonly decimal: Intl.NumberFormat;
  readonly shortDate: DayFormat;
  readonly monthYear: DayFormat;
  readonly longDate: DayFormat;
}

let formatters: Formatters | undefined;
const memos: Map<string, string>[] = [];

onLanguageChange(() => {
  formatters = undefined;
  memos.forEach((memo) => memo.clear());
});

// Dates are `YYYY-MM-DD` local days, written by the core's one date helper (core/text/dates.ts) as
// the calendar days they are.
function current(): Formatters {
  const locale = currentLocale();
  formatters ??= {
    integer: new Intl.NumberFormat(locale),
    decimal: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    shortDate: dayFormat(locale, 'short'),
    monthYear: dayFormat(locale, 'shortMonthYear'),
    longDate: dayFormat(locale, 'weekdayDate'),
  };
  return formatters;
}

/** One decimal, as the locale writes it: `2.5`, `2,5`. */
export function decimal(value: number): string {
  return current().decimal.format(Math.round(value * 10) / 10);
}

export function count(value: number): string {
  return current().integer.format(value);
}

const UNIT: Readonly<Record<Granularity, WebviewStringKey>> = { day: 'unitDay', week: 'unitWeek', month: 'unitMonth' };

/** `day`, `week` or `month`, in the view's language. */
export function unitName(granularity: Granularity): string {
  return t(UNIT[granularity]);
}

const COUNTS: Readonly<Record<Granularity, [WebviewStringKey, WebviewStringKey]>> = {
  day: ['daysOne', 'daysMany'],
  week: ['weeksOne', 'weeksMany'],
  month: ['monthsOne', 'monthsMany'],
};

/** `13 weeks`, `1 day`. */
export function periodCount(granularity: Granularity, value: number): string {
  const [one, many] = COUNTS[granularity];
  return pluralMessage(value, t(one), t(many), count);
}

/** Formatting is slow next to a Map look-up, and a long range repeats months and days. */
function cached(format: (formatters: Formatters) => DayFormat, key: (iso: string) => string): (iso: string) => string {
  const memo = new Map<string, string>();
  memos.push(memo);
  return (iso) => {
    const k = key(iso);
    let text = memo.get(k);
    if (text === undefined) {
      text = format(current())(k);
      memo.set(k, text);
    }
    return text;
  };
}

export const formatShortDate = cached((f) => f.shortDate, (iso) => iso);
export const formatLongDate = cached((f) => f.longDate, (iso) => iso);
/** `Nov 2026` for any day of the month. */
export const formatMonth = cached((f) => f.monthYear, isoMonth);

/** A bucket's name for people: `23 Nov – 29 Nov 2026`, `Nov 2026`, `Mon, 23 Nov 2026`. */
export function periodName(granularity: Granularity, start: string, end: string): string {
  switch (granularity) {
    case 'day':
      return formatLongDate(start);
    case 'week':
      // The first and last weeks of a range may be cut to one day.
      return start === end ? formatLongDate(start) : t('weekSpan', formatShortDate(start), formatShortDate(end), end.slice(0, 4));
    case 'month':
      return formatMonth(start);
  }
}
