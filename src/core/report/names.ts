// How months and decimals read in the English reports, in one place so the terminal summary, the HTML
// and its tables say the same thing. Locale-independent on purpose: a report is the same text on
// every machine for the same journal and day (the month names are `en`'s, core/text/dates.ts, never
// the machine's locale). Names of ids are the vocabulary's (core/tagger/vocabulary.ts), shares and
// counts the shared formatting's (core/text/format.ts).
import { dayFormat } from '../text/dates';

/** One decimal place: `2.5`. */
export function decimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** `2026-11-23` or `2026-11` → `Nov`; text that names no month as it is. */
export const monthName: (iso: string) => string = dayFormat('en', 'month');
