// The display names of the ids the tagger writes (functions, styles, traps) and a share as percent,
// in the panel's language: the lookups both webviews share (../vocabularyNames.ts).
import { webviewL10n } from '../language';
import { vocabularyNames } from '../vocabularyNames';

export const { functionName, styleName, trapName, trapHint, percentLabel } = vocabularyNames(webviewL10n);
