// Links between journal files, written into generated Markdown: relative, so they work in VS Code's
// preview, on any machine and in any copy of the journal folder.

/**
 * The link destination from the file at `from` to the file at `to` (both journal-relative,
 * '/'-separated): `2026/11/2026-W48-review.md` → `2026/10/2026-10-30.md` gives `../10/2026-10-30.md`.
 * Each segment is percent-encoded, so spaces, parentheses and non-ASCII names stay one destination.
 */
export function relativeLink(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) {
    common++;
  }
  const up = fromDirs.slice(common).map(() => '..');
  return [...up, ...toParts.slice(common).map(encodeSegment)].join('/');
}

function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Text shown literally inside a Markdown link label or table cell (no emphasis, links, HTML or cell breaks). */
export function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|&]/g, (c) => `\\${c}`);
}

/** `[label](destination)` with the label escaped. */
export function markdownLink(label: string, from: string, to: string): string {
  return `[${escapeInline(label)}](${relativeLink(from, to)})`;
}
