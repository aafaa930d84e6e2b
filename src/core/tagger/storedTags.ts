// The tags an entry's front matter states, read back: what the CodeLens and the hover show (they say
// what the file says) and what the index keeps for a pinned entry. Tags written by the old tagger, which
// had no `unclear`, are read as the new one would: `balanced` with both shares 0 had no evidence on
// either side, so it is `unclear`, and the trends never count it as balanced.
import { PIN_KEY } from './frontMatterTags';
import { ENTRY_LABELS, type EntryLabel } from './types';

export interface StoredTags {
  readonly label: EntryLabel;
  /** The shares as written, each in [0, 1]; 0 when missing or out of range. */
  readonly why: number;
  readonly how: number;
  /** The number of traps listed. */
  readonly traps: number;
  /** `tags-pinned: true`: the user's own reading, which the tagger leaves alone. */
  readonly pinned: boolean;
}

function share(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : 0;
}

/** The label a `tags:` value holds (its first entry label), read as explained above; undefined when it holds none. */
export function storedLabel(data: Readonly<Record<string, unknown>>): EntryLabel | undefined {
  const tags: unknown[] = Array.isArray(data.tags) ? data.tags : [data.tags];
  const label = tags.find((tag): tag is EntryLabel => typeof tag === 'string' && (ENTRY_LABELS as readonly string[]).includes(tag));
  if (label === 'balanced' && share(data.why) === 0 && share(data.how) === 0) {
    return 'unclear';
  }
  return label;
}

/** The tags of parsed front matter `data`, or undefined when it states no entry label. */
export function storedTags(data: Readonly<Record<string, unknown>>): StoredTags | undefined {
  const label = storedLabel(data);
  if (label === undefined) {
    return undefined;
  }
  return {
    label,
    why: label === 'unclear' ? 0 : share(data.why),
    how: label === 'unclear' ? 0 : share(data.how),
    traps: Array.isArray(data.traps) ? data.traps.filter((trap) => typeof trap === 'string').length : 0,
    pinned: data[PIN_KEY] === true,
  };
}
