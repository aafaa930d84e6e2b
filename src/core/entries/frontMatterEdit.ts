// Plans the edits that set or remove the product's keys in a front matter, on the library's CST, so
// that nothing but those pairs changes. The contract, for a block map (`key: value` lines, at any
// indentation) and for a flow map (`{date: 2026-11-23, mine: keep}`):
//
// - A pair the product owns spans from its key (or `?`, or the key's anchor or tag) to the end of its
//   value's content. Only that span is replaced; the rest of its line, the lines around it, and every
//   other pair stay byte for byte. So `style: # nothing yet` becomes `style: coaching # nothing yet`,
//   and a comment line after an empty owned key stays where it is (issue #18, items 1 and 2).
// - Comments inside an owned span (between the lines of a block list, after `tags:`) are the user's:
//   a rewritten pair keeps them, the first on its key line and the others on their own lines after
//   it, each with its line's indentation; a removed pair leaves them as comment lines at its key's
//   indentation.
// - New pairs go at the end of a block map, at its indentation, or inside a flow map's braces.
// - A pair whose value equals what is asked is left as written (any form: a block list, quotes).
//   Duplicates of an owned key are settled in one write: the first is rewritten, the others removed.
//   So writing twice equals writing once.
// - Refused, with the reason, rather than edited: an owned value carrying an anchor (`&t`) that an
//   alias elsewhere reads (rewriting it would change the user's key); a comment inside a flow map next
//   to an owned pair; a top level that is not a map. frontMatter.ts checks every plan by reading the
//   result back, and refuses anything that would change a user's key.
import { isMap, isScalar, type CST, type Document } from 'yaml';
import { aliasNames, anchorNames, leavesOf, pairExtent, type Leaf, type PairExtent } from './frontMatterCst';
import { renderPair, sameData, type FrontMatterValue } from './yamlValue';

export type FrontMatterPatch = Readonly<Record<string, FrontMatterValue | undefined>>;

interface Edit {
  readonly start: number;
  readonly end: number;
  /** Lines broken with `\n`; the caller writes the file's own line ending. */
  readonly text: string;
}

export type EditPlan = { readonly ok: true; readonly edits: readonly Edit[] } | { readonly ok: false; readonly reason: string };

type Pair = { readonly key: string | undefined; readonly extent: PairExtent };

/**
 * The edits that apply `patch` to the YAML `src` (lone CRs already read as LF, so offsets match the
 * file's), whose parse is `doc`/`tokens` and whose data is `data`.
 */
export function planFrontMatterEdit(src: string, doc: Document.Parsed, tokens: readonly CST.Token[], data: Readonly<Record<string, unknown>>, patch: FrontMatterPatch): EditPlan {
  const root = tokens.find((token): token is CST.Document => token.type === 'document')?.value;
  const allLeaves = leavesOf(tokens);
  if (!root || doc.contents === null) {
    return { ok: true, edits: appendToBlock(src, 0, Object.entries(patch)) };
  }
  const isFlowMap = root.type === 'flow-collection' && root.start.source === '{';
  if ((root.type !== 'block-map' && !isFlowMap) || !isMap(doc.contents)) {
    return refuse('front matter is not a set of "key: value" lines');
  }
  const extents = root.items.map(pairExtent).filter((extent): extent is PairExtent => extent !== undefined);
  if (extents.length !== doc.contents.items.length) {
    return refuse('its front matter is laid out in a way the tagger does not edit (its pairs could not be told apart)');
  }
  const pairs: Pair[] = extents.map((extent, index) => {
    const key = doc.contents && isMap(doc.contents) ? doc.contents.items[index]?.key : undefined;
    return { key: isScalar(key) && typeof key.value === 'string' ? key.value : undefined, extent };
  });
  const rewrite = new Map<Pair, FrontMatterValue>();
  const remove = new Set<Pair>();
  const append: [string, FrontMatterValue][] = [];
  for (const [key, value] of Object.entries(patch)) {
    const found = pairs.filter((pair) => pair.key === key);
    if (value === undefined) {
      found.forEach((pair) => remove.add(pair));
    } else if (found.length === 0) {
      append.push([key, value]);
    } else if (found.length > 1 || !sameData(data[key], value)) {
      rewrite.set(found[0] as Pair, value);
      found.slice(1).forEach((pair) => remove.add(pair));
    }
  }
  for (const pair of [...rewrite.keys(), ...remove]) {
    const problem = readAnchor(pair, allLeaves);
    if (problem) {
      return refuse(problem);
    }
  }
  return isFlowMap
    ? flowEdits(src, root as CST.FlowCollection, pairs, rewrite, remove, append)
    : blockEdits(src, (root as CST.BlockMap).indent, pairs, rewrite, remove, append);
}

