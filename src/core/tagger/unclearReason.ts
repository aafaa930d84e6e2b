// Why an entry is `unclear`, for every place that says so (the CLI, the explanation, the CodeLens and
// hover, which translate it): written in a language the tagger does not read, nothing written in
// words at all, or words that show neither leading nor managing.
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

/** The reason in English (the CLI and the tagger's explanation are English). */
export const UNCLEAR_TEXT: Readonly<Record<UnclearReason, string>> = {
  'language': 'written in a language the tagger does not read (it reads English and German), so it is not guessed',
  'nothing-written': 'nothing is written here yet, apart from the template',
  'no-evidence': 'nothing written here shows leading or managing',
};
