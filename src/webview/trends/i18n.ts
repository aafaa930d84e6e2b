// The view's language: the strings and the locale of the last host state. `useLanguage` is called
// before each render; everything else reads through `t`, `plural`, `parts` and the formatters in
// format.ts. Placeholders `{0}`, `{1}` are filled in order; a number is formatted for the locale.
import type { WebviewStringKey, WebviewStrings } from '../protocol';

let strings: WebviewStrings | undefined;
let locale = 'en';
let numbers = new Intl.NumberFormat(locale);
const listeners: (() => void)[] = [];

/** Switches the strings and the locale; formatters that depend on the locale are rebuilt. */
export function useLanguage(nextLocale: string, nextStrings: WebviewStrings): void {
  strings = nextStrings;
  if (nextLocale !== locale) {
    locale = nextLocale;
    try {
      numbers = new Intl.NumberFormat(locale);
    } catch {
      locale = 'en';
      numbers = new Intl.NumberFormat(locale);
    }
    listeners.forEach((listener) => listener());
  }
}

export function currentLocale(): string {
  return locale;
}

/** Calls `listener` whenever the locale changes (format.ts drops its cached formatters). */
export function onLocaleChange(listener: () => void): void {
  listeners.push(listener);
}

function fill(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const arg = args[Number(index)];
    return arg === undefined ? whole : typeof arg === 'number' ? numbers.format(arg) : arg;
  });
}

/** The string for `key` with its placeholders filled; the key itself before any state arrived. */
export function t(key: WebviewStringKey, ...args: readonly (string | number)[]): string {
  return fill(strings?.[key] ?? key, args);
}

/** `one` for a count of 1, `many` otherwise, with the count formatted in. */
export function plural(count: number, one: WebviewStringKey, many: WebviewStringKey): string {
  return t(count === 1 ? one : many, count);
}

/**
 * The string split around its placeholders, with `nodes[n]` in place of `{n}`: for text that holds
 * elements (a bold word), so the translation decides where they go. Text stays text.
 */
export function parts<N>(key: WebviewStringKey, ...nodes: readonly N[]): (string | N)[] {
  return (strings?.[key] ?? key).split(/(\{\d+\})/).filter((part) => part !== '').map((part) => {
    const placeholder = /^\{(\d+)\}$/.exec(part);
    return placeholder ? nodes[Number(placeholder[1])] ?? part : part;
  });
}