function refuse(reason: string): EditPlan {
  return { ok: false, reason };
}

/** Why an owned pair cannot be replaced because an alias elsewhere reads its anchor, if it cannot. */
function readAnchor(pair: Pair, allLeaves: readonly Leaf[]): string | undefined {
  const { start, end } = pair.extent;
  const outside = aliasNames(allLeaves.filter((leaf) => leaf.start < start || leaf.start >= end));
  const shared = anchorNames(pair.extent.leaves).find((name) => outside.includes(name));
  return shared === undefined
    ? undefined
    : `its ${pair.key ?? 'tag'} value carries the anchor &${shared}, which *${shared} elsewhere in the front matter reads; changing it would change that key too`;
}

// --- Lines -------------------------------------------------------------------------------------

function lineStartOf(src: string, at: number): number {
  return src.lastIndexOf('\n', at - 1) + 1;
}

/** End of the line holding `at`, before its line break (CRLF counts as one break). */
function lineEndOf(src: string, at: number): number {
  const newline = src.indexOf('\n', at);
  const end = newline < 0 ? src.length : newline;
  return end > at && src[end - 1] === '\r' ? end - 1 : end;
}

/** Just after the line break that ends the line holding `at` (the end of `src` if none). */
function afterBreakOf(src: string, at: number): number {
  const newline = src.indexOf('\n', at);
  return newline < 0 ? src.length : newline + 1;
}

function indentOf(src: string, at: number): string {
  const start = lineStartOf(src, at);
  return /^[ \t]*/.exec(src.slice(start, at))?.[0] ?? '';
}

