// The reflection features, registered in one call from features.ts, the composition root, with the
// services it built (reflectServices.ts): generated reviews with their preview, the Commitments, On
// This Day and Due to Revisit views, and revisiting a decision. Their commands' handlers are handed
// back, for features.ts to register with every other line of the activation table (activationTable.ts).
// What a new daily entry or 1:1 brings in is newEntryTexts.ts, handed to the commands that create
// entries. The other rooms that read the index register themselves: people/ (registerPeople.ts),
// search/, export/, trends/, entries/ (opening an entry at a line, the hints on a saved entry).
// Nothing here reads a file when it is registered: the index is built the first time one of them
// needs it.
import type * as vscode from 'vscode';
import type { CommandHandlers } from '../activationTable';
import { commitmentsCommands, registerCommitmentsView } from './commitmentsView';
import { registerDueToRevisitView } from './dueToRevisitView';
import { registerOnThisDayView } from './onThisDayView';
import type { ReflectServices } from './reflectServices';
import { reviewCommands } from './reviewCommands';
import { revisitCommands } from './revisitCommand';

/** The files under reflect/ that run commands. */
type ReflectCommandFile = 'reflect/reviewCommands' | 'reflect/commitmentsView' | 'reflect/revisitCommand';

export function registerReflectFeatures(context: vscode.ExtensionContext, services: ReflectServices): CommandHandlers<ReflectCommandFile> {
  registerCommitmentsView(context, services);
  registerOnThisDayView(context, services);
  registerDueToRevisitView(context, services);
  return {
    ...reviewCommands(services),
    ...commitmentsCommands(services),
    ...revisitCommands(services),
  };
}
