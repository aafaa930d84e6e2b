// The "Unlocking the journal…" notification of an unlock attempt (a passphrase, an age key), shown only
// while the attempt runs late and closed before its result is told (lateProgress.ts says why).
import * as vscode from 'vscode';
import { withLateProgress, type ProgressClock } from './lateProgress';

const clock: ProgressClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** `attempt`'s result, with the unlock notification while it runs late. */
export function withUnlockProgress<T>(attempt: () => Promise<T>): Promise<T> {
  return withLateProgress(attempt(), (run) => Promise.resolve(vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Unlocking the journal…') },
    run,
  )), clock);
}
