// The key a migration command runs with, asked the way the journal needs it: a new journal chooses a
// passphrase (typed twice) or the user's age identity (a key file, or pasted: identityKeys.ts) with
// optional backup recipients; an interrupted one goes on with the key it has; Decrypt Journal… proves the key before anything is
// closed or written. Then, once entries are encrypted, the journal is mounted with the same key, or
// the command is told why it did not open.
// Identities and recipients are the CLI's (--identity, --recipient) and stored as it stores them:
// the core writes the recipients into `.leadership-journal/encryption.json`; a key file's path is
// remembered for the workspace, a key's contents nowhere but, for a pasted key the user chose to
// keep, SecretStorage (identityMemory.ts). Part of dist/encryption.js.
import * as vscode from 'vscode';
import type { Credential } from '../../core/encryption/journalKey';
import type { KeyMode } from '../../core/encryption/journalState';
import type { Reason } from '../../core/encryption/reasons';
import { unlockJournal } from '../../core/encryption/unlockJournal';
import { identityAsker, identityChoice } from './identityKeys';
import { rememberIdentity } from './identityMemory';
import { askNewIdentity } from './identityRecipients';
import { unlockWithIdentity, type JournalIdentity } from './identityUnlock';
import type { JournalVault } from './journalVault';
import { journalDiskFs } from './migrationHost';
import { askNewPassphrase, askPassphrase } from './passphrasePrompt';

/** A key to run with; `identity` for the user's age identity (remembered as it may be once it works). */
export interface CommandKey {
  readonly credential: Credential;
  readonly identity?: JournalIdentity;
}

function identityKey(identity: JournalIdentity, recipients: readonly string[] = []): CommandKey {
  return { credential: { kind: 'identity', identities: identity.identities, ...(recipients.length > 0 ? { recipients } : {}) }, identity };
}

/** Passphrase or age identity, for a journal being encrypted for the first time; undefined when cancelled. */
async function chooseMode(title: string): Promise<KeyMode | undefined> {
  const passphrase = {
    label: vscode.l10n.t('With a Passphrase'),
    detail: vscode.l10n.t('Typed once per window (or remembered, if you choose). Nobody can recover it if it is lost.'),
    mode: 'passphrase' as const,
  };
  const identity = { ...identityChoice(), mode: 'identity' as const };
  const picked = await vscode.window.showQuickPick([passphrase, identity], { title, placeHolder: vscode.l10n.t('How should the entries be encrypted?'), ignoreFocusOut: true });
  return picked?.mode;
}

/** The key to encrypt a plain journal with: a new passphrase, or the user's age identity and backup keys. */
export async function newJournalKey(vault: JournalVault, disk: vscode.Uri, title: string): Promise<CommandKey | undefined> {
  const mode = await chooseMode(title);
  if (mode === 'passphrase') {
    const passphrase = await askNewPassphrase(title);
    return passphrase === undefined ? undefined : { credential: { kind: 'passphrase', passphrase } };
  }
  if (mode === undefined) {
    return undefined;
  }
  const chosen = await askNewIdentity(identityAsker(vault.host, disk), title);
  return chosen === undefined ? undefined : identityKey(chosen.identity, chosen.recipients);
}

/** The key of a journal that already has one (an interrupted run, a decrypt), proven before anything changes. */
export async function existingJournalKey(vault: JournalVault, disk: vscode.Uri, mode: KeyMode, ask: { readonly title: string; readonly prompt: string }): Promise<CommandKey | undefined> {
  if (mode === 'identity') {
    const unlocked = await unlockWithIdentity(vault.host, disk, ask.title, identityAsker(vault.host, disk));
    return unlocked === undefined ? undefined : identityKey(unlocked.identity);
  }
  const passphrase = await askPassphrase(ask);
  return passphrase === undefined ? undefined : { credential: { kind: 'passphrase', passphrase } };
}

/** What {@link mountWithKey} did: the mount's root, or why the journal did not open (nothing was mounted or kept). */
export type KeyMount =
  | { readonly ok: true; readonly root: vscode.Uri }
  | { readonly ok: false; readonly why: Reason };

/**
 * Mounts the journal just encrypted with `key`, and keeps what the user chose to be remembered; when
 * the journal does not open with it (its key file damaged or replaced since the run), says why, for
 * the command to tell: the entries are sealed, and a silent failure left the user with a locked
 * journal after "Encrypted N entries".
 */
export async function mountWithKey(vault: JournalVault, disk: vscode.Uri, key: CommandKey): Promise<KeyMount> {
  const unlocked = await unlockJournal(journalDiskFs(disk), key.credential);
  if (!unlocked.ok) {
    return { ok: false, why: unlocked.why };
  }
  const root = vault.mount(disk, unlocked.journal);
  if (key.identity !== undefined) {
    await rememberIdentity(vault.host, disk, key.identity);
  } else if (key.credential.kind === 'passphrase') {
    await vault.remember(disk, key.credential.passphrase);
  }
  return { ok: true, root };
}
