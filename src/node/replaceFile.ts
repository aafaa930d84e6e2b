// Replaces a file's content atomically, and only if it still holds what was read (the CLI's `tag`).
// Contract: the new content is written to a new file beside the old one (same folder, so the same
// file system), flushed, given the old file's permission bits, then renamed over it: a reader sees
// the old bytes or the new, never a half-written file, and a crash leaves at most a stray
// `.NAME.lj-*.tmp` beside it. Just before the rename the file is read again; if its bytes differ
// from `expected` (an editor or a sync client wrote it meanwhile) nothing is replaced and the result
// is 'changed'. What this cannot close: a write in the microseconds between that last read and the
// rename, which no portable file API can lock out. The rename makes a new file: hard links to the
// old one keep the old content, and the owner is whoever runs the command.
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type ReplaceResult = 'replaced' | 'changed';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

export async function replaceFileIfUnchanged(path: string, expected: Uint8Array, next: Uint8Array): Promise<ReplaceResult> {
  const mode = (await stat(path)).mode & 0o7777;
  const temp = join(dirname(path), `.${basename(path)}.lj-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  let renamed = false;
  try {
    try {
      await handle.writeFile(next);
      await handle.chmod(mode); // The umask may have narrowed the mode given to open.
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (!sameBytes(await readFile(path), expected)) {
      return 'changed';
    }
    await rename(temp, path);
    renamed = true;
    return 'replaced';
  } finally {
    if (!renamed) {
      await unlink(temp).catch(() => undefined);
    }
  }
}
