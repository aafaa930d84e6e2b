// What the tagger writes into an entry's front matter, and when it must not. The product owns these
// keys; everything else in the file is the user's and is left byte for byte (see updateFrontMatter).
// Shared by tagging on save, Tag Entry, Retag All and the CLI's `tag`, so they all write alike.
//
// A label the user edits by hand stays (issue #12, item 6): each write records a fingerprint of the
// tagger's keys (`tags-hash`, tagFingerprint.ts). When the keys no longer match it, they are the
// user's reading: they are kept and the entry is pinned (`tags-pinned: true`), until the user unpins
// it (unpinTags) or deletes the pin. Entries written before fingerprints have none; for them a set
// of keys that does not agree with itself is the user's (userReading.ts).
import { readFrontMatter, updateFrontMatter, type FrontMatterPatch } from '../entries/frontMatter';
import { tagFingerprint } from './tagFingerprint';
import { HASH_KEY, PIN_KEY, TAG_KEYS } from './tagKeys';
import type { TagResult } from './types';
import { userReading } from './userReading';

export { HASH_KEY, PIN_KEY, TAG_KEYS };

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
  /** The tags were the user's own reading: kept, and `tags-pinned: true` written beside them. */
  | { readonly status: 'pinned'; readonly text: string; readonly reason: string }
  | { readonly status: 'skipped'; readonly reason: string };

/** Whether an entry's front matter says its tags are pinned. */
export function isPinned(data: Readonly<Record<string, unknown>>): boolean {
  return data[PIN_KEY] === true;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Why the tagger's keys in `data` are the user's reading, or undefined when they are the product's
 * (they match the fingerprint it wrote) or there is nothing to keep (`tags` absent or empty, as a
 * template may leave it).
 */
export function handEdited(data: Readonly<Record<string, unknown>>): string | undefined {
  if (isEmpty(data.tags)) {
    return undefined;
  }
  const stored = data[HASH_KEY];
  if (stored === undefined || stored === null) {
    return userReading(data);
  }
  return String(stored) === tagFingerprint(data) ? undefined : 'the tags differ from what the tagger last wrote';
}

type Skipped = Extract<TagWrite, { status: 'skipped' }>;

/** The entry's front matter to write into, or why there is none: it is malformed, or absent (`absent` says why that skips it). */
function frontMatterOf(text: string, absent: string): { readonly status: 'read'; readonly data: Readonly<Record<string, unknown>> } | Skipped {
  const read = readFrontMatter(text);
  if (!read.ok) {
    return { status: 'skipped', reason: read.reason };
  }
  return read.present ? { status: 'read', data: read.data } : { status: 'skipped', reason: absent };
}

/** `text` with `patch` and the fingerprint of the tagger's keys as they then read. */
function writeWithFingerprint(text: string, patch: FrontMatterPatch): TagWrite {
  const first = updateFrontMatter(text, patch);
  if (!first.ok) {
    return { status: 'skipped', reason: first.reason };
  }
  const read = readFrontMatter(first.text);
  if (!read.ok || !read.present) {
    return { status: 'skipped', reason: read.ok ? 'the front matter is gone after the edit' : read.reason };
  }
  const second = updateFrontMatter(first.text, { [HASH_KEY]: tagFingerprint(read.data) });
  if (!second.ok) {
    return { status: 'skipped', reason: second.reason };
  }
  return { status: second.text === text ? 'unchanged' : 'updated', text: second.text };
}

/**
 * The entry's text with the result in its front matter. Skipped, with a reason, when the entry is
 * pinned, has no front matter (it may not be a journal entry at all: nothing is added to such a
 * file), or its front matter is malformed or laid out in a way that cannot be changed safely.
 * When the tagger's keys there were edited by hand (handEdited), they stay and the entry is pinned.
 */
export function writeTags(text: string, result: TagResult): TagWrite {
  const read = frontMatterOf(text, 'it has no front matter (only entries with front matter are tagged)');
  if (read.status === 'skipped') {
    return read;
  }
  if (isPinned(read.data)) {
    return { status: 'skipped', reason: `it is pinned (${PIN_KEY}: true)` };
  }
  const yours = handEdited(read.data);
  if (yours !== undefined) {
    // The fingerprint now records the keys as they are: deleting the pin by hand hands them back.
    const pinned = updateFrontMatter(text, { [PIN_KEY]: true, [HASH_KEY]: tagFingerprint(read.data) });
    return pinned.ok
      ? { status: 'pinned', text: pinned.text, reason: `your own label is kept and pinned (${PIN_KEY}: true): ${yours}` }
      : { status: 'skipped', reason: pinned.reason };
  }
  return writeWithFingerprint(text, tagPatch(result));
}

/** The entry unpinned and tagged with `result` in one edit: the user hands the label back to the tagger. */
export function unpinTags(text: string, result: TagResult): TagWrite {
  const read = frontMatterOf(text, 'it has no front matter');
  return read.status === 'skipped' ? read : writeWithFingerprint(text, { ...tagPatch(result), [PIN_KEY]: undefined });
}
