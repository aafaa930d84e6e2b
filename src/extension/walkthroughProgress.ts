// Ticks off the walkthrough's steps (walkthroughKeys.ts) by setting their context keys once each:
// a key only ever goes to true, and is set at most once a session. One instance, built by the
// composition root (features.ts) and handed to what completes a step, so "set once" is its state,
// not the module's.
import * as vscode from 'vscode';
import { WALKTHROUGH_KEYS, type WalkthroughStep } from './walkthroughKeys';

/** A step was done: marks it (the first time in this session). */
export type MarkStep = (step: WalkthroughStep) => void;

export class WalkthroughProgress {
  private readonly marked = new Set<WalkthroughStep>();

  readonly mark: MarkStep = (step) => {
    if (this.marked.has(step)) {
      return;
    }
    this.marked.add(step);
    void vscode.commands.executeCommand('setContext', WALKTHROUGH_KEYS[step], true);
  };
}
