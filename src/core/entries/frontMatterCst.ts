// The front matter's concrete syntax tree (the `yaml` library's CST, which keeps every byte) read as
// the writer needs it: each top-level pair's extent, the comments inside it, its anchors, and every
// alias in the document. Offsets are into the YAML text between the fences.
import type { CST } from 'yaml';

/** One token with no tokens inside it. */
export interface Leaf {
  readonly type: string;
  readonly start: number;
  /** End of the token's content: for a block scalar's body, its last character that is not white space. */
  readonly end: number;
  readonly source: string;
}

/** Space, line breaks and comments: what lies between a pair's content and is not part of it. */
const TRIVIA = new Set(['space', 'newline', 'comment']);

export function isTrivia(leaf: Leaf): boolean {
  return TRIVIA.has(leaf.type);
}

type Walkable = CST.Token | CST.SourceToken;

/** The leaves of `roots`, in text order. No recursion: a CST may be deep (the reader bounds it, this does not rely on that). */
export function leavesOf(roots: readonly (Walkable | null | undefined)[]): Leaf[] {
  const out: Leaf[] = [];
  const pending: Walkable[] = [];
  for (let index = roots.length - 1; index >= 0; index--) {
    const root = roots[index];
    if (root) {
      pending.push(root);
    }
  }
  const later = (tokens: readonly (Walkable | null | undefined)[]): void => {
    for (let index = tokens.length - 1; index >= 0; index--) {
      const token = tokens[index];
      if (token) {
        pending.push(token);
      }
    }
  };
  while (pending.length > 0) {
    const token = pending.pop() as Walkable;
    switch (token.type) {
      case 'document':
        later([...token.start, token.value, ...(token.end ?? [])]);
        break;
      case 'block-map':
      case 'block-seq':
        later(token.items.flatMap((item) => [...item.start, item.key, ...(item.sep ?? []), item.value]));
        break;
      case 'flow-collection':
        later([token.start, ...token.items.flatMap((item) => [...item.start, item.key, ...(item.sep ?? []), item.value]), ...token.end]);
        break;
      case 'block-scalar': {
        // Its header's tokens are flat; the body follows the header's line break, and its content
        // ends at its last visible character (what follows is line breaks and spaces).
        let bodyStart = token.offset;
        for (const prop of token.props) {
          const source = 'source' in prop ? prop.source : '';
          out.push({ type: prop.type, start: prop.offset, end: prop.offset + source.length, source });
          bodyStart = prop.offset + source.length;
        }
        const visible = token.source.replace(/[ \t\r\n]+$/, '').length; // YAML's white space only.
        if (visible > 0) {
          out.push({ type: 'block-scalar-body', start: bodyStart, end: bodyStart + visible, source: token.source.slice(0, visible) });
        }
        if (visible < token.source.length) {
          out.push({ type: 'newline', start: bodyStart + visible, end: bodyStart + token.source.length, source: token.source.slice(visible) });
        }
        break;
      }
      case 'alias':
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        out.push({ type: token.type, start: token.offset, end: token.offset + token.source.length, source: token.source });
        later(token.end ?? []);
        break;
      default: {
        const source = 'source' in token ? token.source : '';
        out.push({ type: token.type, start: token.offset, end: token.offset + source.length, source });
      }
    }
  }
  return out;
}

/** A top-level pair of a block or flow map, as the writer sees it. */
export interface PairExtent {
  /** The CST item. */
  readonly item: CST.CollectionItem;
  /** Start of its first content (`?`, an anchor or tag of the key, or the key). */
  readonly start: number;
  /** End of its last content: the rest of its line (white space, a comment) is not part of it. */
  readonly end: number;
  /** Every leaf of the item, trivia included, in text order. */
  readonly leaves: readonly Leaf[];
}

/** The extent of a map item, or undefined when it has no content (a stray comment line). */
export function pairExtent(item: CST.CollectionItem): PairExtent | undefined {
  const leaves = leavesOf([...item.start, item.key, ...(item.sep ?? []), item.value]);
  const content = leaves.filter((leaf) => !isTrivia(leaf) && leaf.type !== 'comma');
  const first = content[0];
  if (!first) {
    return undefined;
  }
  return { item, start: first.start, end: Math.max(...content.map((leaf) => leaf.end)), leaves };
}

/** Names of the anchors (`&name`) among `leaves`. */
export function anchorNames(leaves: readonly Leaf[]): string[] {
  return leaves.filter((leaf) => leaf.type === 'anchor').map((leaf) => leaf.source.slice(1));
}

/** Names of the aliases (`*name`) among `leaves`. */
export function aliasNames(leaves: readonly Leaf[]): string[] {
  return leaves.filter((leaf) => leaf.type === 'alias').map((leaf) => leaf.source.slice(1));
}
