// The entries room, registered in one call from features.ts, the composition root, with the services
// it built: the hints on a saved feedback note or decision (entryChecks.ts), and the handlers of the
// room's lines of the activation table (activationTable.ts) — New Entry… (newEntry.ts), the
// day-by-day navigation (navigate.ts), the prompts (prompts.ts), Customize Template…
// (customizeTemplate.ts) and the internal command that opens an entry at a line for the views' items
// and the panels' links (openEntryAt.ts) — handed back
// for features.ts to register with every other line. Nothing here reads a file when it is registered.
import type * as vscode from 'vscode';
import type { RoomHandlers } from '../activationTable';
import type { JournalEntryTest } from '../journal/journalDocuments';
import { customizeTemplateCommands } from './customizeTemplate';
import { registerEntryChecks } from './entryChecks';
import { navigationCommands } from './navigate';
import { newEntryCommands, type NewEntryServices } from './newEntry';
import { openEntryAtCommands } from './openEntryAt';
import { promptCommands } from './prompts';

export interface EntriesServices extends NewEntryServices {
  /** The journal index: only where the journal is is read of it. */
  readonly index: { readonly journalFolder: vscode.Uri | undefined };
  /** Which documents get the hints: the journal room's one test (journal/journalDocuments.ts). */
  readonly isEntry: JournalEntryTest;
}

/** The files under entries/ that run commands. */
type EntriesCommandFile = 'entries/newEntry' | 'entries/navigate' | 'entries/prompts' | 'entries/customizeTemplate' | 'entries/openEntryAt';

export function registerEntries(context: vscode.ExtensionContext, services: EntriesServices): Pick<RoomHandlers<EntriesCommandFile>, 'commands'> {
  registerEntryChecks(context, services);
  return {
    commands: {
      ...newEntryCommands(services),
      ...navigationCommands(services),
      ...promptCommands(services),
      ...customizeTemplateCommands(services),
      ...openEntryAtCommands(services),
    },
  };
}
