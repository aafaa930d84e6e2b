// A migration's outcome as the message the user sees: what was done, or why it stopped and that
// nothing was lost, and what to run next. Reasons and paths come from the core (English); the
// sentences around them are localised.
import * as vscode from 'vscode';
import type { MigrationOutcome } from '../../core/encryption/migrationRun';
import { doneMessage } from './doneMessage';

export interface OutcomeMessage {
  readonly severity: 'info' | 'warning' | 'error';
  readonly text: string;
  /** Lines for the output channel: each entry that needs the user, and notes. */
  readonly details: readonly string[];
}

function nextStep(outcome: MigrationOutcome): string {
  switch (outcome.operation) {
    case 'encrypt':
      return vscode.l10n.t('Run Encrypt Journal… again to go on, or Decrypt Journal… to undo it.');
    case 'decrypt':
      return vscode.l10n.t('Run Decrypt Journal… again to go on, or Encrypt Journal… to undo it.');
    case 'change-passphrase':
      return vscode.l10n.t('Run Change Journal Passphrase… again with the same two passphrases to go on.');
  }
}

export function outcomeMessage(outcome: MigrationOutcome): OutcomeMessage {
  const details = [
    ...outcome.attention.map((item) => `${item.path}: ${item.reason}`),
    ...outcome.notes.map((item) => `${item.path} ${item.reason}`),
  ];
  if (outcome.status === 'stopped') {
    if (outcome.stoppedBy === 'key') {
      return { severity: 'error', text: vscode.l10n.t('That passphrase does not open this journal. Nothing was changed.'), details };
    }
    const changedNothing = outcome.stoppedBy === 'lock' || (outcome.stoppedBy === 'journal' && outcome.converted === 0);
    const reason = vscode.l10n.t('Stopped: {0}.', outcome.reason ?? '');
    return {
      severity: 'error',
      text: changedNothing ? `${reason} ${vscode.l10n.t('Nothing was changed.')}` : `${reason} ${vscode.l10n.t('Nothing was lost: every entry is whole, as the file it was or the file it became.')} ${nextStep(outcome)}`,
      details,
    };
  }
  if (outcome.status === 'incomplete') {
    return {
      severity: 'warning',
      text: `${doneMessage(vscode.l10n, outcome)} ${vscode.l10n.t('{0} files need you (listed in the Leadership Journal output); nothing of them was lost.', outcome.attention.length)} ${nextStep(outcome)}`,
      details,
    };
  }
  return { severity: 'info', text: doneMessage(vscode.l10n, outcome), details };
}
