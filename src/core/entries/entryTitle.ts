// An entry's title as lists show it: its first `# ` heading, or its file name when it has none.
import { splitEntry } from './entrySplit';

/** The first level-one heading of the body (up to 200 characters), or the file name without `.md`. */
export function entryTitle(text: string, path: string): string {
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(splitEntry(text).body);
  return (heading?.[1] ?? path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '')).slice(0, 200);
}
