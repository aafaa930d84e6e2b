// Asking the user to choose one of several options, each shown as a QuickPick item (a label, and a
// description or detail line) and carrying the value the caller acts on: the value of the one chosen,
// or `undefined` when the pick is dismissed. The commands that ask one such question (New Entry…'s
// kind, Customize Template's kind, Which Rule Placed This Event?, Import Calendar…'s two questions,
// Export Metrics' format) ask it here rather than each declaring its own item type and unwrapping
// the item picked.
import * as vscode from 'vscode';

/** One option: what the QuickPick shows of it, and the value it stands for. */
export interface Choice<T> extends vscode.QuickPickItem {
  readonly value: T;
}

/** Shows `choices` in a QuickPick with `options` (one is chosen, never many); resolves to its value, or `undefined`. */
export async function pickChoice<T>(choices: readonly Choice<T>[], options: Omit<vscode.QuickPickOptions, 'canPickMany'>): Promise<T | undefined> {
  return (await vscode.window.showQuickPick(choices, options))?.value;
}
