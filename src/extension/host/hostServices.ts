// What the extension gets from the host it runs in. This file is the Node extension host's; the web
// build swaps in hostServices.web.ts beside it (scripts/webPlatform.ts maps every `x.ts` that has an
// `x.web.ts` sibling), so the rest of the extension is one code base over `vscode.workspace.fs`.
import { join } from 'node:path';
import * as vscode from 'vscode';
import { nodeJournalFiles } from '../../node/nodeJournalFiles';
import type { RecordRunner } from '../index/recordRunner';
import { workerRunner } from '../index/workerRunner';
import { workspaceFilesFor, type JournalFilesFor } from '../index/workspaceJournalFiles';
import type { Settings } from '../settingsService';

export interface HostServices {
  /** Named in the log, so a user (and the E2E tier) can tell which host runs the extension. */
  readonly name: string;
  /** Reads a cold index on worker threads; undefined where there are none (the index uses its own thread). */
  readonly bulkRunner: (RecordRunner & vscode.Disposable) | undefined;
  /** How the index reads a journal folder. */
  readonly journalFiles: JournalFilesFor;
}

/**
 * A `file:` folder is read with Node's fs (src/node/nodeJournalFiles.ts), anything else through
 * vscode.workspace.fs. In a Node extension host a `file:` URI is always on the host's own disk: in a
 * remote window (SSH, containers, WSL, code-server) VS Code hands the remote host its workspace as
 * `file:` URIs of the remote machine. Why bother: there every vscode.workspace.fs call travels to the
 * window and back, and a cold index of 50,000 entries spent half a minute in those round trips.
 */
const localFilesFor: JournalFilesFor = (folder) =>
  folder.scheme === 'file' ? { files: nodeJournalFiles(folder.fsPath), local: true } : workspaceFilesFor(folder);

export function hostServices(context: vscode.ExtensionContext, settings: Settings): HostServices {
  return {
    name: vscode.l10n.t('the Node extension host'),
    bulkRunner: workerRunner(join(context.extensionPath, 'dist'), settings),
    journalFiles: localFilesFor,
  };
}
