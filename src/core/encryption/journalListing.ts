// The journal's files sorted into what the operations work on: plain entries, encrypted entries,
// partials left by a crash, and links (left alone: a link's target may be outside the journal, and
// encrypting through it would leave the target plain while looking done).
import { byCodeUnits } from '../text/order';
import { isEncryptedEntryPath, isPartialPath, isPlainEntryPath } from './layout';
import type { JournalFs } from './journalFs';

export interface JournalListing {
  readonly plain: readonly string[];
  readonly encrypted: readonly string[];
  readonly partials: readonly string[];
  readonly links: readonly string[];
}

export async function listJournal(fs: JournalFs): Promise<JournalListing> {
  const plain: string[] = [];
  const encrypted: string[] = [];
  const partials: string[] = [];
  const links: string[] = [];
  for (const file of await fs.list()) {
    if (isPartialPath(file.path)) {
      partials.push(file.path);
    } else if (!isPlainEntryPath(file.path) && !isEncryptedEntryPath(file.path)) {
      continue;
    } else if (file.link) {
      links.push(file.path);
    } else {
      (isPlainEntryPath(file.path) ? plain : encrypted).push(file.path);
    }
  }
  return { plain: plain.sort(byCodeUnits), encrypted: encrypted.sort(byCodeUnits), partials: partials.sort(byCodeUnits), links: links.sort(byCodeUnits) };
}

/** The folder part of a journal-relative path ('' at the top). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
