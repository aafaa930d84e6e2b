// The tagging room, registered in one call from features.ts, the composition root, with the services
// it built (the tagger, its Explain Tags panels, the writing pause, the mount, its journal-entry test
// and store, the output channel, the walkthrough): the handlers of its lines of the activation table (activationTable.ts) — Tag Entry,
// Retag All Entries, Unpin Tags and Explain Tags (taggingCommands.ts), the tags' CodeLens and hover
// (tagLens.ts), tagging on save (tagOnSave.ts), the Explain Tags panels restored after a reload
// (explainPanels.ts) — handed back for features.ts to join with every other line. Nothing here reads
// a file or loads the tagger when it is registered.
import type * as vscode from 'vscode';
import type { RoomHandlers } from '../activationTable';
import { explainPanelProviders } from './explainPanels';
import { tagLensProviders } from './tagLens';
import { tagOnSaveProviders, type TagOnSaveServices } from './tagOnSave';
import { taggingCommands, type TaggingServices } from './taggingCommands';

/** The files under tagging/ that run a line of the activation table. */
type TaggingFile = 'tagging/taggingCommands' | 'tagging/tagLens' | 'tagging/tagOnSave' | 'tagging/explainPanels';

export function registerTagging(_context: vscode.ExtensionContext, services: TaggingServices & TagOnSaveServices): Pick<RoomHandlers<TaggingFile>, 'commands' | 'providers'> {
  return {
    commands: { ...taggingCommands(services) },
    providers: {
      ...tagLensProviders(services.tagger),
      ...tagOnSaveProviders(services),
      ...explainPanelProviders(services.explain),
    },
  };
}
