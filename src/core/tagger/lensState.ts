// What the CodeLens and the hover on an entry's tags say, decided from the entry's text as it stands
// in the editor: the tags its front matter holds — never the tagger's reading in their place, so what
// they say always matches the file — whether those tags are the user's own (pinned), whether saving
// would change them (the text changed since they were written, or an undo took the tagger's edit
// back), and, for an unclear label, why it is unclear.
import { readFrontMatter } from '../entries/frontMatter';
import { entryTagWrite } from './entryTagWrite';
import { storedTags, type StoredTags } from './storedTags';
import type { TagResult } from './types';
import { unclearReason, type UnclearReason } from './unclearReason';

export interface LensState {
  /** The tags as the front matter states them (an old tagger's `balanced` with no shares read as `unclear`). */
  readonly tags: StoredTags;
  /** Saving would write different tags: the front matter no longer says what the text says. */
  readonly stale: boolean;
  /** For an unclear label that is current: why it is unclear (from the reading of the text now). */
  readonly unclear: UnclearReason | undefined;
}

/** The state for `text` and `current` (the tagger's reading of `text`); undefined when the front matter holds no label. */
export function lensState(text: string, current: TagResult): LensState | undefined {
  const read = readFrontMatter(text);
  if (!read.ok) {
    return undefined;
  }
  const tags = storedTags(read.data);
  if (!tags) {
    return undefined;
  }
  const stale = !tags.pinned && entryTagWrite(text, current).status === 'updated';
  return { tags, stale, unclear: tags.label === 'unclear' && !stale ? unclearReason(current) : undefined };
}
