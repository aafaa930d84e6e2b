// Starts the features (dist/features.js) once, the first time one of activation's registrations needs
// them (shell/registerContributions.ts): a command run, a view shown, a journal entry opened, hovered
// or saved, a panel restored, the encrypted journal's file system asked.
import { featuresModule } from './featuresModule';
import type * as vscode from 'vscode';
import type { Features, Shell } from '../featuresContract';
import type { MountedRoots } from '../journal/journalMounts';

export class FeatureLoader {
  private features: Features | undefined;

  constructor(private readonly context: vscode.ExtensionContext, private readonly shell: Shell) {}

  /** The journal's mount once the features are loaded (it tells which documents are entries), else undefined. */
  get mount(): MountedRoots | undefined {
    return this.features?.mount;
  }

  /** The features, started on the first call. */
  start(): Features {
    this.features ??= featuresModule().startFeatures(this.context, this.shell);
    return this.features;
  }
}
