// How a URI the file watcher reports maps to the catalogue's journal-relative paths. Kept apart from
// `vscode` (it takes the URIs' parts only), so the rule is unit-tested at a desk.

/** The parts of a URI the mapping reads (a `vscode.Uri` has them). */
export interface UriParts {
  readonly scheme: string;
  readonly authority: string;
  readonly path: string;
}

/**
 * The journal-relative, '/'-separated path of `uri` under the journal `folder`; '' for the folder
 * itself or a folder that holds it (an event there is an event for the whole journal: created, it
 * appeared; deleted, it is gone); undefined for anything else.
 */
export function journalPathOf(folder: UriParts, uri: UriParts): string | undefined {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) {
    return undefined;
  }
  const folderPath = folder.path.replace(/\/+$/, '');
  const uriPath = uri.path.replace(/\/+$/, '');
  if (uriPath === folderPath || folderPath.startsWith(`${uriPath}/`)) {
    return '';
  }
  return uriPath.startsWith(`${folderPath}/`) ? uriPath.slice(folderPath.length + 1) : undefined;
}
