// How numbers, ids and periods read in the view. One place, so the chart, its table and the text
// summaries say the same thing (the E2E test compares the chart's `data-why` with the table).
import type { Granularity } from '../../core/trends/periods';
import type { FunctionId, StyleId, TrapId } from '../../core/tagger/types';

/** A share in [0, 1] as a whole percentage, as text; '' for null (no tagged entry). */
export function percentText(share: number | null): string {
  return share === null ? '' : String(Math.round(share * 100));
}

/** `62 %`, or `—` for null. */
export function percentLabel(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)} %`;
}

/** A signed difference with a real minus sign; `—` for null. Shares are shown in percentage points. */
export function deltaLabel(value: number | null, kind: 'count' | 'share'): string {
  if (value === null) {
    return '—';
  }
  const scaled = kind === 'share' ? Math.round(value * 100) : Math.round(value * 10) / 10;
  if (scaled === 0) {
    return '±0';
  }
  const text = kind === 'share' ? `${Math.abs(scaled)} pt` : Math.abs(scaled).toFixed(1);
  return `${scaled > 0 ? '+' : '\u2212'}${text}`;
}

export function decimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

// One formatter for all counts: `Number.prototype.toLocaleString` builds a new one on every call,
// which is measurable over the heat-map's 371 cells.
const integer = new Intl.NumberFormat();

export function count(value: number): string {
  return integer.format(value);
}

export function plural(value: number, one: string, many = `${one}s`): string {
  return `${integer.format(value)} ${value === 1 ? one : many}`;
}

/** `micromanaging-leader` → `Micromanaging leader`. */
function sentenceCase(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const TRAP_NAMES: Readonly<Record<TrapId, string>> = {
  'micromanaging-leader': 'Micromanaging leader',
  'visionless-manager': 'Visionless manager',
  'nice-leader-no-follow-through': 'Nice leader, no follow-through',
  'taskmaster-manager': 'Taskmaster manager',
};

// The same wording as the tagger's explanation (src/core/tagger/explain.ts).
const TRAP_HINTS: Readonly<Record<TrapId, string>> = {
  'micromanaging-leader': 'holding every detail instead of trusting the team',
  'visionless-manager': 'keeping the routine going with no bigger picture',
  'nice-leader-no-follow-through': 'ideas and promises without execution',
  'taskmaster-manager': 'pushing output with no why and no care for people',
};

export function trapHint(id: TrapId): string {
  return TRAP_HINTS[id] ?? '';
}

/** Trap ids from a newer tagger still get a readable name. */
export function trapName(id: TrapId): string {
  return TRAP_NAMES[id] ?? sentenceCase(id);
}

export function functionName(id: FunctionId): string {
  return sentenceCase(id);
}

export function styleName(id: StyleId): string {
  return sentenceCase(id);
}

const UNIT: Readonly<Record<Granularity, [string, string]>> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
};

export function unitName(granularity: Granularity, count: number): string {
  const [one, many] = UNIT[granularity];
  return count === 1 ? one : many;
}

// Dates are `YYYY-MM-DD` local days; formatted in UTC so no time zone can move them by a day.
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const longDate = new Intl.DateTimeFormat(undefined, {
  weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
});

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Formatting is slow next to a Map look-up, and a long range repeats months and days. */
function cached(format: Intl.DateTimeFormat, key: (iso: string) => string): (iso: string) => string {
  const memo = new Map<string, string>();
  return (iso) => {
    const k = key(iso);
    let text = memo.get(k);
    if (text === undefined) {
      text = format.format(utc(k.length === 7 ? `${k}-01` : k));
      memo.set(k, text);
    }
    return text;
  };
}

export const formatShortDate = cached(shortDate, (iso) => iso);
export const formatLongDate = cached(longDate, (iso) => iso);
/** `Nov 2026` for any day of the month. */
export const formatMonth = cached(monthYear, (iso) => iso.slice(0, 7));

/** A bucket's name for people: `Week of 23 Nov 2026`, `Nov 2026`, `Mon, 23 Nov 2026`. */
export function periodName(granularity: Granularity, start: string, end: string): string {
  switch (granularity) {
    case 'day':
      return formatLongDate(start);
    case 'week':
      // The first and last weeks of a range may be cut to one day.
      return start === end ? formatLongDate(start) : `${formatShortDate(start)} – ${formatShortDate(end)} ${end.slice(0, 4)}`;
    case 'month':
      return formatMonth(start);
  }
}
