// A review's *Time* section, from the user's imported calendar (core/timeAudit): hours per category,
// the meeting load, the why share of the calendar's time, and the said-vs-did sentence set against
// the writing of the same weeks. Written in the entry language (English or German). Only numbers and
// category names: never an event's title or who was invited.
import type { IndexedEntry } from '../records/entryRecord';
import { categoryLabel, sideName } from '../timeAudit/categoryNames';
import { saidVsDid, type WritingWeek } from '../timeAudit/saidVsDid';
import { saidVsDidSentence, type SentenceLanguage } from '../timeAudit/saidVsDidText';
import type { WeeklyTime } from '../timeAudit/weeklyTime';
import { parseIsoDate } from '../calendar/localDate';
import { percent, plural } from '../text/format';
import { escapeInline } from './relativeLink';
import { balanceOf, entriesIn } from './reviewStats';

export interface ReviewCalendar {
  /** The calendar's time over the review's period, by the user's weeks (calendarAudit.ts). */
  readonly time: WeeklyTime;
  readonly language: SentenceLanguage;
}

/** Hours with at most one decimal: `4.5 h`, `12 h`; German `4,5 Std.`. */
export function hoursText(hours: number, language: SentenceLanguage): string {
  const rounded = Math.round(hours * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return language === 'de' ? `${text.replace('.', ',')} Std.` : `${text} h`;
}

/** The writing's why share per week of the calendar's grid, from the review's counted entries. */
export function writingWeeks(time: WeeklyTime, counted: readonly IndexedEntry[]): WritingWeek[] {
  return time.weeks.map((week) => {
    const start = parseIsoDate(week.start);
    const end = parseIsoDate(week.end);
    return { key: week.key, whyShare: start && end ? balanceOf(entriesIn(counted, start, end)).whyShare : null };
  });
}

export function timeSection(calendar: ReviewCalendar, counted: readonly IndexedEntry[]): string[] {
  const { time, language } = calendar;
  const de = language === 'de';
  const totals = time.totals;
  const hours = (value: number): string => hoursText(value, language);
  const eventHours = Object.values(totals.hours).reduce((sum, value) => sum + value, 0);
  const lines = [de ? '## Zeit' : '## Time', ''];
  if (eventHours === 0 && totals.allDayEvents === 0) {
    lines.push(de
      ? 'Mein Kalender hat in diesem Zeitraum keine Termine.'
      : 'My calendar has no events in this period.');
    return lines;
  }
  const allDay = totals.allDayEvents === 0
    ? ''
    : de
      ? `, ${plural(totals.allDayEvents, 'ganztägiger Termin', 'ganztägige Termine')}`
      : `, ${plural(totals.allDayEvents, 'all-day event')}`;
  lines.push(de
    ? `Aus meinem Kalender: ${hours(eventHours)} in Terminen, davon ${hours(totals.meetingHours)} in Besprechungen (${plural(totals.meetings, 'Besprechung', 'Besprechungen')})${allDay}.`
    : `From my calendar: ${hours(eventHours)} in events, ${hours(totals.meetingHours)} of it in meetings (${plural(totals.meetings, 'meeting')})${allDay}.`);
  lines.push('', de ? '| Kategorie | Seite | Stunden |' : '| Category | Side | Hours |', '| --- | --- | ---: |');
  const shown = time.categories.filter((category) => (totals.hours[category.id] ?? 0) > 0)
    .sort((a, b) => (totals.hours[b.id] ?? 0) - (totals.hours[a.id] ?? 0));
  for (const category of shown) {
    lines.push(`| ${escapeInline(categoryLabel(category, language))} | ${sideName(category.side, language)} | ${hours(totals.hours[category.id] ?? 0).replace(/ (h|Std\.)$/, '')} |`);
  }
  lines.push('');
  const { sides } = totals;
  if (totals.whyShare === null) {
    lines.push(de
      ? `Keine Kalenderzeit auf der Warum- oder Wie-Seite (${hours(sides.neither)} auf keiner Seite).`
      : `No calendar time on the why or the how side (${hours(sides.neither)} on neither side).`);
  } else {
    const neither = sides.neither > 0 ? (de ? `; ${hours(sides.neither)} auf keiner Seite` : `; ${hours(sides.neither)} on neither side`) : '';
    lines.push(de
      ? `Kalenderzeit auf der Warum-Seite: ${percent(totals.whyShare, ' ')} (Warum ${hours(sides.why)}, Wie ${hours(sides.how)}${neither}).`
      : `Calendar time on the why side: ${percent(totals.whyShare)} (why ${hours(sides.why)}, how ${hours(sides.how)}${neither}).`);
  }
  lines.push('', saidVsDidSentence(saidVsDid(time, writingWeeks(time, counted)), language));
  return lines;
}

