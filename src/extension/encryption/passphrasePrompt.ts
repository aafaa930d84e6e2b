// The passphrase, typed into a password input box (never shown, never logged). A new passphrase is
// typed twice and must match; an empty one is refused in the box. Undefined when the user cancels.
import * as vscode from 'vscode';

export interface PassphraseAsk {
  readonly title: string;
  readonly prompt: string;
  /** Shown under the box when the last try did not open the journal. */
  readonly retry?: string;
}

export async function askPassphrase(ask: PassphraseAsk): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: ask.title,
    prompt: ask.retry ?? ask.prompt,
    password: true,
    ignoreFocusOut: true,
    validateInput: (value) => (value === '' ? vscode.l10n.t('Type the passphrase.') : undefined),
  });
}

/** A new passphrase, typed twice; undefined when cancelled or when the two differ (the user is told). */
export async function askNewPassphrase(title: string): Promise<string | undefined> {
  const first = await askPassphrase({
    title,
    prompt: vscode.l10n.t('Choose a passphrase for the journal. Nobody can recover it if it is lost, not even this extension.'),
  });
  if (first === undefined) {
    return undefined;
  }
  const again = await askPassphrase({ title, prompt: vscode.l10n.t('Type the same passphrase again.') });
  if (again === undefined) {
    return undefined;
  }
  if (again !== first) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The two passphrases differ. Nothing was changed; run the command again.'));
    return undefined;
  }
  return first;
}
