// The display names of the ids the tagger writes (functions, styles, traps) and a share as percent,
// in the panel's language: the lookups both webviews share (../vocabularyNames.ts), over the panel's `t`.
import { vocabularyNames } from '../vocabularyNames';
import { t } from './i18n';

export const { functionName, styleName, trapName, trapHint, percentLabel } = vocabularyNames(t);
