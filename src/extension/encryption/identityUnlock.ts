// Unlocking a journal encrypted to age keys with the user's identity file (identityPrompt.ts), for
// the vault (reading and editing) and the commands that must prove the key before they change
// anything (Decrypt Journal…, an interrupted Encrypt Journal…). The key is proven against the
// journal's entries (core/encryption/identityProof.ts): a file of another key is said plainly,
// changes nothing, and the user may pick another. Part of dist/encryption.js.
import * as vscode from 'vscode';
import { proveIdentity } from '../../core/encryption/identityProof';
import { recipientsProblem } from '../../core/encryption/keyFileChoice';
import { unlockJournal, type Unlock, type UnlockedJournal } from '../../core/encryption/unlockJournal';
import { askIdentity, chooseAnotherFile, type JournalIdentity } from './identityPrompt';
import { journalDiskFs } from './migrationHost';

export interface IdentityUnlocked {
  readonly journal: UnlockedJournal;
  readonly identity: JournalIdentity;
}

async function unlockProven(disk: vscode.Uri, identities: readonly string[]): Promise<Unlock> {
  const fs = journalDiskFs(disk);
  const unlocked = await unlockJournal(fs, { kind: 'identity', identities });
  if (!unlocked.ok) {
    return unlocked;
  }
  const proof = await proveIdentity(fs, unlocked.journal);
  return proof.ok ? unlocked : { ok: false, kind: 'key', message: proof.message };
}

/**
 * The journal at `disk` unlocked with the user's identity file and proven to open it; undefined when
 * the user gives up or it cannot be (the user was told why). Reads only.
 */
export async function unlockWithIdentity(state: vscode.Memento, disk: vscode.Uri, title: string): Promise<IdentityUnlocked | undefined> {
  let choosing = false;
  for (;;) {
    const identity = await askIdentity(state, disk, { title, choosing });
    if (identity === undefined) {
      return undefined;
    }
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Unlocking the journal…') },
      () => unlockProven(disk, identity.identities),
    );
    if (result.ok) {
      // Entries saved are sealed to the journal's backup keys too: the extension must be able to.
      const problem = recipientsProblem(result.journal.descriptor?.recipients ?? []);
      if (problem !== undefined) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The encrypted journal cannot be opened: {0}.', problem));
        return undefined;
      }
      return { journal: result.journal, identity };
    }
    if (result.kind !== 'key') {
      void vscode.window.showErrorMessage(vscode.l10n.t('The encrypted journal cannot be opened: {0}.', result.message));
      return undefined;
    }
    if (!await chooseAnotherFile(vscode.l10n.t('The key in {0} does not open this journal. Nothing was changed.', identity.path))) {
      return undefined;
    }
    choosing = true;
  }
}
