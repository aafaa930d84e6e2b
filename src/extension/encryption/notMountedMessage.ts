// What Encrypt Journal… says when the run sealed entries but the journal then does not open in this
// window under the key it was run with (its key file damaged or replaced meanwhile, the disk failing
// the read): the run's own message, then that the entries it sealed are safe on disk and nothing was
// lost, why the journal did not open, that it is locked and its editors stay closed, and what to do.
// Told alone, "Encrypted N entries." left the user with a locked journal, closed editors, and no word
// of either. Takes the translator as a parameter (as outcomeMessage.ts does) so the unit tier checks
// both languages against the shipped bundles.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the function below takes: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';
import type { KeyMode } from '../../core/encryption/journalState';
import { reasonText, type Reason } from '../../core/encryption/reasons';
import type { OutcomeMessage } from './outcomeMessage';

/** `told` (the run's own message) followed by why the journal did not open, that nothing was lost, and what to do; at least a warning. `mode`: the key the journal asks for. */
export function notMountedMessage(l10n: Translator, told: OutcomeMessage, why: Reason, mode: KeyMode): OutcomeMessage {
  const reason = reasonText(l10n, why);
  const after = mode === 'identity'
    ? l10n.t('The journal did not open in this window afterwards: {0}. The entries it encrypted are safe on disk and nothing was lost, but the journal is locked and its editors stay closed. Open an entry (Open Today\'s Entry) to be asked for your age key; if it still does not open, reload the window (Developer: Reload Window).', reason)
    : l10n.t('The journal did not open in this window afterwards: {0}. The entries it encrypted are safe on disk and nothing was lost, but the journal is locked and its editors stay closed. Open an entry (Open Today\'s Entry) to be asked for its passphrase; if it still does not open, reload the window (Developer: Reload Window).', reason);
  return {
    severity: told.severity === 'info' ? 'warning' : told.severity,
    text: `${told.text} ${after}`,
    details: told.details,
  };
}
