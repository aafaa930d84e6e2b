// What Commitments: Show Open lists and opens, decided without VS Code: with nothing open, a message
// saying how a commitment is written; otherwise a picker titled with the count, the commitments in the
// index's order (oldest first), each with its age ("today", "12 days") and where it was first written
// (the date and the entry's title, or its path when the index has no title), and a pick opening that
// entry at the commitment's line. Worded through the translator handed in (`vscode.l10n` in
// commitmentsView.ts, which reads the index, shows the picker and opens; the calls are `l10n.t('…')`
// for @vscode/l10n-dev to extract, hence the type import of `vscode`).
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import { pluralMessage, translatedDays, type Translator } from '../../core/text/format';
import type { OpenCommitment } from '../../core/reflect/commitmentTracking';

/** How the view and the picker say a commitment's age: "today", "1 day", "12 days". */
export function ageText(l10n: Translator, days: number): string {
  return days === 0 ? l10n.t('today') : translatedDays(l10n, days);
}

/** One row of the picker, and where picking it opens. */
export interface CommitmentRow {
  readonly label: string;
  readonly description: string;
  readonly detail: string;
  /** The entry it was first written in, and the line (0-based) it was written on. */
  readonly opens: { readonly path: string; readonly line: number };
}

export type OpenCommitmentsPlan =
  /** Nothing is open: say so, and how a commitment is written. */
  | { readonly kind: 'none'; readonly message: string }
  /** Offer the commitments, oldest first. */
  | { readonly kind: 'pick'; readonly title: string; readonly rows: readonly CommitmentRow[] };

/** `open` as the index gives them (oldest first); `titles` the entries' titles by path. */
export function openCommitmentsPlan(l10n: Translator, open: readonly OpenCommitment[], titles: ReadonlyMap<string, string>): OpenCommitmentsPlan {
  if (open.length === 0) {
    return { kind: 'none', message: l10n.t('No open commitments. A task such as "- [ ] …" under a Next heading, or any line with #commit, is followed up.') };
  }
  return {
    kind: 'pick',
    title: pluralMessage(open.length, l10n.t('1 open commitment, oldest first'), l10n.t('{0} open commitments, oldest first')),
    rows: open.map((commitment) => ({
      label: commitment.text,
      description: ageText(l10n, commitment.ageDays),
      detail: `${commitment.firstSeen.date} · ${titles.get(commitment.firstSeen.path) ?? commitment.firstSeen.path}`,
      opens: { path: commitment.firstSeen.path, line: commitment.firstSeen.line },
    })),
  };
}
