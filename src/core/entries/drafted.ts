// Drafted blocks: text the product writes into an entry for the user to read (a review's numbers,
// links and lists), between two HTML comments that Markdown previews do not show. The tagger and
// the @mention reader skip them, so a review's summary of last week is not counted again as this
// week's writing; commitments inside still count (ticking one in a review closes it).
export const DRAFTED_START = '<!-- leadership-journal:drafted -->';
export const DRAFTED_END = '<!-- /leadership-journal:drafted -->';

/**
 * `text` with every line of each drafted block (markers included) emptied, so line numbers stay
 * true. A start marker with no end after it is left alone: a half-deleted block is the user's text
 * now, and reading it is safer than hiding it. Linear in the text.
 */
export function blankDrafted(text: string): string {
  let start = text.indexOf(DRAFTED_START);
  if (start < 0) {
    return text;
  }
  let result = '';
  let from = 0;
  while (start >= 0) {
    const end = text.indexOf(DRAFTED_END, start + DRAFTED_START.length);
    if (end < 0) {
      break;
    }
    const stop = end + DRAFTED_END.length;
    result += text.slice(from, start) + text.slice(start, stop).replace(/[^\r\n]+/g, '');
    from = stop;
    start = text.indexOf(DRAFTED_START, from);
  }
  return result + text.slice(from);
}

/** A drafted block's place in a text: `[start, end)`, both markers included. */
export interface DraftedBlock {
  readonly start: number;
  readonly end: number;
}

/** The complete drafted blocks of `text`, in order (a start marker with no end after it is not one). Linear. */
export function draftedBlocks(text: string): DraftedBlock[] {
  const blocks: DraftedBlock[] = [];
  let start = text.indexOf(DRAFTED_START);
  while (start >= 0) {
    const end = text.indexOf(DRAFTED_END, start + DRAFTED_START.length);
    if (end < 0) {
      break;
    }
    blocks.push({ start, end: end + DRAFTED_END.length });
    start = text.indexOf(DRAFTED_START, end + DRAFTED_END.length);
  }
  return blocks;
}

export type DraftedRefresh =
  | { readonly ok: true; readonly text: string; readonly replaced: number }
  | { readonly ok: false; readonly reason: 'no-block-left' | 'nothing-drafted' };

/**
 * `current` with each of its drafted blocks replaced by the block at the same place in `fresh` (a
 * review drafted again): everything outside the blocks — what the user wrote, and blocks they made
 * their own by deleting a marker — is kept byte for byte; the new text takes the line endings of
 * `current`. Refused when `current` has no drafted block left (its markers were removed, so all of it
 * is the user's: 'no-block-left'), or `fresh` has none ('nothing-drafted').
 */
export function refreshDrafted(current: string, fresh: string): DraftedRefresh {
  const old = draftedBlocks(current);
  const now = draftedBlocks(fresh);
  if (old.length === 0) {
    return { ok: false, reason: 'no-block-left' };
  }
  if (now.length === 0) {
    return { ok: false, reason: 'nothing-drafted' };
  }
  const crlf = current.includes('\r\n');
  let text = '';
  let copied = 0;
  const count = Math.min(old.length, now.length);
  for (let index = 0; index < count; index++) {
    const from = old[index] as DraftedBlock;
    const to = now[index] as DraftedBlock;
    const block = fresh.slice(to.start, to.end);
    text += current.slice(copied, from.start) + (crlf ? block.replace(/\r?\n/g, '\r\n') : block);
    copied = from.end;
  }
  return { ok: true, text: text + current.slice(copied), replaced: count };
}
