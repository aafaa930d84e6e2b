// Sort orders that are the same on every platform and locale (no `localeCompare`): what lists paths,
// names and entries in a report, a review or the catalogue, so the same journal lists the same way.

/** Code-unit order. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Oldest first; entries of one day by path. */
export function byDateThenPath(a: { readonly date: string; readonly path: string }, b: { readonly date: string; readonly path: string }): number {
  return byCodeUnits(a.date, b.date) || byCodeUnits(a.path, b.path);
}
