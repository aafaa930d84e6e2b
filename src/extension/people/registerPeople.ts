// The people features, registered in one call from features.ts, the composition root, with the
// services it built (peopleServices.ts): the links from a name in a drafted block to its person page
// (personLinks.ts), and the handlers of Open Person…, New 1:1 with This Person… and Merge People…,
// handed back for features.ts to register with every other line of the activation table
// (activationTable.ts). Nothing here reads a file when it is registered.
import type * as vscode from 'vscode';
import type { RoomHandlers } from '../activationTable';
import { mergePeopleCommands } from './mergePeopleCommand';
import { oneOnOneCommands } from './oneOnOneCommand';
import type { PeopleServices } from './peopleServices';
import { personCommands } from './personCommand';
import { registerPersonLinks } from './personLinks';

/** The files under people/ that run commands. */
type PeopleCommandFile = 'people/personCommand' | 'people/mergePeopleCommand' | 'people/oneOnOneCommand';

export function registerPeople(context: vscode.ExtensionContext, services: PeopleServices): Pick<RoomHandlers<PeopleCommandFile>, 'commands'> {
  registerPersonLinks(context, services);
  return {
    commands: {
      ...personCommands(services),
      ...mergePeopleCommands(services),
      ...oneOnOneCommands(services),
    },
  };
}
