// The link a carried-over item keeps to where it was first written. When a new 1:1 carries an open
// item over, the item's line ends with an ordinary Markdown link to that first entry, whose title
// holds the item's identity:
//
//   - [ ] send the hiring plan draft #they — [2026-03-02](2026-03-02-1on1-ana.md#L14 "lj:3f9a2c1d")
//
// In the preview it is a link to the first entry (at its line, as far as that file has not moved
// on); its title is the hash of the item as first written (whose it was and its text key). The link,
// not the text, is the item's identity from then on: the text can be reworded in the new entry, the
// line carried again (the link is copied as it is, pointing at the first entry still), or the person
// renamed, and it stays one item. See itemIdentity.ts for the rule that decides.
import { escapeInline, relativeLink } from './relativeLink';

export type ItemOwner = 'mine' | 'theirs';

export interface ItemOrigin {
  /** The link's destination as written, relative to the entry holding it, fragment included. */
  readonly link: string;
  /** Eight lower-case hex digits: {@link itemHash} of the item where it was first written. */
  readonly hash: string;
}

/**
 * FNV-1a (32 bits) of whose the item is and its text key, as eight hex digits. Not a secret and not
 * collision-proof: it only has to tell apart the items of one entry, which the link already names.
 */
export function itemHash(owner: ItemOwner, key: string): string {
  let hash = 0x811c9dc5;
  const text = `${owner}\n${key}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** `"lj:` starts every identity title; a line without it has no origin link (the fast path). */
const TITLE_START = '"lj:';

/**
 * `[label](destination "lj:hash")`. Every quantifier is bounded, so a line costs at most a constant
 * times its length however it is written (the time tier checks the scanner that uses this).
 */
const ORIGIN_LINK = /\[[^[\]\n]{0,200}\]\(<?([^\s()<>]{1,2000})>?[ \t]{1,8}"lj:([0-9a-f]{8})"\)/g;

/** The origin links of a line: where they are (to cut them out of the item's text) and what the last says. */
export interface FoundOrigin {
  readonly origin: ItemOrigin;
  /** `[start, end)` of every origin link on the line, in order. */
  readonly ranges: readonly (readonly [number, number])[];
}

/** The origin link of `line`, if any: a line holds one; if it holds more, all are cut and the last one counts. */
export function findOrigin(line: string): FoundOrigin | undefined {
  if (!line.includes(TITLE_START)) {
    return undefined;
  }
  let origin: ItemOrigin | undefined;
  const ranges: (readonly [number, number])[] = [];
  for (const match of line.matchAll(ORIGIN_LINK)) {
    origin = { link: match[1] ?? '', hash: match[2] ?? '' };
    ranges.push([match.index, match.index + match[0].length]);
  }
  return origin ? { origin, ranges } : undefined;
}

/** The zero-based line a link's `#L15` fragment points at, if it has one. */
export function originLine(link: string): number | undefined {
  const match = /#L(\d{1,7})$/.exec(link);
  return match ? Number(match[1]) - 1 : undefined;
}

/**
 * The origin link written into a carried item: from the entry at `from` to the first entry `to`
 * (both journal-relative), at zero-based `line` there, labelled (usually with that entry's date).
 */
export function originLink(from: string, to: string, line: number | undefined, hash: string, label: string): string {
  const fragment = line === undefined ? '' : `#L${line + 1}`;
  return `[${escapeInline(label)}](${relativeLink(from, to)}${fragment} "lj:${hash}")`;
}
