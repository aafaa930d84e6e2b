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
