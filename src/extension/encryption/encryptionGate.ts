// The encrypted journal as the features bundle holds it: no age code, no migrations — those are in
// dist/encryption.js (encryptionBundle.ts), loaded here on first need: a journal found encrypted
// (its descriptor or migration marker is there), one of the three encryption commands, or VS Code
// asking the `ljencrypted:` file system for a file (an editor restored after a reload). A plain
// journal costs two stats each time its root is opened, and nothing else.
//
// Owns the journal opener of the mount it is handed (journal/journalMounts.ts), so it is the one place that decides between the folder
// on disk and the vault.
import type * as vscode from 'vscode';
import type { CommandHandlers, ProviderHandlers } from '../activationTable';
import { mayBeEncrypted, type JournalMount } from '../journal/journalMounts';
import type { Log } from '../output';
import type { Settings } from '../settingsService';
import { encryptionModule } from './encryptionModule';
import type { JournalVault } from './journalVault';

export class EncryptionGate implements vscode.Disposable {
  private vault: JournalVault | undefined;

  /** `attach` is handed the vault's file system provider when it is made (activation's slot: shell/deferredFileSystem.ts). */
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly mount: JournalMount,
    private readonly log: Log,
    private readonly settings: Pick<Settings, 'current'>,
    private readonly attach: (provider: vscode.FileSystemProvider) => void,
  ) {
    mount.setOpener((disk) => this.open(disk));
  }

  /** Runs one of the encryption commands (dist/encryption.js's), with the vault. */
  run(command: 'encryptCommand' | 'decryptCommand' | 'changePassphraseCommand'): Promise<void> {
    return encryptionModule()[command](this.loaded());
  }

  /** The encrypted journal's file system provider; loads the encryption code. */
  get provider(): vscode.FileSystemProvider {
    return this.loaded().provider;
  }

  /** The vault, made (and dist/encryption.js loaded) on the first call. */
  private loaded(): JournalVault {
    if (this.vault === undefined) {
      const { JournalVault } = encryptionModule();
      this.vault = new JournalVault({ secrets: this.context.secrets, workspaceState: this.context.workspaceState, settings: this.settings, mount: this.mount, log: this.log });
      this.attach(this.vault.provider);
    }
    return this.vault;
  }

  /** The root to read the journal at `disk` through (journalMounts.ts's opener). */
  private async open(disk: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (this.vault === undefined && !await mayBeEncrypted(disk)) {
      return disk;
    }
    return this.loaded().open(disk);
  }

  dispose(): void {
    this.mount.setOpener(undefined);
    this.vault?.dispose();
  }
}

/** The three encryption commands; their code loads when one runs. */
export function encryptionCommands({ encryption }: { readonly encryption: EncryptionGate }): CommandHandlers<'encryption/encryptionGate'> {
  return {
    encryptJournal: () => encryption.run('encryptCommand'),
    decryptJournal: () => encryption.run('decryptCommand'),
    changeJournalPassphrase: () => encryption.run('changePassphraseCommand'),
  };
}

/** The activation table's `encryptedJournal` line: the vault's file system provider, asked when VS Code first calls (it loads the encryption code). */
export function encryptionProviders({ encryption }: { readonly encryption: EncryptionGate }): ProviderHandlers<'encryption/encryptionGate'> {
  return { encryptedJournal: () => encryption.provider };
}
