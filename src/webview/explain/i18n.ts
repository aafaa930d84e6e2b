// The panel's language: the strings and locale of the last host state. `t` fills `{0}`, `{1}` in
// order (a number formatted for the locale); `parts` splits a string around its placeholders so the
// translation decides where an element (a quoted cue, a side) goes. Text stays text.
import type { ExplainStringKey, ExplainStrings } from '../explainProtocol';

let strings: ExplainStrings | undefined;
let numbers = new Intl.NumberFormat('en');

export function useLanguage(locale: string, next: ExplainStrings): void {
  strings = next;
  try {
    numbers = new Intl.NumberFormat(locale);
  } catch {
    numbers = new Intl.NumberFormat('en');
  }
}

/** The string for `key` with its placeholders filled; the key itself before any state arrived. */
export function t(key: ExplainStringKey, ...args: readonly (string | number)[]): string {
  return (strings?.[key] ?? key).replace(/\{(\d+)\}/g, (whole, index: string) => {
    const arg = args[Number(index)];
    return arg === undefined ? whole : typeof arg === 'number' ? numbers.format(arg) : arg;
  });
}

/** The string split around its placeholders, with `nodes[n]` in place of `{n}`. */
export function parts<N>(key: ExplainStringKey, ...nodes: readonly N[]): (string | N)[] {
  return (strings?.[key] ?? key).split(/(\{\d+\})/).filter((part) => part !== '').map((part) => {
    const placeholder = /^\{(\d+)\}$/.exec(part);
    return placeholder ? nodes[Number(placeholder[1])] ?? part : part;
  });
}
