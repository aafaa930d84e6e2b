// Where the journal is read and written from: the folder on disk, or — once an encrypted journal is
// unlocked in this window — its decrypted view under the `ljencrypted:` file system provider. Kept
// small and free of the crypto (only `vscode`), because activation reads it too: it tells a journal
// entry from any other Markdown file, and a restored editor of an encrypted entry must be one.
//
// The features (encryption/journalVault.ts, through encryption/encryptionGate.ts) set the opener and the mount; everything else asks here.
// Activation (dist/extension.js) and the features (dist/features.js) are two bundles, each with its
// own copy of this module's state: only the features' copy is ever mounted, so activation tells an
// encrypted entry by its scheme alone (journalDocuments.ts).
import * as vscode from 'vscode';
import { DESCRIPTOR_PATH, MARKER_PATH } from '../../core/encryption/productFiles';

export const ENCRYPTED_SCHEME = 'ljencrypted';

/** One journal per window, so one mount: its URIs are stable across reloads (restored editors open). */
export const MOUNT_AUTHORITY = 'journal';

export const MOUNT_ROOT = vscode.Uri.from({ scheme: ENCRYPTED_SCHEME, authority: MOUNT_AUTHORITY, path: '/' });

/** The unlocked journal: its folder on disk, and the root its entries are opened under. */
interface Mounted {
  readonly disk: vscode.Uri;
  readonly root: vscode.Uri;
}

let mounted: Mounted | undefined;

/** Asks for the journal's root: the disk folder for a plain journal, the mount once unlocked, undefined when left locked. */
type Opener = (disk: vscode.Uri) => Promise<vscode.Uri | undefined>;

let opener: Opener | undefined;

const changes = new vscode.EventEmitter<void>();

/** Fires when a journal is mounted or unmounted (unlocked, encrypted, decrypted): readers of the journal start over. */
export const onDidChangeJournalRoot = changes.event;

export function setJournalOpener(open: Opener | undefined): void {
  opener = open;
}

export function setMounted(value: Mounted | undefined): void {
  mounted = value;
  changes.fire();
}

function sameUri(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.toString() === b.toString();
}

/** The mount's root when the journal at `disk` is unlocked in this window, else undefined. */
export function mountedRootOf(disk: vscode.Uri): vscode.Uri | undefined {
  return mounted !== undefined && sameUri(mounted.disk, disk) ? mounted.root : undefined;
}

/** The folder on disk the journal mounted at `root` is in. */
export function diskFolderOfMount(): vscode.Uri | undefined {
  return mounted?.disk;
}

/** The journal's root to read and write through: unlocking it first (asking once per window) when it is encrypted. */
export async function openJournalRoot(disk: vscode.Uri): Promise<vscode.Uri | undefined> {
  return mountedRootOf(disk) ?? (opener ? opener(disk) : disk);
}

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
