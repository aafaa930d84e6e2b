// How this host gets the user's age identity, for the vault and the encryption commands: in the Node
// extension host, from a key file (the setting, the file remembered, or a dialog) or pasted
// (identityPrompt.ts). The web build uses identityKeys.web.ts, which pastes only — so the code that
// reads key files is not in its bundle.
import * as vscode from 'vscode';

export { fileOrPasteAsker as identityAsker } from './identityPrompt';

/** Encrypt Journal…'s choice for a journal sealed to the user's key. */
export function identityChoice(): { readonly label: string; readonly detail: string } {
  return {
    label: vscode.l10n.t('To My age Key (Identity File)'),
    detail: vscode.l10n.t('Sealed to the public key of an age identity file you keep (as age-keygen writes it), and to backup keys if you add them. The file is read when the journal opens; nothing of it is copied.'),
  };
}
