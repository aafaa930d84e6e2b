// Picking the strongest few of a short list, for cues and functions: hot, tiny lists.

/**
 * The `limit` strongest items by `strength` (ties: the earlier first), by insertion into a short
 * list: no comparator closure and no copy of the whole array (these lists are tiny and hot). With
 * `keep`, only the items it accepts are considered (no filtered copy either).
 */
export function strongest<T>(items: readonly T[], limit: number, strength: (item: T) => number, keep?: (item: T) => boolean): T[] {
  const top: T[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index] as T;
    if (keep !== undefined && !keep(item)) {
      continue;
    }
    let at = top.length;
    while (at > 0 && strength(top[at - 1] as T) < strength(item)) {
      at -= 1;
    }
    if (at < limit) {
      // Insert at `at` by shifting the weaker ones down (splice is a builtin call on a hot path).
      top.push(item);
      for (let move = top.length - 1; move > at; move -= 1) {
        top[move] = top[move - 1] as T;
      }
      top[at] = item;
      if (top.length > limit) {
        top.pop();
      }
    }
  }
  return top;
}
