// The tagging room, registered in one call from features.ts, the composition root, with the services
// it built (the tagger, its Explain Tags panels, the mount, the output channel): the handlers of Tag
// Entry, Retag All Entries, Unpin Tags and Explain Tags (taggingCommands.ts), handed back for
// features.ts to register with every other line of the activation table (activationTable.ts).
// Nothing here reads a file or loads the tagger when it is registered.
import type { CommandHandlers } from '../activationTable';
import { taggingCommands, type TaggingServices } from './taggingCommands';

export function registerTagging(services: TaggingServices): CommandHandlers<'tagging/taggingCommands'> {
  return taggingCommands(services);
}
