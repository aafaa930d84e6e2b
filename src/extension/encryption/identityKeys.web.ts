// The web extension host's identityKeys.ts: a web worker reaches only the workspace's file systems,
// not a key file kept on the user's disk, so the age identity is pasted (identityPaste.ts). Same
// exports as identityKeys.ts, whose callers this file stands in for.
import * as vscode from 'vscode';

export { pasteAsker as identityAsker } from './identityPaste';

/** Encrypt Journal…'s choice for a journal sealed to the user's key. */
export function identityChoice(): { readonly label: string; readonly detail: string } {
  return {
    label: vscode.l10n.t('To My age Key (Pasted)'),
    detail: vscode.l10n.t('Sealed to your age key, pasted (the AGE-SECRET-KEY-1… line), and to backup keys if you add them. Pasted again in each new window.'),
  };
}
