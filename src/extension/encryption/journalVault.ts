// Unlocking an encrypted journal for this window: the passphrase asked once (or taken from
// SecretStorage when the user chose to be remembered) — or, for a journal encrypted to age keys, the
// age identity, from a key file or pasted (identityKeys.ts) —, the key derived up front — scrypt at the
// recommended work factor holds the extension host for a second or more, so it happens here, before
// any entry opens, never inside a save — and the journal mounted under the file system provider.
// A plain journal is handed out as its folder; nothing is asked.
//
// Part of dist/encryption.js (encryptionBundle.ts), loaded by the features only once a journal turns
// out to be encrypted or an encryption command runs (encryptionGate.ts). That bundle has its own copy
// of every module it imports, so the state shared with the rest of the extension — which journal is
// mounted, the output channel, the settings service — is the features', handed in as an {@link EncryptionHost}.
import * as vscode from 'vscode';
import { readJournalState, type JournalStateRead } from '../../core/encryption/journalUnlock';
import { MigrationStop } from '../../core/encryption/migrationRun';
import { unlockJournal, type UnlockedJournal } from '../../core/encryption/unlockJournal';
import { fsProblem } from '../../core/encryption/journalFs';
import { bareReason, isReason, reason, type Reason } from '../../core/encryption/reasons';
import { errorMessage } from '../../core/text/errorMessage';
import { journalDiskFolderUri } from '../journal/journalLocation';
import { EncryptedJournalProvider } from './encryptedJournalProvider';
import { MOUNT_AUTHORITY, type JournalMount } from '../journal/journalMounts';
import { identityAsker } from './identityKeys';
import { forgetPastedIdentity, rememberIdentity } from './identityMemory';
import { unlockWithIdentity, type IdentityHost } from './identityUnlock';
import { restoreInterruptedSaves } from './interruptedSaves';
import { journalDiskFs, namesLockHost } from './migrationHost';
import { askPassphrase } from './passphrasePrompt';
import { plainEntryCount } from './plainEntries';
import { cannotOpenMessage, plainEntriesMessage, unlockWarningMessage } from './unlockMessages';
import { withUnlockProgress } from './unlockProgress';

const SECRET_PREFIX = 'leadershipJournal.passphrase:';

/** The journal's state on disk, or why it cannot be read (a damaged descriptor or marker), as a reason to word. */
export async function journalStateOf(disk: vscode.Uri): Promise<JournalStateRead | Reason> {
  try {
    return await readJournalState(journalDiskFs(disk));
  } catch (error) {
    return error instanceof MigrationStop && error.why !== undefined ? bareReason(error.why) : reason('state-unreadable', fsProblem(error));
  }
}

/** The features' side of what the vault shares with the rest of the extension (see the header). */
export interface EncryptionHost extends IdentityHost {
  /** The features' mount (journalMounts.ts): every reader of the journal asks there. */
  readonly mount: Pick<JournalMount, 'set' | 'rootOf'>;
  /** The extension's one output channel. */
  readonly log: vscode.LogOutputChannel;
}

export class JournalVault implements vscode.Disposable {
  readonly provider = new EncryptedJournalProvider((authority) => this.unlockMount(authority));

  private unlocking: Promise<vscode.Uri | undefined> | undefined;
  /** Settles when the migration run by {@link lockWhile} ends; undefined when none runs. */
  private migrating: Promise<void> | undefined;

  constructor(readonly host: EncryptionHost) {}

  /** The mount's root when the journal at `disk` is unlocked in this window. */
  mountedRootOf(disk: vscode.Uri): vscode.Uri | undefined {
    return this.host.mount.rootOf(disk);
  }

  /** The root to read the journal at `disk` through: the folder itself when plain; undefined when left locked (the user was told why). */
  async open(disk: vscode.Uri): Promise<vscode.Uri | undefined> {
    while (this.migrating !== undefined) {
      await this.migrating; // The journal is becoming another: it is read as it is after, never unlocked halfway.
    }
    const mounted = this.host.mount.rootOf(disk);
    if (mounted !== undefined) {
      return mounted;
    }
    const state = await journalStateOf(disk);
    if (isReason(state)) {
      void vscode.window.showErrorMessage(cannotOpenMessage(vscode.l10n, state));
      return undefined;
    }
    if (state.descriptor === undefined) {
      return disk;
    }
    const mode = state.descriptor.mode;
    this.unlocking ??= (mode === 'identity' ? this.unlockIdentity(disk) : this.unlock(disk)).finally(() => {
      this.unlocking = undefined;
    });
    return this.unlocking;
  }

  /**
   * Shows the unlocked journal under the provider, for every reader of the journal in this window;
   * `keptAside`: entries listed as `recovered/ID.md` that the unlock told as its kept copies, not lost names.
   */
  mount(disk: vscode.Uri, journal: UnlockedJournal, keptAside: readonly string[] = []): vscode.Uri {
    const root = this.provider.mount(MOUNT_AUTHORITY, disk, journal, journalDiskFs(disk), keptAside, namesLockHost());
    this.host.mount.set({ disk, root, read: (path) => this.provider.readEntry(MOUNT_AUTHORITY, path), create: (uri, bytes) => this.provider.createFile(uri, bytes) });
    for (const warning of journal.warnings) {
      void vscode.window.showWarningMessage(unlockWarningMessage(vscode.l10n, warning));
    }
    return root;
  }

