// What is remembered of an identity that opened a journal, in both hosts: a picked key file's path,
// per workspace (workspace state; a file from the setting is found there again), and a pasted key
// in VS Code's SecretStorage only when the user keeps secrets there (the `rememberPassphrase`
// setting, off by default) — otherwise it is held in memory for the window and kept nowhere.
import type * as vscode from 'vscode';
import { shouldRemember } from '../../core/encryption/keyFileChoice';
import type { IdentityHost, JournalIdentity } from './identityUnlock';

const REMEMBERED_PREFIX = 'leadershipJournal.identityFile:';
const SECRET_PREFIX = 'leadershipJournal.identity:';

/** The workspace-state key of the key file picked for the journal at `disk`. */
export function rememberedFileKey(disk: vscode.Uri): string {
  return REMEMBERED_PREFIX + disk.toString();
}

/** The pasted keys kept for the journal at `disk`, when the user keeps secrets; undefined otherwise, or when the host lost them. */
export async function keptPastedIdentity(host: IdentityHost, disk: vscode.Uri): Promise<JournalIdentity | undefined> {
  if (!host.settings.current.encryption.rememberPassphrase) {
    return undefined;
  }
  try {
    const kept = await host.secrets.get(SECRET_PREFIX + disk.toString());
    return kept === undefined || kept === '' ? undefined : { identities: kept.split('\n'), origin: { kind: 'pasted', kept: true } };
  } catch {
    return undefined; // Some hosts lose or refuse stored secrets: the box always works.
  }
}

/** Forgets a pasted key kept for the journal at `disk` (a decrypted journal, a key that no longer opens it). */
export async function forgetPastedIdentity(host: IdentityHost, disk: vscode.Uri): Promise<void> {
  await Promise.resolve(host.secrets.delete(SECRET_PREFIX + disk.toString())).catch(() => undefined);
}

/** Remembers what may be of an identity that opened the journal at `disk` (see the header). */
export async function rememberIdentity(host: IdentityHost, disk: vscode.Uri, identity: JournalIdentity): Promise<void> {
  const { origin } = identity;
  if (origin.kind === 'file') {
    if (shouldRemember(origin.source, origin.path, host.workspaceState.get<string>(rememberedFileKey(disk)))) {
      await host.workspaceState.update(rememberedFileKey(disk), origin.path);
    }
  } else if (host.settings.current.encryption.rememberPassphrase) {
    await Promise.resolve(host.secrets.store(SECRET_PREFIX + disk.toString(), identity.identities.join('\n'))).catch(() => undefined);
  } else {
    await forgetPastedIdentity(host, disk);
  }
}
