// Where an entry's front matter ends and its body begins, found without parsing YAML — so the tagger,
// which only needs to skip the block, does not pull a YAML parser into its bundle.

export interface EntrySplit {
  /** A leading byte-order mark, kept as it was. */
  readonly bom: string;
  /** The file's line ending, taken from its first line. */
  readonly eol: '\n' | '\r\n';
  /** The YAML between the fences, or undefined when the entry has no front matter. */
  readonly yaml: string | undefined;
  /** Offset (in the text without BOM) where the body starts, right after the closing fence's line. */
  readonly bodyStart: number;
  /** Everything after the front matter, untouched. */
  readonly body: string;
}

const FENCE = /^---[ \t]*$/;

export function splitEntry(text: string): EntrySplit {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const rest = bom ? text.slice(1) : text;
  const eol = /\r\n/.test(rest.slice(0, rest.indexOf('\n') + 1)) ? '\r\n' : '\n';
  const noFrontMatter: EntrySplit = { bom, eol, yaml: undefined, bodyStart: 0, body: rest };
  const firstEnd = rest.indexOf('\n');
  if (firstEnd < 0 || !FENCE.test(rest.slice(0, firstEnd).replace(/\r$/, ''))) {
    return noFrontMatter;
  }
  let lineStart = firstEnd + 1;
  while (lineStart <= rest.length) {
    const next = rest.indexOf('\n', lineStart);
    const lineEnd = next < 0 ? rest.length : next;
    const line = rest.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (FENCE.test(line) || line === '...') {
      const bodyStart = next < 0 ? rest.length : next + 1;
      return { bom, eol, yaml: rest.slice(firstEnd + 1, lineStart), bodyStart, body: rest.slice(bodyStart) };
    }
    if (next < 0) {
      break;
    }
    lineStart = next + 1;
  }
  return noFrontMatter; // An opening fence with no closing one is body text, not front matter.
}
