// How often I mean to meet a person one to one, as written in people.yml (`cadence: 14d`). A cadence
// is a whole number of days (weeks are seven days) or of calendar months: "monthly" after 31 January
// is due on the last day of February, not on 3 March. Parsing never throws; anything that is not a
// duration gets a message saying what to write instead. English and German words are read, since
// people.yml is written in the journal's language.

export type Cadence =
  | { readonly unit: 'days'; readonly count: number }
  | { readonly unit: 'months'; readonly count: number };

export type CadenceResult =
  | { readonly ok: true; readonly cadence: Cadence }
  | { readonly ok: false; readonly message: string };

/** A cadence longer than this is not a rhythm of 1:1s; people.yml says so rather than nudging once a decade. */
export const MAX_CADENCE_DAYS = 366;
export const MAX_CADENCE_MONTHS = 12;

const HOW = 'Write how often you meet: 14d, 2w, 1m, weekly, biweekly, monthly or "every 3 weeks".';

const WORDS: ReadonlyMap<string, Cadence> = new Map<string, Cadence>([
  ['daily', { unit: 'days', count: 1 }],
  ['weekly', { unit: 'days', count: 7 }],
  ['biweekly', { unit: 'days', count: 14 }],
  ['bi-weekly', { unit: 'days', count: 14 }],
  ['fortnightly', { unit: 'days', count: 14 }],
  ['every other week', { unit: 'days', count: 14 }],
  ['monthly', { unit: 'months', count: 1 }],
  ['quarterly', { unit: 'months', count: 3 }],
  ['täglich', { unit: 'days', count: 1 }],
  ['wöchentlich', { unit: 'days', count: 7 }],
  ['zweiwöchentlich', { unit: 'days', count: 14 }],
  ['14-tägig', { unit: 'days', count: 14 }],
  ['14-täglich', { unit: 'days', count: 14 }],
  ['monatlich', { unit: 'months', count: 1 }],
  ['vierteljährlich', { unit: 'months', count: 3 }],
  ['quartalsweise', { unit: 'months', count: 3 }],
]);

/** Unit words, singular and plural, English and German, to days (1, 7) or months (`m`). */
const UNITS: ReadonlyMap<string, 'd' | 'w' | 'm'> = new Map<string, 'd' | 'w' | 'm'>([
  ...['d', 'day', 'days', 'tag', 'tage', 'tagen'].map((word) => [word, 'd'] as const),
  ...['w', 'wk', 'wks', 'week', 'weeks', 'woche', 'wochen'].map((word) => [word, 'w'] as const),
  ...['m', 'mo', 'mon', 'month', 'months', 'monat', 'monate', 'monaten'].map((word) => [word, 'm'] as const),
]);

/** `every`, `alle`, `jede`… before a count or a unit: `every 3 weeks`, `every week`, `alle 2 Wochen`. */
const EVERY = /^(?:every|each|alle|jede|jeden|jedes)\s+/;
const COUNTED = /^(\d{1,4})\s*([a-zäöü]+)$/;
const ISO_DURATION = /^p(\d{1,4})([dwm])$/;

/** Ambiguous words: said back with the reason, never guessed. */
const AMBIGUOUS: ReadonlyMap<string, string> = new Map([
  ['bimonthly', '"bimonthly" can mean twice a month or every two months: write 2w or 2m.'],
  ['semimonthly', '"semimonthly" is twice a month: write 2w.'],
]);

function counted(count: number, unit: 'd' | 'w' | 'm'): CadenceResult {
  if (count < 1) {
    return { ok: false, message: `A cadence of 0 never comes round. ${HOW}` };
  }
  if (unit === 'm') {
    return count > MAX_CADENCE_MONTHS
      ? { ok: false, message: `A cadence is at most a year (${MAX_CADENCE_MONTHS}m, 52w or ${MAX_CADENCE_DAYS}d).` }
      : { ok: true, cadence: { unit: 'months', count } };
  }
  const days = unit === 'w' ? count * 7 : count;
  return days > MAX_CADENCE_DAYS
    ? { ok: false, message: `A cadence is at most a year (${MAX_CADENCE_MONTHS}m, 52w or ${MAX_CADENCE_DAYS}d).` }
    : { ok: true, cadence: { unit: 'days', count: days } };
}