/** The comment after a span's end on its last line, if any; undefined if the rest of the line holds anything else. */
function restOfLine(src: string, end: number): { readonly comment: Leaf | undefined } | undefined {
  const lineEnd = lineEndOf(src, end);
  const match = /^([ \t]*)(#.*)?$/.exec(src.slice(end, lineEnd));
  if (!match) {
    return undefined;
  }
  const text = match[2];
  const start = end + (match[1]?.length ?? 0);
  return { comment: text === undefined ? undefined : { type: 'comment', start, end: start + text.length, source: text } };
}

function commentsWithin(extent: PairExtent): Leaf[] {
  return extent.leaves.filter((leaf) => leaf.type === 'comment' && leaf.start > extent.start && leaf.start < extent.end);
}

// --- Block maps --------------------------------------------------------------------------------

function blockEdits(src: string, indent: number, pairs: readonly Pair[], rewrite: ReadonlyMap<Pair, FrontMatterValue>, remove: ReadonlySet<Pair>, append: readonly [string, FrontMatterValue][]): EditPlan {
  const edits: Edit[] = [];
  for (const pair of pairs) {
    const value = rewrite.get(pair);
    if (value === undefined && !remove.has(pair)) {
      continue;
    }
    const { start, end } = pair.extent;
    const lineStart = lineStartOf(src, start);
    const rest = restOfLine(src, end);
    if (!/^[ \t]*$/.test(src.slice(lineStart, start)) || !rest) {
      return refuse(`its ${pair.key ?? 'tag'} key shares a line with other text`);
    }
    const comments = [...commentsWithin(pair.extent), ...(rest.comment ? [rest.comment] : [])];
    if (value === undefined) {
      // Removed: its lines go, its comments stay as lines of their own — at the key's indentation,
      // since deeper they could become the text of a block scalar just above (`note: |`).
      const indent = src.slice(lineStart, start);
      const kept = comments.map((comment) => `${indent}${comment.source}\n`).join('');
      const after = afterBreakOf(src, end);
      edits.push({ start: lineStart, end: after, text: after > lineEndOf(src, end) ? kept : kept.replace(/\n$/, '') });
    } else if (!src.slice(start, end).includes('\n')) {
      edits.push({ start, end, text: renderPair(pair.key ?? '', value) }); // One line: the rest of it stays as it is.
    } else {
      // Several lines: the pair on its key line with the comment there, the other comments after it.
      const [first, ...others] = comments;
      const onKeyLine = first !== undefined && !src.slice(start, first.start).includes('\n') ? first : undefined;
      const space = onKeyLine ? (/[ \t]*$/.exec(src.slice(lineStart, onKeyLine.start))?.[0] || ' ') : '';
      const after = (onKeyLine ? others : comments).map((comment) => `\n${indentOf(src, comment.start)}${comment.source}`).join('');
      edits.push({ start, end: lineEndOf(src, end), text: `${renderPair(pair.key ?? '', value)}${onKeyLine ? `${space}${onKeyLine.source}` : ''}${after}` });
    }
  }
  edits.push(...appendToBlock(src, indent, append));
  return { ok: true, edits };
}

/** New pairs at the end of the front matter, at the map's indentation. */
function appendToBlock(src: string, indent: number, pairs: readonly (readonly [string, FrontMatterValue | undefined])[]): Edit[] {
  const lines = pairs
    .filter((entry): entry is readonly [string, FrontMatterValue] => entry[1] !== undefined)
    .map(([key, value]) => `${' '.repeat(indent)}${renderPair(key, value)}\n`);
  if (lines.length === 0) {
    return [];
  }
  const separator = src === '' || src.endsWith('\n') ? '' : '\n';
  return [{ start: src.length, end: src.length, text: separator + lines.join('') }];
}

// --- Flow maps ---------------------------------------------------------------------------------

function flowEdits(src: string, map: CST.FlowCollection, pairs: readonly Pair[], rewrite: ReadonlyMap<Pair, FrontMatterValue>, remove: ReadonlySet<Pair>, append: readonly [string, FrontMatterValue][]): EditPlan {
  const edits: Edit[] = [];
  const hasComment = (start: number, end: number): boolean => src.slice(start, end).includes('#') && leavesOf([map]).some((leaf) => leaf.type === 'comment' && leaf.start >= start && leaf.start < end);
  const firstKept = pairs.findIndex((pair) => !remove.has(pair));
  for (const [index, pair] of pairs.entries()) {
    const { start, end } = pair.extent;
    const value = rewrite.get(pair);
    if (value !== undefined) {
      if (hasComment(start, end)) {
        return refuse(`a comment sits inside its ${pair.key ?? 'tag'} pair in the flow map ({…})`);
      }
      edits.push({ start, end, text: renderPair(pair.key ?? '', value) });
    } else if (remove.has(pair) && firstKept >= 0 && index > firstKept) {
      // After a kept pair: the comma before it goes with it.
      const comma = pair.extent.leaves.find((leaf) => leaf.type === 'comma' && leaf.start < start);
      edits.push({ start: comma?.start ?? start, end, text: '' });
    }
  }
  if (firstKept !== 0 && pairs.length > 0) {
    // Removed pairs before the first kept one: up to where that one starts, its comma included.
    const from = (pairs[0] as Pair).extent.start;
    const to = firstKept < 0 ? (pairs[pairs.length - 1] as Pair).extent.end : (pairs[firstKept] as Pair).extent.start;
    edits.push({ start: from, end: to, text: '' });
  }
  for (const edit of edits) {
    if (edit.text === '' && hasComment(edit.start, edit.end)) {
      return refuse('a comment sits next to a pair the tagger would remove from the flow map ({…})');
    }
  }
  if (append.length > 0) {
    const text = append.map(([key, value]) => renderPair(key, value)).join(', ');
    const last = pairs[pairs.length - 1];
    const at = last ? last.extent.end : map.start.offset + 1;
    edits.push({ start: at, end: at, text: firstKept >= 0 ? `, ${text}` : text });
  }
  return { ok: true, edits };
}
