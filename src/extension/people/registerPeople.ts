// The people features, registered in one call from features.ts, the composition root, with the
// services it built (peopleServices.ts): the handlers of Open Person…, New 1:1 with This Person…,
// Merge People… and of the links from a name in a drafted block to its person page (personLinks.ts),
// handed back for features.ts to join with every other line of the activation table
// (activationTable.ts). Nothing here reads a file when it is registered.
import type * as vscode from 'vscode';
import type { RoomHandlers } from '../activationTable';
import { mergePeopleCommands } from './mergePeopleCommand';
import { oneOnOneCommands } from './oneOnOneCommand';
import type { PeopleServices } from './peopleServices';
import { personCommands } from './personCommand';
import { personLinkProviders } from './personLinks';

/** The files under people/ that run lines of the activation table. */
type PeopleFile = 'people/personCommand' | 'people/mergePeopleCommand' | 'people/oneOnOneCommand' | 'people/personLinks';

export function registerPeople(_context: vscode.ExtensionContext, services: PeopleServices): Pick<RoomHandlers<PeopleFile>, 'commands' | 'providers'> {
  return {
    providers: { ...personLinkProviders(services) },
    commands: {
      ...personCommands(services),
      ...mergePeopleCommands(services),
      ...oneOnOneCommands(services),
    },
  };
}
