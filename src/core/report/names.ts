// How ids, shares and numbers read in the reports, in one place so the terminal summary, the HTML
// and its tables say the same thing. Locale-independent on purpose: a report is the same text on
// every machine for the same journal and day.
import { TRAP_NAMES } from '../tagger/names';
import type { FunctionId, StyleId, TrapId } from '../tagger/types';

/** `micromanaging-leader` → `Micromanaging leader`. */
function sentenceCase(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A trap's readable name; an id from a newer tagger still gets one. */
export function trapName(id: TrapId): string {
  return TRAP_NAMES[id] ?? sentenceCase(id);
}

export function functionName(id: FunctionId): string {
  return sentenceCase(id);
}

export function styleName(id: StyleId): string {
  return sentenceCase(id);
}

/** A share in [0, 1] as a whole percentage (`62 %`), `—` for null (nothing tagged). */
export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)} %`;
}

/** A share as the bare whole number the charts carry (`62`), '' for null. */
export function percentNumber(share: number | null): string {
  return share === null ? '' : String(Math.round(share * 100));
}

/** One decimal place: `2.5`. */
export function decimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** A signed difference with a real minus sign; shares in percentage points; `—` for null. */
export function delta(value: number | null, kind: 'count' | 'share'): string {
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

/** `1 entry`, `3 entries`. */
export function plural(value: number, one: string, many = `${one}s`): string {
  return `${value} ${value === 1 ? one : many}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-23` or `2026-11` → `Nov`. */
export function monthName(iso: string): string {
  return MONTHS[Number(iso.slice(5, 7)) - 1] ?? iso;
}
