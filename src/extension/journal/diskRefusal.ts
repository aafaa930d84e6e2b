// Whether a write failed because the disk said no — full (ENOSPC, EDQUOT) or read-only (EROFS, EACCES,
// EPERM) — read from any of the errors the extension meets: Node's fs (the desktop host's own writes)
// and VS Code's file service. One reading for the encrypted journal's save refusals
// (encryption/saveRefusal.ts) and the commands that create files (Customize Template…). Imports only
// the core's errorCode: the features' bundle uses it, and it must not pull in the encryption code.
import { errorCode } from '../../core/text/errorMessage';

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
  const message = error instanceof Error ? error.message : '';
  if (/\b(ENOSPC|EDQUOT)\b|no space left|quota/i.test(message)) {
    return 'full';
  }
  return /\b(EROFS|EACCES|EPERM)\b|read-only file system|permission denied/i.test(message) ? 'read-only' : undefined;
}
