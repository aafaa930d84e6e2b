// Entries from the corpus's training part (corpus/), for tests that need real writing: never the
// test part, which is scored once by the bench.
import { readCorpus, type EntryGold, type Labelled } from '../../scripts/tagger/corpus';
import { repoRoot } from '../../scripts/vscodePaths';
import { createTagger } from '../../src/core/tagger/tagger';
import type { TrapId } from '../../src/core/tagger/types';

/** The English training entries, every one (gold may be undefined where the labellers disagreed). */
export function trainingEntries(): Labelled<EntryGold>[] {
  return readCorpus<EntryGold>(repoRoot, 'en', 'train', 'entries').flatMap((file) => [...file.items]);
}

/** The first training entry both labellers read as showing `trap` that the shipped tagger flags too. */
export function entryShowing(trap: TrapId): Labelled<EntryGold> {
  const tagger = createTagger();
  const found = trainingEntries().find((item) => item.traps.includes(trap) && tagger.tag(item.text).traps.some((result) => result.id === trap));
  if (found === undefined) {
    throw new Error(`no training entry shows ${trap} to the tagger`);
  }
  return found;
}
