// Which index records may be named on a screen someone else could see, and how many were held back.
// An entry is private when its index record says so (`private: true` or `#private`, read by
// privateEntry.ts when it was indexed). Private entries are counted wherever the trends count, but
// their titles, people, answers and commitments are shown nowhere a colleague might look: the
// reviews' drafted sections always, Search Journal's results when the user asks for it (a setting).
// Pure: no I/O, the input's order kept, linear in the records.

/** Anything with the index record's `private` mark. */
export interface MaybePrivate {
  readonly private?: true;
}

export function isPrivateRecord(record: MaybePrivate): boolean {
  return record.private === true;
}

export interface PrivateSplit<T> {
  /** The records that may be named, in the input's order. */
  readonly shown: T[];
  /** How many private records were held back (0 when nothing was, or when `hide` is false). */
  readonly hidden: number;
}

/**
 * `records` without the private ones, and how many those were; with `hide` false, all of them and 0
 * (a setting that is off leaves the list as it was, not even counted).
 */
export function withoutPrivate<T extends MaybePrivate>(records: readonly T[], hide = true): PrivateSplit<T> {
  if (!hide) {
    return { shown: [...records], hidden: 0 };
  }
  const shown = records.filter((record) => !isPrivateRecord(record));
  return { shown, hidden: records.length - shown.length };
}

/** The paths of the private records, to hold back what other readers found in those files (commitments, feedback notes). */
export function privatePaths(records: readonly (MaybePrivate & { readonly path: string })[]): ReadonlySet<string> {
  return new Set(records.filter(isPrivateRecord).map((record) => record.path));
}
