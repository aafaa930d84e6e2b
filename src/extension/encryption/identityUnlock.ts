// Unlocking a journal encrypted to age keys with the user's identity — read from a key file or
// pasted, as the host's asker gets it (identityPrompt.ts on the desktop, identityPaste.ts in the web
// worker) — for the vault (reading and editing) and the commands that must prove the key before they
// change anything (Decrypt Journal…, an interrupted Encrypt Journal…). The key is proven against the
// journal's entries (core/encryption/identityProof.ts): another key is said plainly, changes
// nothing, and the asker is asked again with why. Imports nothing Node-only: both hosts use it.
import * as vscode from 'vscode';
import { proveIdentity } from '../../core/encryption/identityProof';
import type { IdentitySource } from '../../core/encryption/keyFileChoice';
import { recipientsReason } from '../../core/encryption/keyFileChoice';
import { unlockJournal, type Unlock, type UnlockedJournal } from '../../core/encryption/unlockJournal';
import type { Settings } from '../settingsService';
import { forgetPastedIdentity } from './identityMemory';
import { journalDiskFs } from './migrationHost';
import { cannotOpenMessage } from './unlockMessages';
import { withUnlockProgress } from './unlockProgress';

/** The user's identities, held in memory only, and where they came from. */
export interface JournalIdentity {
  /** Its `AGE-SECRET-KEY-1…` keys. */
  readonly identities: readonly string[];
  /** A key file (its path as given or picked, `~/` kept), or pasted (`kept`: read from SecretStorage). */
  readonly origin: { readonly kind: 'file'; readonly path: string; readonly source: IdentitySource } | { readonly kind: 'pasted'; readonly kept?: boolean };
}

export interface IdentityAsk {
  /** The title of the dialog or box. */
  readonly title: string;
  /** The identity tried last, which does not open the journal. */
  readonly failed?: JournalIdentity;
}

/** Gets an identity from the user, the host's way; undefined when the user cancels or gives up. */
export type IdentityAsker = (ask: IdentityAsk) => Promise<JournalIdentity | undefined>;

/** What the vault and the commands need to ask and remember an identity. */
export interface IdentityHost {
  readonly secrets: vscode.SecretStorage;
  /** Where the path (never the contents) of a picked identity file is remembered, per workspace. */
  readonly workspaceState: vscode.Memento;
  /**
   * The features' settings service (settingsService.ts): `current.encryption` says whether a pasted
   * key is kept and which identity file to read, `current.journalFolder` where the journal is.
   */
  readonly settings: Pick<Settings, 'current'>;
}

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
  return proof.ok ? unlocked : { ok: false, kind: 'key', message: proof.message, why: proof.why };
}

/**
 * The journal at `disk` unlocked with an identity from `ask` and proven to open it; undefined when
 * the user gives up or it cannot be (the user was told why). Reads only, but for forgetting a kept
 * pasted key that does not open it.
 */
export async function unlockWithIdentity(host: IdentityHost, disk: vscode.Uri, title: string, ask: IdentityAsker): Promise<IdentityUnlocked | undefined> {
  let failed: JournalIdentity | undefined;
  for (;;) {
    const identity = await ask({ title, ...(failed === undefined ? {} : { failed }) });
    if (identity === undefined) {
      return undefined;
    }
    const result = await withUnlockProgress(() => unlockProven(disk, identity.identities));
    if (result.ok) {
      // Entries saved are sealed to the journal's backup keys too: the extension must be able to.
      const problem = recipientsReason(result.journal.descriptor?.recipients ?? []);
      if (problem !== undefined) {
        void vscode.window.showErrorMessage(cannotOpenMessage(vscode.l10n, problem));
        return undefined;
      }
      return { journal: result.journal, identity };
    }
    if (result.kind !== 'key') {
      void vscode.window.showErrorMessage(cannotOpenMessage(vscode.l10n, result.why));
      return undefined;
    }
    if (identity.origin.kind === 'pasted' && identity.origin.kept === true) {
      await forgetPastedIdentity(host, disk); // Kept from an earlier window, and no longer this journal's key.
    }
    failed = identity;
  }
}
