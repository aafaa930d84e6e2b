// Dates and month names in the display language, pinned as each surface writes them: the entry
// templates' weekday and long date, the person page's month, the HTML report's month names (English
// and through Intl), the trends view's short, long and month dates, a review's title and week span,
// a typed date's weekday and the report heat-map's rows. In English and German, so having them
// behind one helper (core/text/dates.ts) cannot change a byte; then the helper's styles, and a check
// that no other file writes a list of the names.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDatePhrase } from '../../../src/core/calendar/datePhrase';
import { calendarTemplateVars } from '../../../src/core/entries/templateText';
import { reviewWords } from '../../../src/core/reflect/reviewWords';
import { heatmapSvg } from '../../../src/core/report/svgCharts';
import { localLongDate, localMonthYear, localWeekday } from '../../../src/core/entries/entryPlan';
import { monthName } from '../../../src/core/report/names';
import { DATE_STYLES, dayFormat, englishWeekdayNames, instantFormat, type DateStyle } from '../../../src/core/text/dates';
import { ENGLISH_REPORT, reportLanguage } from '../../../src/core/report/reportLanguage';
import { useL10n } from '../../../src/webview/language';
import { formatLongDate, formatMonth, formatShortDate, periodName } from '../../../src/webview/trends/format';
import { parseRestDays } from '../../../src/core/trends/streaks';