  /**
   * Mounts the journal just unlocked, once the saves a closed window cut off before their rename are
   * put back (interruptedSaves.ts), so the index lists them. The mounts that follow a migration
   * (mountWithKey, a passphrase change) need not: the migration has just settled every partial.
   */
  private async mountUnlocked(disk: vscode.Uri, journal: UnlockedJournal): Promise<vscode.Uri> {
    const keptAside = await restoreInterruptedSaves(disk, journal, this.host.log);
    const root = this.mount(disk, journal, keptAside);
    if (journal.warnings.length === 0) {
      void this.warnPlainEntries(disk); // Not awaited: the journal opens at once; the listing tells when it can.
    }
    return root;
  }

  /**
   * With no migration under way (it says so itself, `mount`), plain entries in the encrypted journal
   * — a sync brought them, or a save kept its changed plain file — are said, with what to do; a
   * folder that cannot be listed now is left to the next unlock.
   */
  private async warnPlainEntries(disk: vscode.Uri): Promise<void> {
    try {
      const count = await plainEntryCount(disk);
      if (count > 0) {
        void vscode.window.showWarningMessage(plainEntriesMessage(vscode.l10n, count));
      }
    } catch (error) {
      this.host.log.warn(vscode.l10n.t('Could not look for plain entries in the encrypted journal: {0}', errorMessage(error)));
    }
  }

  /** Forgets the keys; entries are asked for again. */
  lock(): void {
    this.provider.unmount(MOUNT_AUTHORITY);
    this.host.mount.set(undefined);
  }

  /**
   * Forgets the keys and runs `migration` (Decrypt Journal…) with the journal off the mount. Whoever asks for
   * the journal meanwhile — the index starts over when the mount goes — waits for the migration to end
   * and finds the journal as it has become (plain Markdown, or still encrypted if the run stopped),
   * instead of being asked for a passphrase in the middle of it: the journal's descriptor is removed
   * only at the end, so until then it reads as encrypted and locked.
   */
  async lockWhile<T>(migration: () => Promise<T>): Promise<T> {
    let ended = (): void => undefined;
    // Set before the lock: the unmount fires the mount's change event, and its listeners may open the journal at once.
    this.migrating = new Promise<void>((resolve) => {
      ended = resolve;
    });
    try {
      this.lock();
      return await migration();
    } finally {
      this.migrating = undefined;
      ended();
    }
  }

  /** Keeps (or, when the setting is off, forgets) the passphrase of the journal at `disk`. */
  async remember(disk: vscode.Uri, passphrase: string): Promise<void> {
    try {
      if (this.host.settings.current.encryption.rememberPassphrase) {
        await this.host.secrets.store(SECRET_PREFIX + disk.toString(), passphrase);
      } else {
        await this.host.secrets.delete(SECRET_PREFIX + disk.toString());
      }
    } catch (error) {
      this.host.log.warn(vscode.l10n.t('Could not keep the passphrase in VS Code\'s secret storage: {0}', errorMessage(error)));
    }
  }

  /** Forgets whatever secret is kept for the journal at `disk` (it was decrypted). */
  async forget(disk: vscode.Uri): Promise<void> {
    await Promise.resolve(this.host.secrets.delete(SECRET_PREFIX + disk.toString())).catch(() => undefined);
    await forgetPastedIdentity(this.host, disk);
  }

  private async rememberedPassphrase(disk: vscode.Uri): Promise<string | undefined> {
    if (!this.host.settings.current.encryption.rememberPassphrase) {
      return undefined;
    }
    try {
      return await this.host.secrets.get(SECRET_PREFIX + disk.toString());
    } catch {
      return undefined; // Some hosts lose or refuse stored secrets: the prompt always works.
    }
  }

  private async unlock(disk: vscode.Uri): Promise<vscode.Uri | undefined> {
    const fs = journalDiskFs(disk);
    let passphrase = await this.rememberedPassphrase(disk);
    let retry: string | undefined;
    for (;;) {
      if (passphrase === undefined) {
        passphrase = await askPassphrase({
          title: vscode.l10n.t('Unlock the Encrypted Journal'),
          prompt: vscode.l10n.t('The journal is encrypted. Type its passphrase to open it in this window.'),
          ...(retry === undefined ? {} : { retry }),
        });
        if (passphrase === undefined) {
          return undefined;
        }
      }
      const typed = passphrase;
      const result = await withUnlockProgress(() => unlockJournal(fs, { kind: 'passphrase', passphrase: typed }));
      if (result.ok) {
        await this.remember(disk, typed);
        return this.mountUnlocked(disk, result.journal);
      }
      if (result.kind !== 'key') {
        void vscode.window.showErrorMessage(cannotOpenMessage(vscode.l10n, result.why));
        return undefined;
      }
      retry = vscode.l10n.t('That passphrase does not open this journal. Try again.');
      passphrase = undefined;
    }
  }

  /** A journal encrypted to age keys: the user's identity (identityKeys.ts) in place of a passphrase. */
  private async unlockIdentity(disk: vscode.Uri): Promise<vscode.Uri | undefined> {
    const unlocked = await unlockWithIdentity(this.host, disk, vscode.l10n.t('Unlock the Encrypted Journal: Your age Key'), identityAsker(this.host, disk));
    if (unlocked === undefined) {
      return undefined;
    }
    await rememberIdentity(this.host, disk, unlocked.identity);
    return this.mountUnlocked(disk, unlocked.journal);
  }

  /** For the provider: an entry of a journal not mounted yet (an editor restored after a reload). */
  private async unlockMount(authority: string): Promise<boolean> {
    if (authority !== MOUNT_AUTHORITY) {
      return false;
    }
    let disk: vscode.Uri;
    try {
      disk = journalDiskFolderUri(this.host.settings.current);
    } catch {
      return false;
    }
    const root = await this.open(disk);
    return root !== undefined && root.scheme !== disk.scheme;
  }

  dispose(): void {
    this.lock();
  }
}
