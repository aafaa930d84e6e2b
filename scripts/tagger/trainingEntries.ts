// The training part's labelled entries as the shipped tagger reads them: each entry's sentences
// (split and classified as tagger.ts does) and its traps. Shared by the entry model's trainer
// (scripts/trainEntryModel.ts) and the entry-label analyses (scripts/tagger/entryReadings.ts), so
// both read the same sentences the same way.
import { createClassifier } from '../../src/core/tagger/classify';
import type { TaggerLanguage } from '../../src/core/tagger/lemmaTable';
import { extractUserText } from '../../src/core/tagger/markdownText';
import { splitSentences } from '../../src/core/tagger/sentences';
import { classifiedSentence, isWords, readTraps } from '../../src/core/tagger/tagger';
import { repoRoot } from '../vscodePaths';
import { readCorpus, type EntryGold, type Labelled } from './corpus';

export interface TrainingEntryReading {
  /** The corpus item; its gold label is always set (unsure entries are left out). */
  readonly item: Labelled<EntryGold>;
  readonly sentences: ReturnType<typeof classifiedSentence>[];
  readonly read: ReturnType<typeof readTraps>['read'];
  readonly traps: ReturnType<typeof readTraps>['traps'];
}

/** Every training entry of `language` with a gold label, read by the shipped tagger, in corpus order. */
export function trainingEntryReadings(language: TaggerLanguage): TrainingEntryReading[] {
  const classifier = createClassifier(language);
  return readCorpus<EntryGold>(repoRoot, language, 'train', 'entries').flatMap((file) => file.items)
    .filter((item) => item.gold !== undefined)
    .map((item) => {
      const sentences = splitSentences(extractUserText(item.text)).filter((sentence) => isWords(sentence.text))
        .map((sentence) => classifiedSentence(classifier, sentence.text, sentence.line));
      const { read, traps } = readTraps(sentences, language);
      return { item, sentences, read, traps };
    });
}
