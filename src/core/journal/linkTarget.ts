// Where a link in a journal entry (or a generated review) points inside the journal: the inverse of
// reflect/relativeLink.ts. `../02/2026-02-23.md` written in `2026/03/2026-W11-review.md` is
// `2026/02/2026-02-23.md`. Anything that leaves the journal folder, has a scheme, or is not a Markdown
// file is not a journal link.
import { isContainedRelativePath } from './entryPath';

export type LinkTarget =
  /** A Markdown file inside the journal, journal-relative. */
  | { readonly kind: 'entry'; readonly path: string }
  /** A web or mail address, to be opened as such. */
  | { readonly kind: 'external'; readonly href: string }
  | { readonly kind: 'none' };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const EXTERNAL_SCHEMES = ['http', 'https', 'mailto'];

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** What `href`, written in the file at `from` (journal-relative), links to. */
export function linkTarget(from: string, href: string): LinkTarget {
  const trimmed = href.trim();
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    return EXTERNAL_SCHEMES.includes(scheme) ? { kind: 'external', href: trimmed } : { kind: 'none' };
  }
  const address = trimmed.split(/[?#]/)[0] ?? '';
  if (address === '' || trimmed.startsWith('//')) {
    return { kind: 'none' };
  }
  const parts = address.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const raw of address.split('/')) {
    const segment = decode(raw);
    if (segment === undefined || segment.includes('/') || segment.includes('\\')) {
      return { kind: 'none' };
    }
    if (segment === '' || segment === '.') {
      continue;
    }
    if (segment === '..') {
      if (parts.length === 0) {
        return { kind: 'none' };
      }
      parts.pop();
      continue;
    }
    parts.push(segment);
  }
  const path = parts.join('/');
  return isContainedRelativePath(path) && path.toLowerCase().endsWith('.md') ? { kind: 'entry', path } : { kind: 'none' };
}