/**
 * Reads a cadence: `14d`, `14 days`, `2w`, `2 weeks`, `1m`, `3 months`, `every 3 weeks`, `every week`,
 * `P2W`, `weekly`, `biweekly`, `fortnightly`, `monthly`, `quarterly`, and the German `14 Tage`,
 * `2 Wochen`, `alle 2 Wochen`, `wöchentlich`, `zweiwöchentlich`, `14-tägig`, `monatlich`. Case and
 * spacing do not matter. A bare number (YAML reads `cadence: 14` as one) is refused with a hint to name
 * its unit. `value` is what the YAML holds: anything but a string or number is not a duration.
 */
export function parseCadence(value: unknown): CadenceResult {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value > 0
      ? { ok: false, message: `${value} what? Write ${value}d for days or ${value}w for weeks.` }
      : { ok: false, message: `${String(value)} is not a duration. ${HOW}` };
  }
  if (value === null || value === undefined) {
    return { ok: false, message: `The cadence is empty. ${HOW}` };
  }
  if (typeof value !== 'string') {
    return { ok: false, message: `A cadence is one duration, not a list or a map. ${HOW}` };
  }
  const written = value.trim();
  const text = written.toLowerCase().replace(/\s+/g, ' ');
  if (text === '') {
    return { ok: false, message: `The cadence is empty. ${HOW}` };
  }
  const word = WORDS.get(text);
  if (word) {
    return { ok: true, cadence: word };
  }
  const ambiguous = AMBIGUOUS.get(text);
  if (ambiguous) {
    return { ok: false, message: ambiguous };
  }
  const iso = ISO_DURATION.exec(text);
  if (iso) {
    return counted(Number(iso[1]), iso[2] as 'd' | 'w' | 'm');
  }
  const rest = text.replace(EVERY, '');
  const unitAlone = UNITS.get(rest);
  if (rest !== text && unitAlone && rest.length > 1) {
    return counted(1, unitAlone); // `every week`, `jede Woche`
  }
  const match = COUNTED.exec(rest);
  const unit = match ? UNITS.get(match[2] ?? '') : undefined;
  if (match && unit) {
    return counted(Number(match[1]), unit);
  }
  if (/^\d+([.,]\d+)\s*[a-zäöü]*$/.test(rest)) {
    return { ok: false, message: `"${written}" is not a whole number of days, weeks or months. ${HOW}` };
  }
  return { ok: false, message: `"${written}" is not a duration. ${HOW}` };
}

/** The unit a cadence is said in. */
export type SpokenUnit = 'days' | 'weeks' | 'months';

export interface SpokenCadence {
  readonly unit: SpokenUnit;
  readonly count: number;
}

/**
 * The cadence in the largest unit that says it whole: months as they are, days as weeks when they
 * are a whole number of weeks (14 days: 2 weeks), else days. Every place that writes a cadence for a
 * person (people.yml's short form, the 1:1 nudge, the person page) says it this way.
 */
export function spokenCadence(cadence: Cadence): SpokenCadence {
  if (cadence.unit === 'months') {
    return cadence;
  }
  return cadence.count % 7 === 0 ? { unit: 'weeks', count: cadence.count / 7 } : cadence;
}

const SHORT_UNIT: Readonly<Record<SpokenUnit, string>> = { days: 'd', weeks: 'w', months: 'm' };

/** The cadence as people.yml would write it, shortest form: `14d`, `2w`, `1m`. */
export function formatCadence(cadence: Cadence): string {
  const { unit, count } = spokenCadence(cadence);
  return `${count}${SHORT_UNIT[unit]}`;
}
