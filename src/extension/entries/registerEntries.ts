// The entries room's registrations besides its commands (those are lines of the activation table,
// activationTable.ts, run by this room's newEntry.ts, navigate.ts, prompts.ts and customizeTemplate.ts):
// opening an entry at a line for the views' items and the panels' links (openEntryAt.ts), and the
// hints on a saved feedback note or decision (entryChecks.ts).
// Called once by the composition root (features.ts) with the services it built.
import type * as vscode from 'vscode';
import type { MountedRoots } from '../journal/journalMounts';
import { registerEntryChecks } from './entryChecks';
import { registerOpenEntryAt } from './openEntryAt';

export interface EntriesServices {
  /** The journal index: only where the journal is is read of it. */
  readonly index: { readonly journalFolder: vscode.Uri | undefined };
  /** Which journal is unlocked in this window (journal/journalMounts.ts). */
  readonly mount: MountedRoots;
}

export function registerEntries(context: vscode.ExtensionContext, services: EntriesServices): void {
  registerOpenEntryAt(context, services);
  registerEntryChecks(context, services);
}