const MONTHS = Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}-15`);

describe('dates in the display language, as each surface writes them', () => {
  after(() => useL10n({ locale: 'en', bundle: null }));

  it('writes an entry\'s weekday, long date and month in the locale, English for one Intl refuses', () => {
    const monday = { year: 2026, month: 11, day: 23 };
    assert.deepEqual([localWeekday(monday, 'en'), localLongDate(monday, 'en'), localMonthYear(monday, 'en')], ['Monday', 'November 23, 2026', 'November 2026']);
    assert.deepEqual([localWeekday(monday, 'de'), localLongDate(monday, 'de'), localMonthYear(monday, 'de')], ['Montag', '23. November 2026', 'November 2026']);
    assert.deepEqual([localWeekday(monday, ''), localLongDate(monday, 'not a locale!')], ['Monday', 'November 23, 2026']);
    // A year before 100 stays that year (Date.UTC would read 99 as 1999).
    assert.equal(localLongDate({ year: 99, month: 3, day: 1 }, 'en'), 'March 1, 99');
    assert.equal(localMonthYear({ year: 2026, month: 3, day: 1 }, 'de'), 'März 2026');
  });

  it('names the report\'s months: fixed English, Intl\'s German, English for a locale Intl refuses', () => {
    const english = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
    assert.deepEqual(MONTHS.map(monthName), english);
    assert.deepEqual(MONTHS.map(ENGLISH_REPORT.monthName), english);
    assert.deepEqual(MONTHS.map(reportLanguage(ENGLISH_REPORT, 'en').monthName), english);
    assert.deepEqual(MONTHS.map(reportLanguage(ENGLISH_REPORT, 'de').monthName),
      ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez']);
    assert.deepEqual(['2026-11', '2026-11-30'].map(reportLanguage(ENGLISH_REPORT, 'de').monthName), ['Nov', 'Nov']);
    assert.deepEqual(MONTHS.slice(0, 2).map(reportLanguage(ENGLISH_REPORT, 'not a locale!').monthName), ['Jan', 'Feb']);
    assert.equal(monthName('2026-13-01'), '2026-13-01', 'no month: the text as it is');
  });

  it('writes the trends view\'s dates for the locale posted, as the calendar day they are', () => {
    useL10n({ locale: 'en', bundle: null });
    assert.deepEqual([formatShortDate('2026-11-23'), formatLongDate('2026-11-23'), formatMonth('2026-11-23'), formatMonth('2026-03')],
      ['Nov 23', 'Mon, Nov 23, 2026', 'Nov 2026', 'Mar 2026']);
    assert.equal(periodName('week', '2026-11-23', '2026-11-29'), 'Nov 23 – Nov 29 2026');
    useL10n({ locale: 'de', bundle: null });
    assert.deepEqual([formatShortDate('2026-11-23'), formatLongDate('2026-11-23'), formatMonth('2026-11-23'), formatMonth('2026-03')],
      ['23. Nov.', 'Mo., 23. Nov. 2026', 'Nov. 2026', 'März 2026']);
    assert.equal(periodName('day', '2026-01-01', '2026-01-01'), 'Do., 1. Jan. 2026');
  });

  it('writes a day in every style in English and German, from a LocalDate, a day or a month key alike', () => {
    const monday = { year: 2026, month: 11, day: 23 };
    const expected: Record<DateStyle, [string, string]> = {
      weekday: ['Monday', 'Montag'],
      weekdayShort: ['Mon', 'Mo'],
      long: ['November 23, 2026', '23. November 2026'],
      monthYear: ['November 2026', 'November 2026'],
      shortMonthYear: ['Nov 2026', 'Nov. 2026'],
      month: ['Nov', 'Nov'],
      monthLong: ['November', 'November'],
      short: ['Nov 23', '23. Nov.'],
      weekdayDate: ['Mon, Nov 23, 2026', 'Mo., 23. Nov. 2026'],
      eventDay: ['Mon, Nov 23', 'Mo., 23. Nov.'],
      eventTime: ['Mon, Nov 23, 12:00 AM', 'Mo., 23. Nov., 00:00'],
    };
    assert.deepEqual(Object.keys(expected).sort(), Object.keys(DATE_STYLES).sort());
    for (const [style, [english, german]] of Object.entries(expected) as [DateStyle, [string, string]][]) {
      assert.equal(dayFormat('en', style)(monday), english, style);
      assert.equal(dayFormat('de', style)('2026-11-23'), german, style);
    }
    assert.deepEqual(['2026-03', '2026-03-31', { year: 2026, month: 3, day: 1 }].map(dayFormat('de', 'month')), ['Mär', 'Mär', 'Mär']);
  });

  it('writes English for no locale or one Intl refuses, and text that names no day as it is', () => {
    for (const locale of [undefined, '', 'not a locale!']) {
      assert.equal(dayFormat(locale, 'long')('2026-11-23'), 'November 23, 2026', String(locale));
    }
    assert.deepEqual(['2026-13', '2026-02-30', 'someday', ''].map(dayFormat('en', 'month')), ['2026-13', '2026-02-30', 'someday', '']);
  });

  it('writes the calendar day whatever the time zone, and an instant in the machine\'s', () => {
    // 1 January 2026 in the day's style stays 1 January in Auckland and Los Angeles (the zones tier).
    assert.equal(dayFormat('en', 'weekdayDate')('2026-01-01'), 'Thu, Jan 1, 2026');
    const nineFive = new Date(2026, 10, 23, 9, 5).getTime();
    assert.equal(instantFormat('en', 'eventTime')(nineFive), 'Mon, Nov 23, 09:05 AM');
    assert.equal(instantFormat('de', 'eventTime')(nineFive), 'Mo., 23. Nov., 09:05');
    assert.equal(instantFormat(undefined, 'eventDay')(nineFive), 'Mon, Nov 23');
  });

  it('names months and weekdays for a review, a template, a typed date and the report\'s heat-map as before', () => {
    assert.equal(reviewWords('en').monthTitle(3, 2026), 'March 2026 review');
    assert.equal(reviewWords('de').monthTitle(3, 2026), 'Monatsrückblick März 2026');
    assert.equal(reviewWords('en').weekSpan('2026-03-09', '2026-03-15'), 'Monday 2026-03-09 to Sunday 2026-03-15');
    assert.equal(reviewWords('de').weekSpan('2026-03-09', '2026-03-15'), 'Montag 2026-03-09 bis Sonntag 2026-03-15');
    assert.equal(calendarTemplateVars({ year: 2024, month: 2, day: 29 }).weekday, 'Thursday');
    const today = { year: 2026, month: 11, day: 25 };
    assert.deepEqual(parseDatePhrase('thurs', today, { weekStart: 1 }), { ok: true, date: { year: 2026, month: 11, day: 19 } });
    assert.deepEqual(parseDatePhrase('0099-02-29', today, { weekStart: 1 }), { ok: false, message: '0099-02-29 is not a date: February 0099 has 28 days.' });
    const rows = (locale: string): string[] => [...heatmapSvg([{ date: '2026-11-02', count: 1, whyShare: 1 }], '2026-11-04', { ...ENGLISH_REPORT, locale })
      .matchAll(/text-anchor="end">([^<]+)</g)].map((match) => match[1] ?? '');
    assert.deepEqual(rows('en'), ['Mon', 'Wed', 'Fri']);
    assert.deepEqual(rows('de'), ['Mo', 'Mi', 'Fr']);
    assert.deepEqual(englishWeekdayNames(), ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
  });

  it('writes the English weekday names once (one Intl formatter), and shares them frozen', () => {
    // Counted rather than timed: no formatter is made for them after the first call.
    const Made = Intl.DateTimeFormat;
    englishWeekdayNames();
    let made = 0;
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Made>) {
      made++;
      return new Made(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    try {
      const names = englishWeekdayNames();
      assert.equal(englishWeekdayNames(), names, 'the same list each time');
      assert.equal(parseRestDays(['Saturday', 'sunday'])?.join(), '6,0');
      assert.equal(made, 0, 'no formatter made after the first call');
      assert.ok(Object.isFrozen(names), 'no reader can change the shared list');
    } finally {
      Intl.DateTimeFormat = Made;
    }
  });

  it('is the one place a month\'s or a weekday\'s name is written: no list of them elsewhere in src', () => {
    const root = join(__dirname, '..', '..', '..');
    const names = /'(January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sonntag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Mon|Tue|Wed|Thu|Fri|Sat|Sun)'/g;
    const written = ['src/core', 'src/extension', 'src/webview']
      .flatMap((folder) => readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.ts')).map((path) => `${folder}/${path}`))
      .filter((path) => path !== 'src/core/text/dates.ts')
      .flatMap((path) => (readFileSync(join(root, path), 'utf8').match(names) ?? []).map((match) => `${path}: ${match}`));
    assert.deepEqual(written, [], 'write it with dayFormat(locale, style) from src/core/text/dates.ts');
  });
});
