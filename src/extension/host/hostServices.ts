// What the extension gets from the host it runs in. This file is the Node extension host's; the web
// build swaps in hostServices.web.ts beside it (scripts/webPlatform.ts maps every `x.ts` that has an
// `x.web.ts` sibling), so the rest of the extension is one code base over `vscode.workspace.fs`.
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { RecordRunner } from '../index/recordRunner';
import { workerRunner } from '../index/workerRunner';
import type { FileAccess } from './fileAccess';
import { localFileAccess } from './localFileAccess';

export interface HostServices {
  /** Named in the log, so a user (and the E2E tier) can tell which host runs the extension. */
  readonly name: string;
  /** Reads a cold index on worker threads; undefined where there are none (the index uses its own thread). */
  readonly bulkRunner: (RecordRunner & vscode.Disposable) | undefined;
  /** How the index reads the journal's files. */
  readonly files: FileAccess;
}

export function hostServices(context: vscode.ExtensionContext): HostServices {
  return {
    name: vscode.l10n.t('the Node extension host'),
    bulkRunner: workerRunner(join(context.extensionPath, 'dist')),
    files: localFileAccess(),
  };
}
