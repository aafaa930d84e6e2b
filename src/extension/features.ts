// Everything the extension does, started the first time activation's registrations need it: a
// contributed command runs, a view is shown, or a journal entry is opened, saved or hovered. Bundled
// apart as dist/features.js (the web build bundles it in), so that activation loads a few kilobytes.
// `startFeatures` hands back a handler for every line of the activation table (activationTable.ts),
// gathered from the rooms; activation's registrations call them (shell/registerContributions.ts).
// The composition root: the services every feature shares (the output channel, people.yml's reader,
// the clock, the settings, the journal's files and its journal-entry test, the tagger and its panels, the encrypted journal's mount and its gate, the journal index,
// the imported calendars, the preview panels, what a new entry brings in, the walkthrough's progress)
// are built once, here, and handed to every `registerX(context, services)`; each registration names
// the part it reads, pushes its disposables into `context.subscriptions` and hands back the handlers
// of its lines of the table. No module reaches around this for state: the `let loaded` left in
// src/extension are caches of lazily required bundles (code, not state).
// Settings are a service too (settingsService.ts): read once, again after each change, so a change
// applies at once.
import * as vscode from 'vscode';
import { calendarAudits } from './calendar/calendarCommands';
import { registerCalendar } from './calendar/registerCalendar';
import { systemClock } from './clock';
import { WorkspaceSettings } from './settingsService';
import { EncryptionGate } from './encryption/encryptionGate';
import { registerEncryption } from './encryption/registerEncryption';
import { registerExport } from './export/registerExport';
import { journalEntryTest, type JournalEntryTest } from './journal/journalDocuments';
import { JournalMount } from './journal/journalMounts';
import { workspaceJournalStore } from './journal/journalStore';
import type { KnownPeople } from './entries/newEntry';
import type { NewEntryTexts } from './entries/newEntryTexts';
import { registerEntries } from './entries/registerEntries';
import type { Features, Shell } from './featuresContract';
import { hostServices } from './host/hostServices';
import { JournalIndex } from './index/journalIndex';
import { createOutput } from './output';
import { knownPeople } from './people/knownPeople';
import { PeopleLoader } from './people/peopleLoader';
import { registerPeople } from './people/registerPeople';
import { journalEntryTexts } from './reflect/newEntryTexts';
import type { ReflectServices } from './reflect/reflectServices';
import { registerReflect } from './reflect/registerReflect';
import { registerSearch } from './search/registerSearch';
import { ExplainPanels } from './tagging/explainPanels';
import { registerTagging } from './tagging/registerTagging';
import { TaggerService } from './tagging/taggerService';
import { WritingPause } from './tagging/writingPause';
import { WalkthroughProgress } from './walkthroughProgress';
import { registerTrends } from './trends/registerTrends';
import { PreviewPanels } from './webviews/previewPanels';

// dist/reports.js and dist/encryption.js read the code they share with this bundle from here (featuresCore.ts).
export { featuresCore } from './featuresCore';

/** What the features share, built once by {@link buildServices}. */
export interface Services extends ReflectServices {
  /** The extension's version, for the log and the report's footer. */
  readonly version: string;
  readonly tagger: TaggerService;
  /** The Explain Tags panels. */
  readonly explain: ExplainPanels;
  /** Holds back background reading while the person is typing. */
  readonly pause: WritingPause;
  readonly index: JournalIndex;
  /** What a new daily entry or 1:1 brings in from the journal. */
  readonly entryTexts: NewEntryTexts;
  readonly knownPeople: KnownPeople;
  /** Opens an encrypted journal (its vault and provider are in dist/encryption.js, loaded on first need). */
  readonly encryption: EncryptionGate;
  /** Where the extension runs: `desktop`, `web`… (for the log). */
  readonly hostName: string;
  /** Ticks off the Getting Started walkthrough's steps, each once a session. */
  readonly walkthrough: WalkthroughProgress;
  /** Whether a document is a journal entry: the journal room's one test, bound to the mount. */
  readonly isEntry: JournalEntryTest;
}

