// The inline text of an entry's body as markdown-it's block parser gives it (blockParser.ts): one run
// per `inline` token that is not inside a heading or a table's header row, in document order. This is
// all extraction (markdownText.ts) reads of the block structure, so it is the contract the journal-shaped
// fast path (journalRuns.ts) is held to, run for run.
import type { Token } from 'markdown-it';
import { blockParser } from './blockParser';

/** One inline token's content, where it starts, and whether it is a list item's first paragraph. */
export interface InlineRun {
  /** The token's content: the paragraph's or cell's source lines, block indentation removed, ends trimmed. */
  readonly content: string;
  /** Zero-based line of the body where the paragraph starts (map[0]), or the table row's line for a cell. */
  readonly line: number;
  /** The list item's markup (`-`, `*`, `+`, `.` or `)`) when the paragraph is its first child, else undefined. */
  readonly item: string | undefined;
}

/** The runs of `body` (line endings already `\n`) from markdown-it's token stream. */
export function markdownItRuns(body: string): InlineRun[] {
  const tokens: Token[] = blockParser().parse(body, {});
  const runs: InlineRun[] = [];
  let structureDepth = 0; // Inside a heading or a table's header row: structure, not narrative.
  let rowLine = 0;
  let pendingItem: string | undefined; // The markup of a list item whose first child is next.
  let paragraphItem: string | undefined; // The same, for the paragraph that is the item's first child.
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    const itemMarkup = pendingItem;
    pendingItem = undefined;
    switch (token.type) {
      case 'heading_open':
      case 'thead_open':
        structureDepth++;
        break;
      case 'heading_close':
      case 'thead_close':
        structureDepth--;
        break;
      case 'list_item_open':
        pendingItem = token.markup;
        break;
      case 'paragraph_open':
        paragraphItem = itemMarkup;
        break;
      case 'paragraph_close':
        paragraphItem = undefined;
        break;
      case 'tr_open':
        rowLine = token.map?.[0] ?? rowLine;
        break;
      case 'inline':
        if (structureDepth === 0) {
          // Paragraph content has one line per source line from map[0]; table cells have no map.
          runs.push({ content: token.content, line: token.map?.[0] ?? rowLine, item: paragraphItem });
        }
        break;
      default:
        // fence, code_block and html_block carry no inline token: skipped by not being read.
        break;
    }
  }
  return runs;
}
