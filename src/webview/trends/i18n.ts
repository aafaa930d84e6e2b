// The view's language: `t` and `parts` read the string table (strings.ts) in the language of the
// bundle the host posted once (../language.ts); placeholders `{0}`, `{1}` are filled in order and a
// number is formatted for the locale. The formatters in format.ts follow the same locale. A count's
// form is chosen by the core's one helper (core/text/format.ts `pluralMessage`, `pluralForm`), its
// number written by format.ts `count`: `pluralMessage(n, t('entriesOne'), t('entriesMany'), count)`.
import { fill, parts as split, translatedTable } from '../language';
import { webviewStrings, type WebviewStringKey } from './strings';

const strings = translatedTable(webviewStrings);

/** The string for `key` with its placeholders filled. */
export function t(key: WebviewStringKey, ...args: readonly (string | number)[]): string {
  return fill(strings()[key], args);
}

/**
 * The string split around its placeholders, with `nodes[n]` in place of `{n}`: for text that holds
 * elements (a bold word), so the translation decides where they go. Text stays text.
 */
export function parts<N>(key: WebviewStringKey, ...nodes: readonly N[]): (string | N)[] {
  return split(strings()[key], nodes);
}
