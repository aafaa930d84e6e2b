// An age identity pasted into a password box — the `AGE-SECRET-KEY-1…` line, or a key file's whole
// text — for a host that cannot read the key file (the web worker) or a user whose key lives in a
// password manager. The box checks the key as it is pasted (core/encryption/pastedIdentity.ts) and
// accepts only one that age would read; the text is held in memory and kept nowhere (identityMemory.ts
// decides about SecretStorage). Imports nothing Node-only: both hosts use it.
import * as vscode from 'vscode';
import { readPastedIdentity, type PasteProblem } from '../../core/encryption/pastedIdentity';
import { keptPastedIdentity } from './identityMemory';
import type { IdentityAsker, IdentityHost, JournalIdentity } from './identityUnlock';

/** Why pasted text cannot be used, in the user's language (never the text itself). */
function problemMessage(problem: PasteProblem): string {
  switch (problem) {
    case 'empty':
    case 'no-key':
      return vscode.l10n.t('No age key found: paste the AGE-SECRET-KEY-1… line or the whole key file.');
    case 'encrypted':
      return vscode.l10n.t('That is an encrypted file, not a key.');
    case 'not-x25519':
      return vscode.l10n.t('That is not an X25519 age key (age-keygen\'s default): use the command line (leadership-journal --identity).');
    case 'invalid':
      return vscode.l10n.t('That age key is not valid: a character is wrong or missing.');
  }
}

/** Said when an identity does not open the journal: in the box on the web, in a message on the desktop. */
export function wrongKeyMessage(): string {
  return vscode.l10n.t('That age key does not open this journal. Nothing was changed.');
}

/** The identity pasted by the user; undefined when cancelled. `retry` is shown in place of the prompt. */
export async function askPastedIdentity(title: string, retry?: string): Promise<JournalIdentity | undefined> {
  const text = await vscode.window.showInputBox({
    title,
    prompt: retry ?? vscode.l10n.t('Paste your age key: the AGE-SECRET-KEY-1… line or the whole key file. It is stored only if you chose to remember the passphrase (setting).'),
    placeHolder: 'AGE-SECRET-KEY-1…',
    password: true,
    ignoreFocusOut: true,
    validateInput: async (value) => {
      const read = await readPastedIdentity(value);
      return read.ok ? undefined : problemMessage(read.problem);
    },
  });
  if (text === undefined) {
    return undefined;
  }
  const read = await readPastedIdentity(text);
  if (!read.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The age key cannot be used: {0} Nothing was changed.', problemMessage(read.problem)));
    return undefined;
  }
  return { identities: read.identities, origin: { kind: 'pasted' } };
}

/** The web worker's asker: a pasted key kept for the journal (the first time, when the user keeps secrets), else the box, asked again while the key does not open the journal. */
export function pasteAsker(host: IdentityHost, disk: vscode.Uri): IdentityAsker {
  let keptTried = false;
  return async (ask) => {
    const kept = keptTried ? undefined : await keptPastedIdentity(host, disk);
    keptTried = true;
    return kept ?? askPastedIdentity(ask.title, ask.failed !== undefined && ask.failed.origin.kind === 'pasted' && ask.failed.origin.kept !== true ? wrongKeyMessage() : undefined);
  };
}
