// Starts the features (dist/features.js) once, the first time activation's registrations need them.
// Until then each line of the activation table (activationTable.ts) is a stand-in command: its first call
// starts the features, which register the real command under the same id, and runs that with the
// same arguments.
import * as vscode from 'vscode';
import { COMMAND_NAMES, commandId } from '../activationTable';
import { featuresModule } from './featuresModule';
import type { Features, Shell } from '../featuresContract';
import type { MountedRoots } from '../journal/journalMounts';

export class FeatureLoader implements vscode.Disposable {
  private features: Features | undefined;
  private standIns: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext, private readonly shell: Shell) {}

  /** One stand-in per line of the activation table. */
  registerCommandStandIns(): void {
    for (const id of COMMAND_NAMES.map(commandId)) {
      this.standIns.push(vscode.commands.registerCommand(id, (...args: unknown[]) => {
        this.start();
        return vscode.commands.executeCommand(id, ...args);
      }));
    }
  }

  /** The journal's mount once the features are loaded (it tells which documents are entries), else undefined. */
  get mount(): MountedRoots | undefined {
    return this.features?.mount;
  }

  /** The features, started on the first call. */
  start(): Features {
    if (!this.features) {
      // The stand-ins go first: a command id can be registered only once.
      this.disposeStandIns();
      this.features = featuresModule().startFeatures(this.context, this.shell);
    }
    return this.features;
  }

  dispose(): void {
    this.disposeStandIns();
  }

  private disposeStandIns(): void {
    for (const standIn of this.standIns.splice(0)) {
      standIn.dispose();
    }
  }
}
