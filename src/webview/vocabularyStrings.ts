// The translated vocabulary (src/core/tagger/translatedVocabulary.ts) under the webviews' string keys
// (./vocabularyKeys.ts), for trends/strings.ts and explain/strings.ts.
import { translatedVocabulary, type Translator } from '../core/tagger/translatedVocabulary';
import { FUNCTION_IDS, STYLE_IDS, TRAP_IDS } from '../core/tagger/types';
import { FUNCTION_KEYS, STYLE_KEYS, TRAP_KEYS, type VocabularyKey } from './vocabularyKeys';

/** The translated vocabulary under the webviews' string keys (src/webview/vocabularyKeys.ts), for trends/strings.ts and explain/strings.ts. */
export function vocabularyKeyStrings(l10n: Translator): Readonly<Record<VocabularyKey, string>> {
  const vocabulary = translatedVocabulary(l10n);
  const strings: Partial<Record<VocabularyKey, string>> = {};
  for (const id of TRAP_IDS) {
    strings[TRAP_KEYS[id].name] = vocabulary.traps[id].name;
    strings[TRAP_KEYS[id].meaning] = vocabulary.traps[id].meaning;
  }
  for (const id of FUNCTION_IDS) {
    strings[FUNCTION_KEYS[id]] = vocabulary.functions[id].name;
  }
  for (const id of STYLE_IDS) {
    strings[STYLE_KEYS[id]] = vocabulary.styles[id].name;
  }
  return strings as Readonly<Record<VocabularyKey, string>>;
}
