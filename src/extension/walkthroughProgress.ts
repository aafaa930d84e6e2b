// Ticks off the walkthrough's steps (walkthroughKeys.ts) by setting their context keys once each:
// a key only ever goes to true, and is set at most once a session.
import * as vscode from 'vscode';
import { WALKTHROUGH_KEYS, type WalkthroughStep } from './walkthroughKeys';

const marked = new Set<WalkthroughStep>();

export function markWalkthroughStep(step: WalkthroughStep): void {
  if (marked.has(step)) {
    return;
  }
  marked.add(step);
  void vscode.commands.executeCommand('setContext', WALKTHROUGH_KEYS[step], true);
}