export function buildServices(context: vscode.ExtensionContext, shell: Shell): Services {
  // First, so that it is disposed first, as before it was made a service.
  const log = createOutput(context);
  const people = new PeopleLoader(log);
  const clock = systemClock;
  // Before anything reads a setting: every handler reads them through this one (settingsService.ts).
  const settings = new WorkspaceSettings();
  context.subscriptions.push(settings);
  const version = String(context.extension.packageJSON.version);
  // Before anything reads the journal: every reader opens it through the mount, whose opener is the
  // gate (journal/journalMounts.ts), and the encryption code loads only for an encrypted journal.
  // The tagger reads it too, to tell a shown journal entry (it builds itself then, before a save).
  const mount = new JournalMount();
  const store = workspaceJournalStore(mount);
  const isEntry = journalEntryTest(mount);
  const tagger = new TaggerService(isEntry, settings);
  const walkthrough = new WalkthroughProgress();
  const explain = new ExplainPanels(context.extensionUri, tagger, mount, log, walkthrough.mark);
  const pause = new WritingPause(tagger, log, settings, store);
  const previews = new PreviewPanels(context.extensionUri);
  const encryption = new EncryptionGate(context, mount, log, settings, (provider) => shell.fileSystems.encryptedJournal.attach(provider));
  context.subscriptions.push(tagger, explain, pause, previews, encryption, mount);
  // The index is created here but built only when something first needs it (the trends, a review…).
  const host = hostServices(context, settings);
  const index = new JournalIndex(context.storageUri ?? context.globalStorageUri, mount, log, settings, tagger, host.bulkRunner, host.journalFiles, pause);
  context.subscriptions.push(index, ...(host.bulkRunner ? [host.bulkRunner] : []));
  const calendar = calendarAudits(context, clock, mount, log, settings, store);
  return {
    clock,
    settings,
    version,
    tagger,
    explain,
    pause,
    previews,
    encryption,
    mount,
    log,
    people,
    index,
    calendar,
    entryTexts: journalEntryTexts(index, calendar, { log, people, settings, store }),
    knownPeople: () => knownPeople(index, people),
    hostName: host.name,
    walkthrough,
    isEntry,
    store,
  };
}

export function startFeatures(context: vscode.ExtensionContext, shell: Shell): Features {
  const services = buildServices(context, shell);
  const { index, walkthrough } = services;
  context.subscriptions.push(index.onDidChange(() => {
    shell.indexChanged.fire();
    journalProgress(index, walkthrough);
  }));
  const entries = registerEntries(context, services);
  const tagging = registerTagging(context, services);
  const trends = registerTrends(context, services);
  const people = registerPeople(context, services);
  const reflect = registerReflect(context, services);
  const search = registerSearch(context, services);
  const exports = registerExport(context, services);
  const calendar = registerCalendar(context, services);
  const encryption = registerEncryption(context, services);
  services.log.info(vscode.l10n.t('Leadership Journal {0} started in {1}.', services.version, services.hostName));
  // Every line of the activation table (activationTable.ts) with the handler its file hands in.
  return {
    commands: {
      ...entries.commands,
      ...tagging.commands,
      ...trends.commands,
      ...people.commands,
      ...reflect.commands,
      ...search.commands,
      ...exports.commands,
      ...calendar.commands,
      ...encryption.commands,
    },
    views: {
      ...trends.views,
      ...reflect.views,
    },
    providers: {
      ...tagging.providers,
      ...people.providers,
      ...encryption.providers,
    },
    mount: services.mount,
    indexedEntries: async () => {
      await index.ensureBuilt();
      return index.entries();
    },
  };
}

/** The walkthrough's first two steps are done once the journal is read and holds a written entry. */
function journalProgress(index: JournalIndex, walkthrough: WalkthroughProgress): void {
  if (index.journalFolder) {
    walkthrough.mark('journalFolder');
  }
  if (index.state.state === 'ready' && index.entries().some((entry) => entry.label !== null)) {
    walkthrough.mark('firstEntry');
  }
}
