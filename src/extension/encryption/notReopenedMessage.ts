// What a finished passphrase change (or its undo) says when the journal then does not open again in
// this window under the passphrase it ends with (another window changed it again, the key file
// cannot be read): the change is done and told as done, and then that the journal is locked, why,
// that its editors stay closed, and how to open it. Told alone, "Re-encrypted N entries" left the
// user with a locked journal and closed editors and no word of either. Takes the translator as a
// parameter (as outcomeMessage.ts does) so the unit tier checks both languages against the shipped
// bundles.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the function below takes: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';
import { reasonText, type Reason } from '../../core/encryption/reasons';
import type { OutcomeMessage } from './outcomeMessage';

/** `told` (the run's own message) followed by why the journal stayed locked and what to do; at least a warning. */
export function notReopenedMessage(l10n: Translator, told: OutcomeMessage, why: Reason): OutcomeMessage {
  return {
    severity: told.severity === 'info' ? 'warning' : told.severity,
    text: `${told.text} ${l10n.t('The journal did not open again afterwards, so it is locked and its editors stay closed: {0}. Open an entry (Open Today\'s Entry) to unlock it with its passphrase.', reasonText(l10n, why))}`,
    details: told.details,
  };
}
