// The identity rule: when two sightings of an item, in the same entry or in different ones, are one
// item. Both the Commitments view (commitmentTracking.ts) and the open items with a person
// (openItems.ts) group sightings by this rule, so ticking an item anywhere closes it everywhere.
//
// Two sightings are one item when
//   1. they say the same thing about the same people: the same text key (itemScan.ts), whose it is,
//      and the same people it is about (promising Ana and promising Sam to "send the notes" are two
//      promises; a line about no one matches only lines about no one); or
//   2. one was carried over from the other: a carried sighting's origin link (itemOrigin.ts) names
//      the entry and the hash of the item where it was first written, and the sighting there with that
//      hash is the same item — and so is every other sighting carrying the same origin;
// and the rule is transitive. So an item reworded after it was carried keeps its link and stays one
// item; the same item carried twice (into two entries, or twice into one) is one item; a person renamed
// by a later alias resolves to the same key and changes nothing. The link names the first entry, not
// the one it was copied from, so a chain of carry-overs all point at one place.
//
// What the rule does not see: an item reworded in the *first* entry after it was carried no longer
// has the hash its copies name, and becomes an item of its own there (the copies stay one item).
// Reword a carried item where it was carried to. Deleting the link turns a copy back into text
// matched by rule 1 alone.
import { linkTarget } from '../journal/linkTarget';
import { itemHash, originLine, type ItemOrigin, type ItemOwner } from './itemOrigin';

export interface IdentitySighting {
  /** Journal-relative path of the entry holding it. */
  readonly path: string;
  readonly date: string;
  /** Zero-based line in that entry. */
  readonly line: number;
  readonly key: string;
  readonly owner: ItemOwner;
  /** Whom rule 1 matches within: the sorted directory keys of the people it is about, '' for no one. */
  readonly scope: string;
  readonly origin?: ItemOrigin;
}

/** Where an item was first written: the place its origin links name. */
export interface ItemRoot {
  readonly path: string;
  /** Zero-based line there, as far as known (for the link's `#L` fragment). */
  readonly line: number | undefined;
  readonly hash: string;
}

/** Date, then path, then line: the order in which sightings were written. */
export function compareSightings(a: Pick<IdentitySighting, 'date' | 'path' | 'line'>, b: Pick<IdentitySighting, 'date' | 'path' | 'line'>): number {
  if (a.date !== b.date) {
    return a.date < b.date ? -1 : 1;
  }
  if (a.path !== b.path) {
    return a.path < b.path ? -1 : 1;
  }
  return a.line - b.line;
}

/** The journal path an origin link points at, or undefined when it leaves the journal or is no entry. */
export function originPath(sighting: Pick<IdentitySighting, 'path' | 'origin'>): string | undefined {
  if (!sighting.origin) {
    return undefined;
  }
  const target = linkTarget(sighting.path, sighting.origin.link);
  return target.kind === 'entry' ? target.path : undefined;
}

function textNode(sighting: IdentitySighting): string {
  return `t\u0000${sighting.owner}\u0000${sighting.scope}\u0000${sighting.key}`;
}

function originNode(path: string, hash: string): string {
  return `o\u0000${path}\u0000${hash}`;
}

/**
 * The sightings grouped into items by the rule above: each group sorted by {@link compareSightings},
 * groups by their first sighting. Does not depend on the order of `sightings`; near-linear
 * (union–find with path halving).
 */
export function groupByIdentity<T extends IdentitySighting>(sightings: readonly T[]): T[][] {
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let current = node;
    for (;;) {
      const up = parent.get(current);
      if (up === undefined) {
        parent.set(current, current);
        return current;
      }
      if (up === current) {
        return current;
      }
      const grand = parent.get(up) ?? up;
      parent.set(current, grand);
      current = grand;
    }
  };
  const union = (a: string, b: string): void => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) {
      // The smaller id wins, so the result does not depend on the order of union calls.
      if (rootA < rootB) {
        parent.set(rootB, rootA);
      } else {
        parent.set(rootA, rootB);
      }
    }
  };
  for (const sighting of sightings) {
    const text = textNode(sighting);
    union(text, originNode(sighting.path, itemHash(sighting.owner, sighting.key)));
    const target = originPath(sighting);
    if (target !== undefined && sighting.origin) {
      union(text, originNode(target, sighting.origin.hash));
    }
  }
  const groups = new Map<string, T[]>();
  for (const sighting of sightings) {
    const root = find(textNode(sighting));
    const group = groups.get(root);
    if (group) {
      group.push(sighting);
    } else {
      groups.set(root, [sighting]);
    }
  }
  const sorted = [...groups.values()].map((group) => group.sort(compareSightings));
  return sorted.sort((a, b) => compareSightings(a[0] as T, b[0] as T) || (textNode(a[0] as T) < textNode(b[0] as T) ? -1 : 1));
}

/**
 * Where a group's item was first written, for the origin link of its next carry-over: the first
 * sighting's own origin when it is itself a copy (its first entry left the journal or was never in
 * it), else the first sighting itself.
 */
export function rootOf(group: readonly IdentitySighting[]): ItemRoot | undefined {
  const first = group[0];
  if (!first) {
    return undefined;
  }
  const target = originPath(first);
  if (target !== undefined && first.origin) {
    return { path: target, line: originLine(first.origin.link), hash: first.origin.hash };
  }
  return { path: first.path, line: first.line, hash: itemHash(first.owner, first.key) };
}
