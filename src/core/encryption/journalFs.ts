// What the migration needs from a file system, as an interface: the Node driver (src/node/encryption)
// implements it over node:fs, the tests over memory with injected failures, and later the extension
// over vscode.workspace.fs. Paths are journal-relative with `/` separators.
//
// A failure rejects with an Error whose `code` is the system's (ENOSPC, EACCES, EROFS, …) when there
// is one; the migration stops on it with a message naming the path and the operation.
import { errorCode, errorMessage } from '../text/errorMessage';
import { englishReason, reason, type Reason } from './reasons';

export interface ListedFile {
  readonly path: string;
  /** A symbolic link: the migration leaves links alone (their targets may be outside the journal). */
  readonly link: boolean;
}

export interface JournalFs {
  /**
   * Every file under the journal, in any order, except inside dot-folders, dot-files and
   * `node_modules` (as the index lists entries). Folders are not listed.
   */
  list(): Promise<readonly ListedFile[]>;
  /** The file's bytes, or undefined when there is no file at `path`. */
  read(path: string): Promise<Uint8Array | undefined>;
  /**
   * Writes the file, replacing it, creating missing parent folders; resolves once the bytes are
   * durable (flushed to the disk), so a rename after it never exposes a half-written file.
   */
  write(path: string, bytes: Uint8Array): Promise<void>;
  /**
   * Creates the file whole, only if nothing is at `path` (false then): two runs racing for the same
   * path cannot both succeed, and no run ever sees it half-written.
   */
  createExclusive(path: string, bytes: Uint8Array): Promise<boolean>;
  /**
   * True where `createExclusive` is a check and then a write (vscode.workspace.fs: remote, virtual and
   * web folders): two callers in the same instant can both be told they created the file, the later
   * write standing. A lock taken there is confirmed by reading it back after a pause (namesLock.ts).
   */
  readonly createChecksThenWrites?: boolean;
  /**
   * Optional: `createExclusive` for a small lock file (the names lock, namesLock.ts), exact as that
   * is, but not flushed to the disk: such a lock is held for milliseconds and a crash leaves its
   * holder dead (taken over at once on this machine), so its durability buys nothing and its flushes
   * cost most of a save's lock. A host without it uses `createExclusive`.
   */
  createLockFile?(path: string, bytes: Uint8Array): Promise<boolean>;
  /** Renames atomically, replacing `to`; durable before it resolves. */
  rename(from: string, to: string): Promise<void>;
  /**
   * The names of the files directly in `folder` (not its folders), in any order; none when there is no
   * such folder. Optional, and for the product's own folder (which `list` passes over): the run that
   * holds the lock lists it for a killed take-over's leftovers (lockLeftovers.ts); a host without it
   * leaves them.
   */
  listFolder?(folder: string): Promise<readonly string[]>;
  /** Removes a file; resolves too when it is already gone. */
  remove(path: string): Promise<void>;
  /** Removes the folder at `path` and then its parents while they are empty; never a file, never the journal. */
  removeEmptyFolders(path: string): Promise<void>;
  /**
   * The file's times (whole ms) and size, following links; undefined when no file is there. Optional:
   * a host that can stat cheaply offers it (Node's fs, synchronously), and the encrypted journal's
   * file system provider then stats the disk through it rather than through a round trip of VS Code's.
   */
  stat?(path: string): Promise<FileTimes | undefined>;
}

export interface FileTimes {
  readonly mtime: number;
  readonly ctime: number;
  readonly size: number;
}

const PROBLEMS: Readonly<Record<string, Reason>> = {
  ENOSPC: reason('disk-ENOSPC'),
  EDQUOT: reason('disk-EDQUOT'),
  EACCES: reason('disk-EACCES'),
  EPERM: reason('disk-EPERM'),
  EROFS: reason('disk-EROFS'),
  EIO: reason('disk-EIO'),
  EBUSY: reason('disk-EBUSY'),
  EMFILE: reason('disk-EMFILE'),
  ENAMETOOLONG: reason('disk-ENAMETOOLONG'),
};

/**
 * The failure in a few words for people, with the system's code: "the disk is full (ENOSPC)", as a
 * reason to translate; a failure of no known code is the system's own words, as they are.
 */
export function fsProblem(error: unknown): Reason | string {
  const code = errorCode(error);
  const known = code === undefined ? undefined : PROBLEMS[code];
  if (known !== undefined) {
    return known;
  }
  const message = errorMessage(error);
  return code === undefined || message.includes(code) ? message : `${message} (${code})`;
}

/** fsProblem in English. */
export function describeFsError(error: unknown): string {
  const problem = fsProblem(error);
  return typeof problem === 'string' ? problem : englishReason(problem);
}
