// Where an entry's front matter ends and its body begins, found without parsing YAML — so the tagger,
// which only needs to skip the block, does not pull a YAML parser into its bundle. Lines end with
// LF, CRLF or a lone CR (classic Mac), as in CommonMark; a file may mix them.

export interface EntrySplit {
  /** A leading byte-order mark, kept as it was. */
  readonly bom: string;
  /** The file's line ending, taken from its first line: what new lines are written with. */
  readonly eol: '\n' | '\r\n' | '\r';
  /** The YAML between the fences (its own line endings as they are), or undefined when the entry has no front matter. */
  readonly yaml: string | undefined;
  /** Offset (in the text without BOM) where the YAML starts, right after the opening fence's line. */
  readonly yamlStart: number;
  /** Offset (in the text without BOM) where the body starts, right after the closing fence's line. */
  readonly bodyStart: number;
  /** Everything after the front matter, untouched. */
  readonly body: string;
}

const FENCE = /^---[ \t]*$/;

/** The end of the line starting at `from` (its break excluded) and where the next line starts. */
function lineAt(text: string, from: number): { readonly end: number; readonly next: number } | undefined {
  if (from > text.length) {
    return undefined;
  }
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) {
      return { end: at, next: at + 1 };
    }
    if (code === 13) {
      return { end: at, next: text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1 };
    }
  }
  return { end: text.length, next: text.length + 1 };
}

export function splitEntry(text: string): EntrySplit {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const rest = bom ? text.slice(1) : text;
  const first = lineAt(rest, 0);
  const brk = first && first.next <= rest.length ? rest.slice(first.end, first.next) : '\n';
  const eol = brk === '\r\n' ? '\r\n' : brk === '\r' ? '\r' : '\n';
  const noFrontMatter: EntrySplit = { bom, eol, yaml: undefined, yamlStart: 0, bodyStart: 0, body: rest };
  if (!first || first.next > rest.length || !FENCE.test(rest.slice(0, first.end))) {
    return noFrontMatter;
  }
  const yamlStart = first.next;
  for (let start = yamlStart; start <= rest.length;) {
    const line = lineAt(rest, start) as { readonly end: number; readonly next: number };
    const content = rest.slice(start, line.end);
    if (FENCE.test(content) || content === '...') {
      const bodyStart = Math.min(line.next, rest.length);
      return { bom, eol, yaml: rest.slice(yamlStart, start), yamlStart, bodyStart, body: rest.slice(bodyStart) };
    }
    start = line.next;
  }
  return noFrontMatter; // An opening fence with no closing one is body text, not front matter.
}
