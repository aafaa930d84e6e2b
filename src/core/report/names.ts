// How ids, shares and numbers read in the reports, in one place so the terminal summary, the HTML
// and its tables say the same thing. Locale-independent on purpose: a report is the same text on
// every machine for the same journal and day.
import { TRAP_NAMES } from '../tagger/names';
import type { FunctionId, StyleId, TrapId } from '../tagger/types';
import { sentenceCase } from '../text/format';

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

/** One decimal place: `2.5`. */
export function decimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-23` or `2026-11` → `Nov`. */
export function monthName(iso: string): string {
  return MONTHS[Number(iso.slice(5, 7)) - 1] ?? iso;
}
