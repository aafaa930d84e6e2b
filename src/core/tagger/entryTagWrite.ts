// What tagging does to an entry's front matter, decided from the entry and the tagger's reading: the
// tags are written (frontMatterTags.ts) only when the user has written something. An entry with
// nothing written yet (an untouched scaffold or review) is left without tags — it is no entry in any
// count (trends/counted.ts), and a `tags: [unclear]` in it would disagree with the index — and tags
// an earlier version wrote into it are taken out, so the file and the index say the same.
import { readFrontMatter, updateFrontMatter } from '../entries/frontMatter';
import { PIN_KEY, TAG_KEYS, writeTags, type TagWrite } from './frontMatterTags';
import type { TagResult } from './types';

/** Why an untouched entry is not tagged. */
export const NOTHING_WRITTEN = 'nothing is written in it yet (only the template), so there is nothing to tag';

/** The text to save for `text` tagged with `result`, or why it is left as it is. */
export function entryTagWrite(text: string, result: TagResult): TagWrite {
  if (result.sentences.length > 0) {
    return writeTags(text, result);
  }
  const read = readFrontMatter(text);
  if (!read.ok || !read.present || read.data[PIN_KEY] === true) {
    return writeTags(text, result); // Its own reason: malformed, no front matter, or pinned.
  }
  if (!TAG_KEYS.some((key) => key in read.data)) {
    return { status: 'skipped', reason: NOTHING_WRITTEN };
  }
  const cleared = updateFrontMatter(text, Object.fromEntries(TAG_KEYS.map((key) => [key, undefined])));
  return cleared.ok ? { status: cleared.changed ? 'updated' : 'unchanged', text: cleared.text } : { status: 'skipped', reason: cleared.reason };
}
