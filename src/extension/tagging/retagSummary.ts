// What Retag All Entries says when it finishes, with the right plural for the entries it read
// ("Retagged 1 entry: …", never "1 entries"). The parts after the colon are counts in a list
// ("1 updated, 0 unchanged"), which read the same for one and many. Takes the translator as a
// parameter (as ../encryption/doneMessage.ts does) so the unit tier checks both languages against
// the shipped bundles; the calls are still `l10n.t('…')` for @vscode/l10n-dev to extract.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';

/** How a retag went: entries read, and what became of each. */
export interface RetagCounts {
  readonly read: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly pinned: number;
}

export function retagSummary(l10n: Translator, counts: RetagCounts): string {
  const { read, updated, unchanged, skipped, pinned } = counts;
  if (read === 1) {
    return pinned === 0
      ? l10n.t('Retagged 1 entry: {0} updated, {1} unchanged, {2} skipped.', updated, unchanged, skipped)
      : l10n.t('Retagged 1 entry: kept as you labelled it (pinned).');
  }
  return pinned === 0
    ? l10n.t('Retagged {0} entries: {1} updated, {2} unchanged, {3} skipped.', read, updated, unchanged, skipped)
    : l10n.t('Retagged {0} entries: {1} updated, {2} unchanged, {3} skipped, {4} kept as you labelled them (pinned).', read, updated, unchanged, skipped, pinned);
}
