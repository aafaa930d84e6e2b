// The reflection features (issue 6), registered in one call from features.ts: generated reviews with
// their preview, the Commitments and On This Day views, people timelines, search, exports, what a
// new daily entry brings back, and the hints on a saved feedback note or decision. Nothing here
// reads a file at activation: the index is built the first time one of them needs it.
import type * as vscode from 'vscode';
import type { CalendarAudits } from '../calendar/calendarAudits';
import type { Clock } from '../clock';
import type { DeferredTree } from '../featuresContract';
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
import { PreviewPanels } from './previewPanels';
import type { ReflectSource } from './reflectSource';
import { registerReviewCommands } from './reviewCommands';
import { registerRevisitCommand } from './revisitCommand';
import { registerSearchCommand } from './searchCommand';

/** The views activation created, filled here. */
export interface ReflectTrees {
  readonly commitments: DeferredTree;
  readonly onThisDay: DeferredTree;
  readonly dueToRevisit: DeferredTree;
}

export function registerReflectFeatures(context: vscode.ExtensionContext, source: ReflectSource, clock: Clock, trees: ReflectTrees, calendar: CalendarAudits): void {
  const previews = new PreviewPanels(context.extensionUri);
  context.subscriptions.push(previews);
  registerOpenEntryAt(context, source);
  registerEntryChecks(context);
  registerReviewCommands(context, { source, clock, previews, calendar });
  registerCommitmentsView(context, source, clock, trees.commitments);
  registerOnThisDayView(context, source, clock, trees.onThisDay);
  registerDueToRevisitView(context, source, clock, trees.dueToRevisit);
  registerPersonCommand(context, source, previews, clock, calendar);
  registerPersonLinks(context);
  registerMergePeopleCommand(context, source);
  registerOneOnOneCommand(context, source, clock);
  registerRevisitCommand(context, source, clock);
  registerSearchCommand(context, source);
  registerExportCommands(context, { source, clock, calendar, version: String(context.extension.packageJSON.version) });
}
