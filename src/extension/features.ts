// Everything the extension does, started the first time activation's registrations need it: a
// contributed command runs, a view is shown, or a journal entry is opened, saved or hovered. Bundled
// apart as dist/features.js (the web build bundles it in), so that activation loads a few kilobytes.
// Each feature registers its own commands and pushes its disposables into `context.subscriptions`.
import * as vscode from 'vscode';
import { systemClock } from './clock';
import { registerCalendarCommands } from './calendar/calendarCommands';
import { registerCustomizeTemplateCommand } from './commands/customizeTemplate';
import { registerNavigationCommands } from './commands/navigate';
import { registerNewEntryCommand } from './commands/newEntry';
import { EncryptionGate } from './encryption/encryptionGate';
import { registerPromptCommands } from './commands/prompts';
import { registerTaggingCommands } from './commands/tagging';
import { hostServices } from './host/hostServices';
import { JournalIndex } from './index/journalIndex';
import { output, registerOutput } from './output';
import { knownPeople } from './reflect/knownPeople';
import { registerReflectFeatures } from './reflect/registerReflect';
import type { Features, Shell } from './shell/contract';
import { ExplainPanels } from './tagging/explainPanels';
import { tagLensProviders } from './tagging/tagLens';
import { tagOnWillSave } from './tagging/tagOnSave';
import { TaggerService } from './tagging/taggerService';
import { WritingPause } from './tagging/writingPause';
import { markWalkthroughStep } from './walkthroughProgress';
import { TrendsCalendar } from './views/trendsCalendar';
import { TrendsController } from './views/trendsController';
import { registerTrendsViews } from './views/trendsViewProvider';

export function startFeatures(context: vscode.ExtensionContext, shell: Shell): Features {
  registerOutput(context);
  const version = String(context.extension.packageJSON.version);
  const tagger = new TaggerService();
  const explain = new ExplainPanels(context.extensionUri, tagger);
  const pause = new WritingPause(tagger);
  context.subscriptions.push(tagger, explain, pause);
  // First: every command below opens the journal through it (the encryption code loads only for an encrypted one).
  const encryption = new EncryptionGate(context, (provider) => shell.encryptedFileSystem.attach(provider));
  context.subscriptions.push(encryption);
  registerNavigationCommands(context, systemClock);
  registerPromptCommands(context, systemClock);
  registerCustomizeTemplateCommand(context);
  registerTaggingCommands(context, tagger, explain);
  // The index is created here but built only when something first needs it (the trends, a review…).
  const host = hostServices(context);
  const index = new JournalIndex(context.storageUri ?? context.globalStorageUri, tagger, host.bulkRunner, host.journalFiles, pause);
  context.subscriptions.push(index, ...(host.bulkRunner ? [host.bulkRunner] : []), index.onDidChange(() => {
    shell.indexChanged.fire();
    walkthroughProgress(index);
  }));
  registerNewEntryCommand(context, systemClock, () => knownPeople(index));
  const calendar = registerCalendarCommands(context, systemClock);
  const resolveTrendsView = registerTrendsViews(context, new TrendsController(index, context.extensionUri, version, new TrendsCalendar(calendar)));
  registerReflectFeatures(context, index, systemClock, shell.trees, calendar);
  const lens = tagLensProviders(tagger);
  output().info(vscode.l10n.t('Leadership Journal {0} started in {1}.', version, host.name));
  return {
    resolveTrendsView,
    restoreExplain: (panel, state) => explain.restore(panel, state),
    codeLens: lens.codeLens,
    hover: lens.hover,
    tagOnWillSave: (event) => tagOnWillSave(event, tagger, pause),
    indexedEntries: async () => {
      await index.ensureBuilt();
      return index.entries();
    },
    encryptedFileSystem: () => encryption.provider,
  };
}

/** The walkthrough's first two steps are done once the journal is read and holds a written entry. */
function walkthroughProgress(index: JournalIndex): void {
  if (index.journalFolder) {
    markWalkthroughStep('journalFolder');
  }
  if (index.state.state === 'ready' && index.entries().some((entry) => entry.label !== null)) {
    markWalkthroughStep('firstEntry');
  }
}
