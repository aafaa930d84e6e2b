// A webview's language: `@vscode/l10n` configured with the bundle the host posted once
// (l10nProtocol.ts), and the display language for `Intl`. Both webviews translate through here:
// their string tables (trends/strings.ts, explain/strings.ts) call `l10n.t('…')` with the English
// message, which @vscode/l10n-dev extracts into l10n/bundle.l10n.json as it does for the host;
// `fill` puts arguments into `{0}`, `{1}` with numbers formatted for the locale (`@vscode/l10n`
// itself would write `1234.5` where German reads `1.234,5`), and `parts` splits a message around
// its placeholders so a translation decides where an element goes; `webviewL10n` is the two together,
// the translator the core's helpers take (the vocabulary, `translatedPercent`). Text stays text.
import * as l10n from '@vscode/l10n';
import type { Translator } from '../core/text/format';
import type { L10nMessage } from './l10nProtocol';

let locale = 'en';
let numbers = new Intl.NumberFormat(locale);
let generation = 0;
const listeners: (() => void)[] = [];

/**
 * Configures `@vscode/l10n` with the message's bundle (none: English) and switches the locale;
 * `onLanguageChange` listeners then drop what they built in the old language.
 */
export function useL10n(message: Pick<L10nMessage, 'locale' | 'bundle'>): void {
  l10n.config({ contents: { ...(message.bundle ?? {}) } });
  try {
    numbers = new Intl.NumberFormat(message.locale);
    locale = message.locale;
  } catch {
    locale = 'en';
    numbers = new Intl.NumberFormat(locale);
  }
  generation++;
  listeners.forEach((listener) => listener());
}

export function currentLocale(): string {
  return locale;
}

/** Calls `listener` whenever `useL10n` is called (string tables and formatters are rebuilt). */
export function onLanguageChange(listener: () => void): void {
  listeners.push(listener);
}

/**
 * A table of translated strings (or the translated vocabulary) built by `build` on first use and
 * again after each `useL10n`: the webviews' tables hold the `l10n.t` calls, and a render looks up a
 * hundred of them.
 */
export function translatedTable<T>(build: () => T): () => T {
  let built: T | undefined;
  let at = -1;
  return () => {
    if (built === undefined || at !== generation) {
      built = build();
      at = generation;
    }
    return built;
  };
}

/** `template` with `{0}`, `{1}` filled in order; a number is formatted for the locale. */
export function fill(template: string, args: readonly (string | number | boolean)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const arg = args[Number(index)];
    return arg === undefined ? whole : typeof arg === 'number' ? numbers.format(arg) : String(arg);
  });
}

/** `@vscode/l10n` as configured, with `fill`'s numbers: the webviews' `Translator`. */
export const webviewL10n: Translator = { t: (message, ...args) => fill(l10n.t(message), args) };

/** `template` split around its placeholders, with `nodes[n]` in place of `{n}`. */
export function parts<N>(template: string, nodes: readonly N[]): (string | N)[] {
  return template.split(/(\{\d+\})/).filter((part) => part !== '').map((part) => {
    const placeholder = /^\{(\d+)\}$/.exec(part);
    return placeholder ? nodes[Number(placeholder[1])] ?? part : part;
  });
}
