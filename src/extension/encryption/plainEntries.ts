// How many entries of a journal folder are plain `*.md` files on disk (outside dot-folders, not
// links, not partials: the migration's own listing, core/encryption/journalListing.ts). For an
// encrypted journal with no migration under way these are entries that a sync or another tool put
// there, or saves that kept their plain file: the unlock says so (journalVault.ts), and Encrypt
// Journal… seals them (encryptionCommands.ts). Part of dist/encryption.js.
import type * as vscode from 'vscode';
import { listJournal } from '../../core/encryption/journalListing';
import { journalDiskFs } from './migrationHost';

/** The number of plain entries on disk in the journal at `disk`; rejects when the folder cannot be listed. */
export async function plainEntryCount(disk: vscode.Uri): Promise<number> {
  return (await listJournal(journalDiskFs(disk))).plain.length;
}
