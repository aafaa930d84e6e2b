// Which paths of a journal folder the catalogue reads: Markdown files (any case of `.md`) outside
// dot-folders (`.templates`, `.git`) and `node_modules`. One rule for every adapter, so the extension
// and the CLI read the same files, and an event for a path the listing would leave out is ignored.

function isHiddenSegment(segment: string): boolean {
  return segment.startsWith('.') || segment === 'node_modules';
}

/** Whether some segment of `path` is a dot-name or node_modules: nothing under it is read. */
export function isLeftOut(path: string): boolean {
  return path !== '' && path.split('/').some(isHiddenSegment);
}

/** Whether the catalogue reads the file at `path`. */
export function isJournalFile(path: string): boolean {
  return path !== '' && path.toLowerCase().endsWith('.md') && !isLeftOut(path);
}

/** Whether `path` is `folder` or lies under it ('' holds everything). */
export function isUnder(path: string, folder: string): boolean {
  return folder === '' || path === folder || path.startsWith(`${folder}/`);
}
