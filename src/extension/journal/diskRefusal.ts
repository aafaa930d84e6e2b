// Whether a write failed because the disk said no — full (ENOSPC, EDQUOT) or read-only (EROFS, EACCES,
// EPERM) — read from any of the errors the extension meets: Node's fs (the desktop host's own writes)
// and VS Code's file service. One reading for the encrypted journal's save refusals
// (encryption/saveRefusal.ts) and the commands that create files (Customize Template…, Import
// Calendar…), and one choice of what such a command says (`diskRefusalMessage`: its own words for a
// full disk, a read-only one, and any other failure around the system's words). Imports only the
// core's error helpers: the features' bundle uses it, and it must not pull in the encryption code.
import { errorCode, errorMessage } from '../../core/text/errorMessage';

/** What the disk said no with. */
export type DiskRefusal = 'full' | 'read-only';

/**
 * A failed write's error read as a disk refusal. Node's fs gives the system's code (the desktop host,
 * `file:` journals); VS Code's file service gives `NoPermissions` for EACCES and EPERM and keeps
 * Node's message ("ENOSPC: no space left on device, write") under `Unknown` for the others.
 */
export function diskRefusalOf(error: unknown): DiskRefusal | undefined {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return 'full';
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === 'NoPermissions') {
    return 'read-only';
  }
  const message = errorMessage(error);
  if (/\b(ENOSPC|EDQUOT)\b|no space left|quota/i.test(message)) {
    return 'full';
  }
  return /\b(EROFS|EACCES|EPERM)\b|read-only file system|permission denied/i.test(message) ? 'read-only' : undefined;
}

/** What a command that writes says when the write fails, in its own (translated) words. */
export interface RefusalWords {
  /** The disk is full: what was (not) written, and what to do. */
  readonly full: string;
  /** The disk is read-only or permission was denied. */
  readonly readOnly: string;
  /** Any other failure, around the system's words for it (`errorMessage`). */
  readonly other: (message: string) => string;
}

/**
 * The message for a failed write: `words.full` or `words.readOnly` for the disk's `refusal`
 * (`diskRefusalOf(error)`, or undefined where the caller knows better: a file it only read is no
 * refusal of the journal's disk), otherwise `words.other` with the error's own message.
 */
export function diskRefusalMessage(refusal: DiskRefusal | undefined, error: unknown, words: RefusalWords): string {
  switch (refusal) {
    case 'full':
      return words.full;
    case 'read-only':
      return words.readOnly;
    case undefined:
      return words.other(errorMessage(error));
  }
}
