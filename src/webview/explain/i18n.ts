// The panel's language: `t` and `parts` read the string table (strings.ts) in the language of the
// bundle the host posted once (../language.ts). `t` fills `{0}`, `{1}` in order (a number formatted
// for the locale); `parts` splits a string around its placeholders so the translation decides where
// an element (a quoted cue, a side) goes. Text stays text.
import { fill, parts as split, translatedTable } from '../language';
import { explainStrings, type ExplainStringKey } from './strings';

const strings = translatedTable(explainStrings);

/** The string for `key` with its placeholders filled. */
export function t(key: ExplainStringKey, ...args: readonly (string | number)[]): string {
  return fill(strings()[key], args);
}

/** The string split around its placeholders, with `nodes[n]` in place of `{n}`. */
export function parts<N>(key: ExplainStringKey, ...nodes: readonly N[]): (string | N)[] {
  return split(strings()[key], nodes);
}
