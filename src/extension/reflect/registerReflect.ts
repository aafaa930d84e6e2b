// The reflection features, registered in one call from features.ts, the composition root, with the
// services it built (reflectServices.ts): generated reviews with their preview, the Commitments, On
// This Day and Due to Revisit views, and revisiting a decision. The handlers of their commands and
// views are handed back, for features.ts to join with every other line of the activation table
// (activationTable.ts).
// What a new daily entry or 1:1 brings in is newEntryTexts.ts, handed to the commands that create
// entries. The other rooms that read the index register themselves: people/ (registerPeople.ts),
// search/, export/, trends/, entries/ (opening an entry at a line, the hints on a saved entry).
// Nothing here reads a file when it is registered: a view's rows are made the first time it is shown,
// and the index is built the first time one of them needs it.
import type * as vscode from 'vscode';
import type { RoomHandlers } from '../activationTable';
import { commitmentsCommands, commitmentsViews } from './commitmentsView';
import { dueToRevisitViews } from './dueToRevisitView';
import { onThisDayViews } from './onThisDayView';
import type { ReflectServices } from './reflectServices';
import { reviewCommands } from './reviewCommands';
import { revisitCommands } from './revisitCommand';

/** The files under reflect/ that run a line of the activation table. */
type ReflectFile = 'reflect/reviewCommands' | 'reflect/commitmentsView' | 'reflect/revisitCommand' | 'reflect/onThisDayView' | 'reflect/dueToRevisitView';

export function registerReflect(context: vscode.ExtensionContext, services: ReflectServices): Pick<RoomHandlers<ReflectFile>, 'commands' | 'views'> {
  return {
    commands: {
      ...reviewCommands(services),
      ...commitmentsCommands(services),
      ...revisitCommands(services),
    },
    views: {
      ...commitmentsViews(context, services),
      ...onThisDayViews(context, services),
      ...dueToRevisitViews(context, services),
    },
  };
}
