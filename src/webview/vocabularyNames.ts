// The display names of the ids the tagger writes (functions, styles, traps), the two sides, and a
// share as percent, in a webview's language: one set of lookups for both webviews (the trends view
// and the Explain Tags panel). Names and meanings are the core vocabulary's
// (src/core/tagger/vocabulary.ts) through the translator handed in (`webviewL10n`, ./language.ts),
// built once per language; an id from a newer tagger than the view knows still gets a readable name.
import type { FunctionId, StyleId, TrapId } from '../core/tagger/types';
import { nameOf, translatedVocabulary, type Side } from '../core/tagger/vocabulary';
import { translatedPercent, type Translator } from '../core/text/format';
import { translatedTable } from './language';

export interface VocabularyNames {
  readonly functionName: (id: FunctionId) => string;
  readonly styleName: (id: StyleId) => string;
  readonly trapName: (id: TrapId) => string;
  /** The same wording as the tagger's explanation (the vocabulary's meaning); '' for an unknown trap. */
  readonly trapHint: (id: TrapId) => string;
  /** `leading` or `managing`, as a word of the view's language. */
  readonly sideName: (side: Side) => string;
  /** `62 %` (as the locale writes it), or `—` for null (nothing tagged). */
  readonly percentLabel: (share: number | null) => string;
}

export function vocabularyNames(l10n: Translator): VocabularyNames {
  const vocabulary = translatedTable(() => translatedVocabulary(l10n));
  return {
    functionName: (id) => nameOf(vocabulary().functions, id),
    styleName: (id) => nameOf(vocabulary().styles, id),
    trapName: (id) => nameOf(vocabulary().traps, id),
    trapHint: (id) => (vocabulary().traps[id] as { readonly meaning: string } | undefined)?.meaning ?? '',
    sideName: (side) => vocabulary().sides[side].name,
    percentLabel: (share) => translatedPercent(l10n, share),
  };
}
