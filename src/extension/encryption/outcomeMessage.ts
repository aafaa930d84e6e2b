// A migration's outcome as the message the user sees: what was done, or why it stopped and that
// nothing was lost, and what to run next. The reasons come from the core as data (reasons.ts) and
// are worded here in the user's language, like the sentences around them; only a reason that is the
// system's own words (an unexpected error) stays as it was given. Paths are the journal's. Takes the
// translator as a parameter (as doneMessage.ts does) so the unit tier checks both languages against
// the shipped bundles.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';
import type { Attention, MigrationOutcome } from '../../core/encryption/migrationRun';
import { reasonText } from '../../core/encryption/reasons';
import { doneMessage } from './doneMessage';

export interface OutcomeMessage {
  readonly severity: 'info' | 'warning' | 'error';
  readonly text: string;
  /** Lines for the output channel: each entry that needs the user, and notes. */
  readonly details: readonly string[];
}

/** An item's reason in the user's language, when the core gave it as data. */
function reasonOf(l10n: Translator, item: Attention): string {
  return item.why === undefined ? item.reason : reasonText(l10n, item.why);
}

function nextStep(l10n: Translator, outcome: MigrationOutcome): string {
  switch (outcome.operation) {
    case 'encrypt':
      return l10n.t('Run Encrypt Journal… again to go on, or Decrypt Journal… to undo it.');
    case 'decrypt':
      return l10n.t('Run Decrypt Journal… again to go on, or Encrypt Journal… to undo it.');
    case 'change-passphrase':
      return l10n.t('Run Change Journal Passphrase… again to finish or undo it, with the same two passphrases.');
  }
}

/** `undo`: the run took an interrupted passphrase change back (its entries went back to the old key). */
export function outcomeMessage(l10n: Translator, outcome: MigrationOutcome, undo = false): OutcomeMessage {
  const details = [
    ...outcome.attention.map((item) => `${item.path}: ${reasonOf(l10n, item)}`),
    ...outcome.notes.map((item) => `${item.path} ${reasonOf(l10n, item)}`),
  ];
  if (outcome.status === 'stopped') {
    if (outcome.stoppedBy === 'key' && outcome.why?.id === 'next-key-wrong') {
      return { severity: 'error', text: l10n.t('That is not the new passphrase chosen for the interrupted change. Nothing was changed.'), details };
    }
    if (outcome.stoppedBy === 'key') {
      return { severity: 'error', text: l10n.t('That passphrase does not open this journal. Nothing was changed.'), details };
    }
    const changedNothing = outcome.stoppedBy === 'lock' || (outcome.stoppedBy === 'journal' && outcome.converted === 0);
    const reason = l10n.t('Stopped: {0}.', outcome.why === undefined ? outcome.reason ?? '' : reasonText(l10n, outcome.why));
    return {
      severity: 'error',
      text: changedNothing ? `${reason} ${l10n.t('Nothing was changed.')}` : `${reason} ${l10n.t('Nothing was lost: every entry is whole, as the file it was or the file it became.')} ${nextStep(l10n, outcome)}`,
      details,
    };
  }
  if (outcome.status === 'incomplete') {
    return {
      severity: 'warning',
      text: `${doneMessage(l10n, outcome, undo)} ${l10n.t('{0} files need you (listed in the Leadership Journal output); nothing of them was lost.', outcome.attention.length)} ${nextStep(l10n, outcome)}`,
      details,
    };
  }
  return { severity: 'info', text: doneMessage(l10n, outcome, undo), details };
}
