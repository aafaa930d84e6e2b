// The `private` marker: an entry the user wants kept out of exports, reports, search results shown
// on shared screens and any integration (the trends still count it). An entry is private when
//   - its front matter says `private: true` (also `yes` or `on`, in any case), or
//   - its body carries `#private` as a word of its own (not `#privateer`, not `a#private`), outside
//     fenced code, inline code and the product's drafted blocks (a review quoting another entry's
//     line does not make the review private).
// Either is enough: when they disagree (`private: false` and a `#private` tag) the entry is private,
// because leaving a private entry out is the mistake that costs nothing. Malformed front matter is
// read line by line for a `private:` line rather than ignored, for the same reason.
import { blankCodeSpans, bodyLines } from '../reflect/markdownLines';
import { blankDrafted } from './drafted';
import { splitEntry } from './entrySplit';
import { readFrontMatter } from './frontMatter';

export type PrivateBecause = 'front-matter' | 'tag';

export interface EntryPrivacy {
  readonly isPrivate: boolean;
  /** What marked it, in the order above; empty when it is not private. */
  readonly because: readonly PrivateBecause[];
}

/** `#private` as a word of its own; a run written together (`#private#private`) is one tag. */
const TAG = /(^|[\s([{>*_~"'])#private(?![\p{L}\p{N}\p{M}_-])/iu;
const TRUE_WORDS = /^(?:true|yes|on)$/i;
/** A `private:` line, for front matter the YAML reader cannot read. */
const PRIVATE_LINE = /^private[ \t]*:[ \t]*["']?(true|yes|on)["']?[ \t]*(?:#.*)?$/im;

function saysPrivate(value: unknown): boolean {
  return value === true || (typeof value === 'string' && TRUE_WORDS.test(value.trim()));
}

function frontMatterSaysPrivate(text: string): boolean {
  const front = readFrontMatter(text);
  if (front.ok) {
    return saysPrivate(front.data['private']);
  }
  return PRIVATE_LINE.test(splitEntry(text).yaml ?? '');
}

function bodyHasTag(text: string): boolean {
  if (!/#private/i.test(text)) {
    return false; // The common case: no tag anywhere, no line splitting.
  }
  return bodyLines(blankDrafted(text)).some((line) => TAG.test(blankCodeSpans(line.text)));
}

export function entryPrivacy(text: string): EntryPrivacy {
  const because: PrivateBecause[] = [];
  if (frontMatterSaysPrivate(text)) {
    because.push('front-matter');
  }
  if (bodyHasTag(text)) {
    because.push('tag');
  }
  return { isPrivate: because.length > 0, because };
}

export function isPrivateEntry(text: string): boolean {
  return entryPrivacy(text).isPrivate;
}

/**
 * Whether the entry whose front matter was read already as `data` is private: the same answer as
 * {@link isPrivateEntry}, without reading the front matter a second time (the index reads every entry).
 */
export function isPrivateWithFrontMatter(data: Readonly<Record<string, unknown>>, text: string): boolean {
  return saysPrivate(data['private']) || bodyHasTag(text);
}
