// What the tagger writes into an entry's front matter, and when it must not. The product owns these
// keys; everything else in the file is the user's and is left byte for byte (see updateFrontMatter).
import { readFrontMatter, updateFrontMatter, type FrontMatterPatch } from '../entries/frontMatter';
import type { TagResult } from './types';

/** The keys the tagger owns. */
export const TAG_KEYS = ['tags', 'why', 'how', 'functions', 'style', 'traps'] as const;

/** A user who sets this key to true keeps their own labels: the tagger leaves the entry alone. */
export const PIN_KEY = 'tags-pinned';

export function tagPatch(result: TagResult): FrontMatterPatch {
  return {
    tags: [result.label],
    why: result.why,
    how: result.how,
    functions: [...result.functions],
    style: result.style ?? undefined,
    traps: result.traps.map((trap) => trap.id),
  };
}

export type TagWrite =
  | { readonly status: 'updated' | 'unchanged'; readonly text: string }
  | { readonly status: 'skipped'; readonly reason: string };

/**
 * The entry's text with the result in its front matter. Skipped, with a reason, when the entry is
 * pinned, has no front matter (it may not be a journal entry at all: nothing is added to such a
 * file), or its front matter is malformed.
 */
export function writeTags(text: string, result: TagResult): TagWrite {
  const read = readFrontMatter(text);
  if (!read.ok) {
    return { status: 'skipped', reason: read.reason };
  }
  if (!read.present) {
    return { status: 'skipped', reason: 'it has no front matter (only entries with front matter are tagged)' };
  }
  if (read.data[PIN_KEY] === true) {
    return { status: 'skipped', reason: `it is pinned (${PIN_KEY}: true)` };
  }
  const updated = updateFrontMatter(text, tagPatch(result));
  if (!updated.ok) {
    return { status: 'skipped', reason: updated.reason };
  }
  return { status: updated.changed ? 'updated' : 'unchanged', text: updated.text };
}
