// What the encryption commands and the vault use of age identity files, in the Node extension host:
// the identity file asked for and proven (identityPrompt.ts, identityUnlock.ts), and, for a journal
// being encrypted, the extra recipients (a backup key) typed on one line. The web build uses
// identityKeys.web.ts, which reads no key file and says so — so none of this code is in its bundle.
import * as vscode from 'vscode';
import { recipientOf } from '../../core/crypto/ageKeys';
import { parseRecipientList } from '../../core/encryption/keyFileChoice';
import { askIdentity, type JournalIdentity } from './identityPrompt';

export { rememberIdentity, type JournalIdentity } from './identityPrompt';
export { unlockWithIdentity } from './identityUnlock';

/** This host reads identity files (from the setting, or picked in a dialog). */
export const CAN_READ_IDENTITY_FILES = true;

/** Extra recipients (a backup key), typed on one line; undefined when cancelled. */
async function askRecipients(title: string, identity: JournalIdentity): Promise<readonly string[] | undefined> {
  const own = await recipientOf(identity.identities[0] ?? '');
  const typed = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('Entries will be sealed to your key {0}. Add other age public keys (age1…), such as a backup key, separated by spaces, or leave this empty.', own),
    placeHolder: 'age1…',
    ignoreFocusOut: true,
    validateInput: (text) => {
      const parsed = parseRecipientList(text);
      return parsed.ok ? undefined : parsed.message;
    },
  });
  if (typed === undefined) {
    return undefined;
  }
  const parsed = parseRecipientList(typed);
  return parsed.ok ? parsed.value : undefined;
}

/** The identity file and extra recipients a plain journal is to be encrypted to; undefined when cancelled. */
export async function askNewIdentity(state: vscode.Memento, disk: vscode.Uri, title: string): Promise<{ readonly identity: JournalIdentity; readonly recipients: readonly string[] } | undefined> {
  const identity = await askIdentity(state, disk, { title });
  if (identity === undefined) {
    return undefined;
  }
  const recipients = await askRecipients(title, identity);
  return recipients === undefined ? undefined : { identity, recipients };
}
