// Why an entry is `unclear`, for every place that says so (the CLI, the explanation, the CodeLens and
// hover, which translate it): written in a language the tagger does not read, nothing written in
// words at all, or words that show neither leading nor managing. The sentences are written once, here,
// as literal `l10n.t('…')` calls that @vscode/l10n-dev extracts (hence the type import): the CLI and
// the explanation read them in English, the hover and the CodeLens through `vscode.l10n`.
import type * as l10n from '@vscode/l10n';
import { ENGLISH, type Translator } from '../text/format';
import type { TagResult } from './types';

export type UnclearReason = 'language' | 'nothing-written' | 'no-evidence';

/** The reason for an unclear result; undefined for any other label. */
export function unclearReason(result: Pick<TagResult, 'label' | 'language' | 'sentences'>): UnclearReason | undefined {
  if (result.label !== 'unclear') {
    return undefined;
  }
  if (result.language === 'other') {
    return 'language';
  }
  return result.sentences.length === 0 ? 'nothing-written' : 'no-evidence';
}

/** A reason in words: the sentence an explanation gives, and the few words a CodeLens has room for. */
export interface UnclearWords {
  readonly sentence: string;
  readonly short: string;
}

/** `vscode.l10n`, `@vscode/l10n` or `ENGLISH`. */
type UnclearTranslator = Translator | Pick<typeof l10n, 't'>;

/** Every reason's words in the translator's language (`vscode.l10n` on the host, `ENGLISH`). */
export function unclearWords(l10n: UnclearTranslator): Readonly<Record<UnclearReason, UnclearWords>> {
  return {
    'language': {
      sentence: l10n.t('written in a language the tagger does not read (it reads English and German), so it is not guessed'),
      short: l10n.t('this language is not read (the tagger reads English and German)'),
    },
    'nothing-written': { sentence: l10n.t('nothing is written here yet, apart from the template'), short: l10n.t('nothing written yet') },
    'no-evidence': { sentence: l10n.t('nothing written here shows leading or managing'), short: l10n.t('nothing here shows leading or managing') },
  };
}

const ENGLISH_WORDS = unclearWords(ENGLISH);

/** The reason's sentence in English (the CLI and the tagger's explanation are English). */
export const UNCLEAR_TEXT: Readonly<Record<UnclearReason, string>> = {
  'language': ENGLISH_WORDS.language.sentence,
  'nothing-written': ENGLISH_WORDS['nothing-written'].sentence,
  'no-evidence': ENGLISH_WORDS['no-evidence'].sentence,
};
