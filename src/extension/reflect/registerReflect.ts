// The reflection features (issue 6), registered in one call from `activate`: generated reviews with
// their preview, the Commitments and On This Day views, people timelines, search, exports, and what a
// new daily entry brings back. Nothing here reads a file at activation: the index is built the first
// time one of them needs it.
import type * as vscode from 'vscode';
import type { Clock } from '../clock';
import type { DeferredTree } from '../shell/deferredTree';
import { registerCommitmentsView } from './commitmentsView';
import { provideDailyReminders } from './dailyReminderHook';
import { registerExportCommands } from './exportCommands';
import { registerOnThisDayView } from './onThisDayView';
import { registerOpenEntryAt } from './openEntryAt';
import { registerMergePeopleCommand } from './mergePeopleCommand';
import { registerPersonCommand } from './personCommand';
import { PreviewPanels } from './previewPanels';
import type { ReflectSource } from './reflectSource';
import { registerReviewCommands } from './reviewCommands';
import { registerSearchCommand } from './searchCommand';

/** The views activation created, filled here. */
export interface ReflectTrees {
  readonly commitments: DeferredTree;
  readonly onThisDay: DeferredTree;
}

export function registerReflectFeatures(context: vscode.ExtensionContext, source: ReflectSource, clock: Clock, trees: ReflectTrees): void {
  const previews = new PreviewPanels(context.extensionUri);
  context.subscriptions.push(previews, provideDailyReminders(source));
  registerOpenEntryAt(context, source);
  registerReviewCommands(context, { source, clock, previews });
  registerCommitmentsView(context, source, clock, trees.commitments);
  registerOnThisDayView(context, source, clock, trees.onThisDay);
  registerPersonCommand(context, source, previews);
  registerMergePeopleCommand(context, source);
  registerSearchCommand(context, source);
  registerExportCommands(context, { source, clock, version: String(context.extension.packageJSON.version) });
}
