// The identity a plain journal is to be encrypted to, and its extra recipients (a backup key) typed
// on one line, for Encrypt Journal… in both hosts: the identity comes from the host's asker (a key
// file or pasted on the desktop, pasted in the web worker). Imports nothing Node-only.
import * as vscode from 'vscode';
import { recipientOf } from '../../core/crypto/ageKeys';
import { parseRecipientList } from '../../core/encryption/keyFileChoice';
import type { IdentityAsker, JournalIdentity } from './identityUnlock';

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

/** The identity and extra recipients a plain journal is to be encrypted to; undefined when cancelled. */
export async function askNewIdentity(ask: IdentityAsker, title: string): Promise<{ readonly identity: JournalIdentity; readonly recipients: readonly string[] } | undefined> {
  const identity = await ask({ title });
  if (identity === undefined) {
    return undefined;
  }
  const recipients = await askRecipients(title, identity);
  return recipients === undefined ? undefined : { identity, recipients };
}
