// The reflection features (issue 6), registered in one call from features.ts, the composition root,
// with the services it built (reflectServices.ts): generated reviews with their preview, the
// Commitments, On This Day and Due to Revisit views, people timelines, search, exports, and the
// hints on a saved feedback note or decision. What a new daily entry or 1:1 brings in is
// newEntryTexts.ts, handed to the commands that create entries. Nothing here reads a file when it is
// registered: the index is built the first time one of them needs it.
import type * as vscode from 'vscode';
import { registerCommitmentsView } from './commitmentsView';
import { registerDueToRevisitView } from './dueToRevisitView';
import { registerEntryChecks } from './entryChecks';
import { registerExportCommands } from './exportCommands';
import { registerOneOnOneCommand } from './oneOnOneCommand';
import { registerOnThisDayView } from './onThisDayView';
import { registerOpenEntryAt } from './openEntryAt';
import { registerMergePeopleCommand } from './mergePeopleCommand';
import { registerPersonCommand } from './personCommand';
import { registerPersonLinks } from './personLinks';
import type { ReflectServices } from './reflectServices';
import { registerReviewCommands } from './reviewCommands';
import { registerRevisitCommand } from './revisitCommand';
import { registerSearchCommand } from './searchCommand';

export function registerReflectFeatures(context: vscode.ExtensionContext, services: ReflectServices): void {
  registerOpenEntryAt(context, services);
  registerEntryChecks(context);
  registerReviewCommands(context, services);
  registerCommitmentsView(context, services);
  registerOnThisDayView(context, services);
  registerDueToRevisitView(context, services);
  registerPersonCommand(context, services);
  registerPersonLinks(context);
  registerMergePeopleCommand(context, services);
  registerOneOnOneCommand(context, services);
  registerRevisitCommand(context, services);
  registerSearchCommand(context, services);
  registerExportCommands(context, services);
}
