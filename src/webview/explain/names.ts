// The display names of the ids the tagger writes (functions, styles, traps), in the panel's language:
// the host's translation of the vocabulary, under the keys both webviews share (../vocabularyKeys.ts).
import type { FunctionId, StyleId, TrapId } from '../../core/tagger/types';
import { sentenceCase } from '../../core/text/format';
import type { ExplainStringKey } from '../explainProtocol';
import { functionKey, styleKey, trapKeys } from '../vocabularyKeys';
import { t } from './i18n';

function named(key: ExplainStringKey | undefined, fallback: string): string {
  return key === undefined ? fallback : t(key);
}

export const functionName = (id: FunctionId): string => named(functionKey(id), sentenceCase(id));
export const styleName = (id: StyleId): string => named(styleKey(id), sentenceCase(id));
export const trapName = (id: TrapId): string => named(trapKeys(id)?.name, sentenceCase(id));
export const trapHint = (id: TrapId): string => named(trapKeys(id)?.meaning, '');
