// The display names of the ids the tagger writes (functions, styles, traps) and a share as percent,
// in a webview's language: one set of lookups for both webviews (the trends view and the Explain
// Tags panel), each handing in its own `t`. The names come from the one translation of the
// vocabulary (./vocabularyStrings.ts) under the keys both string tables hold
// (./vocabularyKeys.ts); an id from a newer tagger than the view knows still gets a readable name.
import type { FunctionId, StyleId, TrapId } from '../core/tagger/types';
import { sentenceCase } from '../core/text/format';
import { functionKey, styleKey, trapKeys, type SharedKey } from './vocabularyKeys';

/** A webview's `t`, narrowed to the keys both string tables hold. */
export type SharedTranslate = (key: SharedKey, ...args: readonly (string | number)[]) => string;

export interface VocabularyNames {
  readonly functionName: (id: FunctionId) => string;
  readonly styleName: (id: StyleId) => string;
  readonly trapName: (id: TrapId) => string;
  /** The same wording as the tagger's explanation (the vocabulary's meaning); '' for an unknown trap. */
  readonly trapHint: (id: TrapId) => string;
  /** `62 %` (as the locale writes it), or `—` for null (nothing tagged). */
  readonly percentLabel: (share: number | null) => string;
}

export function vocabularyNames(t: SharedTranslate): VocabularyNames {
  const named = (key: SharedKey | undefined, fallback: string): string => (key === undefined ? fallback : t(key));
  return {
    functionName: (id) => named(functionKey(id), sentenceCase(id)),
    styleName: (id) => named(styleKey(id), sentenceCase(id)),
    trapName: (id) => named(trapKeys(id)?.name, sentenceCase(id)),
    trapHint: (id) => named(trapKeys(id)?.meaning, ''),
    percentLabel: (share) => (share === null ? '—' : t('percent', Math.round(share * 100))),
  };
}
