// Where the journal is read and written from: the folder on disk, or — once an encrypted journal is
// unlocked in this window — its decrypted view under the `ljencrypted:` file system provider. Kept
// small and free of the crypto (only `vscode`), because activation reads it too: it tells a journal
// entry from any other Markdown file, and a restored editor of an encrypted entry must be one.
//
// The mount is a service ({@link JournalMount}), made once by the features' composition root
// (features.ts): encryption/journalVault.ts, through encryption/encryptionGate.ts, sets the opener and
// the mount; everything else is handed it. This module holds no state of its own. Activation
// (dist/extension.js) has no mount at all, so it tells an encrypted entry by its scheme alone
// (journalDocuments.ts).
import * as vscode from 'vscode';
import type { FileText } from '../../core/catalogue/journalFiles';
import { DESCRIPTOR_PATH, MARKER_PATH } from '../../core/encryption/productFiles';
import { PROVIDER_TABLE } from '../activationTable';

/** The encrypted journal's URI scheme: its file system line's in the activation table. */
export const ENCRYPTED_SCHEME = PROVIDER_TABLE.encryptedJournal.scheme;

/**
 * Whether what is read under `uri` (an entry, or the journal's root) is on disk in plain: not under
 * the encrypted journal's mount. Only then may a webview keep it with `setState`, which VS Code
 * writes in plain to its own storage (webview/protocol.ts `keepContent`).
 */
export function isPlainOnDisk(uri: vscode.Uri): boolean {
  return uri.scheme !== ENCRYPTED_SCHEME;
}

/** One journal per window, so one mount: its URIs are stable across reloads (restored editors open). */
export const MOUNT_AUTHORITY = 'journal';

export const MOUNT_ROOT = vscode.Uri.from({ scheme: ENCRYPTED_SCHEME, authority: MOUNT_AUTHORITY, path: '/' });

/**
 * Reads one entry of the mounted journal for the index, as `JournalFiles.read` does (journal-relative
 * path; undefined when gone; rejects when it does not open), without a round trip through VS Code's
 * file service: the provider's own read (encryptedJournalProvider.ts `readEntry`).
 */
export type EntryReader = (path: string) => Promise<FileText | undefined>;

/**
 * Creates the file at a URI under the mount's root only if nothing is there, whatever a stat says;
 * false when something was (encryptedJournalProvider.ts `createFile`). VS Code's `workspace.fs`
 * has no such write: it always replaces.
 */
export type ExclusiveCreator = (uri: vscode.Uri, bytes: Uint8Array) => Promise<boolean>;

/** The unlocked journal: its folder on disk, the root its entries are opened under, its index's reader and its create-only write. */
interface Mounted {
  readonly disk: vscode.Uri;
  readonly root: vscode.Uri;
  readonly read?: EntryReader;
  readonly create?: ExclusiveCreator;
}

/** Asks for the journal's root: the disk folder for a plain journal, the mount once unlocked, undefined when left locked. */
type Opener = (disk: vscode.Uri) => Promise<vscode.Uri | undefined>;

function sameUri(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.toString() === b.toString();
}

/**
 * Which journal is mounted in this window, and who opens one: one instance, made by the features'
 * composition root (features.ts) and handed to those that read it (journalLocation.ts's callers, the
 * index) or set it (encryption/encryptionGate.ts, and through it journalVault.ts).
 */
export class JournalMount implements vscode.Disposable {
  private mounted: Mounted | undefined;
  private opener: Opener | undefined;
  private readonly changes = new vscode.EventEmitter<void>();

  /** Fires when a journal is mounted or unmounted (unlocked, encrypted, decrypted): readers of the journal start over. */
  readonly onDidChange = this.changes.event;

  setOpener(open: Opener | undefined): void {
    this.opener = open;
  }

  set(value: Mounted | undefined): void {
    this.mounted = value;
    this.changes.fire();
  }

  /** The mount's root when the journal at `disk` is unlocked in this window, else undefined. */
  rootOf(disk: vscode.Uri): vscode.Uri | undefined {
    return this.mounted !== undefined && sameUri(this.mounted.disk, disk) ? this.mounted.root : undefined;
  }

  /** The mounted journal's direct entry reader when `root` is its root, else undefined (read through VS Code). */
  readerOf(root: vscode.Uri): EntryReader | undefined {
    return this.mounted !== undefined && sameUri(this.mounted.root, root) ? this.mounted.read : undefined;
  }

  /** The mounted journal's create-only write when `uri` is under its root, else undefined (written through VS Code). */
  creatorOf(uri: vscode.Uri): ExclusiveCreator | undefined {
    const mounted = this.mounted;
    return mounted !== undefined && uri.scheme === mounted.root.scheme && uri.authority === mounted.root.authority ? mounted.create : undefined;
  }

  /** The journal's root to read and write through: unlocking it first (asking once per window) when it is encrypted. */
  async open(disk: vscode.Uri): Promise<vscode.Uri | undefined> {
    return this.rootOf(disk) ?? (this.opener ? this.opener(disk) : disk);
  }

  dispose(): void {
    this.changes.dispose();
  }
}

/** What a reader of the journal's root needs of the mount (journalLocation.ts). */
export type MountedRoots = Pick<JournalMount, 'rootOf'>;

/** What a create-only write needs of the mount (journalStore.ts `createIfAbsent`). */
export type MountedCreators = Pick<JournalMount, 'creatorOf'>;

async function present(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false; // Not there, or not readable: the encryption code, once loaded, says which.
  }
}

/**
 * Whether the journal at `disk` is encrypted, or has an encryption, decryption or passphrase change
 * under way: its descriptor or migration marker is there. Two stats, no encryption code: a plain
 * journal learns it is plain from this alone.
 */
export async function mayBeEncrypted(disk: vscode.Uri): Promise<boolean> {
  const [descriptor, marker] = await Promise.all([DESCRIPTOR_PATH, MARKER_PATH].map((path) => present(vscode.Uri.joinPath(disk, ...path.split('/')))));
  return descriptor === true || marker === true;
}
