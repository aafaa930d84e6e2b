// The migration's file system (core/encryption/journalFs.ts) over Node's fs, for the CLI and, later,
// the extension's desktop host. Durable: every write is flushed (fsync) before it resolves, and a
// rename flushes its folder, so after a power cut a renamed file is there whole. Paths are
// journal-relative with `/`; one that would leave the journal folder is refused.
import { closeSync, fsync, openSync, readFileSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { link, mkdir, open, readdir, rename, rmdir, unlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { FileTimes, JournalFs, ListedFile } from '../../core/encryption/journalFs';
import { listJournalFiles } from '../../core/encryption/listJournalFiles';

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

async function writeDurably(path: string, bytes: Uint8Array, flags: 'w' | 'wx'): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const flush = promisify(fsync);

/**
 * Creates `path` (only if absent) with `bytes` in one synchronous step, no turn of the event loop
 * between its creation and its bytes, then flushes it: a process killed at any turn leaves it whole
 * or not at all, never empty (the lock's temporary file, whose holder a later run reads to judge it:
 * core/encryption/lockLeftovers.ts). A kill inside those two system calls, or a power cut before the
 * flush, can still leave it short; that rule then goes by its age.
 */
async function createWholeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const fd = openSync(path, 'wx');
  try {
    writeFileSync(fd, bytes);
    await flush(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename, a new file) to the disk; a no-op where folders cannot be opened (Windows). */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP'].includes(code(error) ?? '')) {
      throw error;
    }
  } finally {
    await handle?.close();
  }
}

/** Errors of a file system without hard links (FAT, some network shares): the caller creates another way. */
const NO_HARD_LINKS = ['EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV'];

/**
 * Hard-links `temporary` to `full`: true when linked, false when `full` already exists (the exact
 * test of an exclusive create), undefined where this file system has no hard links.
 */
async function linkNew(temporary: string, full: string): Promise<boolean | undefined> {
  try {
    await link(temporary, full);
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') {
      return false;
    }
    if (NO_HARD_LINKS.includes(code(error) ?? '')) {
      return undefined;
    }
    throw error;
  }
}

export function nodeJournalFs(root: string): JournalFs {
  const at = (path: string): string => {
    const full = join(root, ...path.split('/'));
    const inside = relative(root, full);
    if (path === '' || inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || /^[a-zA-Z]:/.test(inside)) {
      throw Object.assign(new Error(`refused: ${JSON.stringify(path)} is not a file inside the journal`), { code: 'EINVAL' });
    }
    return full;
  };

  return {
    async list(): Promise<readonly ListedFile[]> {
      return listJournalFiles(async (folder) => {
        let children: Dirent[];
        try {
          children = await readdir(folder === '' ? root : at(folder), { withFileTypes: true });
        } catch (error) {
          // A folder that cannot be listed may hold entries: the run stops, naming it.
          throw Object.assign(new Error(`${folder === '' ? 'the journal folder' : folder}: ${(error as Error).message}`), { code: code(error) });
        }
        // A Dirent does not follow links: a link, to a file or a folder, is listed as a link.
        return children.map((child) => ({ name: child.name, folder: child.isDirectory(), file: child.isFile() || child.isSymbolicLink(), link: child.isSymbolicLink() }));
      });
    },

    async listFolder(folder: string): Promise<readonly string[]> {
      try {
        return (await readdir(at(folder), { withFileTypes: true })).filter((child) => child.isFile()).map((child) => child.name);
      } catch (error) {
        if (code(error) === 'ENOENT') {
          return [];
        }
        throw error;
      }
    },

    async read(path: string): Promise<Uint8Array | undefined> {
      try {
        // Synchronous, as the index's reader (nodeJournalFiles.ts) is: a small file read from the
        // page cache costs a fraction of the four thread-pool round trips of fs/promises' readFile,
        // and an encrypted journal's index reads each entry this way.
        return new Uint8Array(readFileSync(at(path)));
      } catch (error) {
        if (code(error) === 'ENOENT') {
          return undefined;
        }
        throw error;
      }
    },

    async stat(path: string): Promise<FileTimes | undefined> {
      // Synchronous for the reason `read` is: the encrypted journal's provider stats every entry the
      // index reads, and fs/promises' stat is a thread-pool round trip each time.
      const info = statSync(at(path), { throwIfNoEntry: false });
      // Whole ms, as vscode.workspace.fs gives them.
      return info?.isFile() === true ? { mtime: Math.trunc(info.mtimeMs), ctime: Math.trunc(info.ctimeMs), size: info.size } : undefined;
    },

    async write(path: string, bytes: Uint8Array): Promise<void> {
      const full = at(path);
      await mkdir(dirname(full), { recursive: true });
      await writeDurably(full, bytes, 'w');
    },

    async createExclusive(path: string, bytes: Uint8Array): Promise<boolean> {
      // Written whole under a private name, then hard-linked to `path`: link fails if `path` exists,
      // so the file appears complete or not at all. Where hard links are not supported, an
      // exclusive create (atomic, though the content follows it) does.
      const full = at(path);
      await mkdir(dirname(full), { recursive: true });
      const temporary = `${full}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      await createWholeDurably(temporary, bytes);
      try {
        const linked = await linkNew(temporary, full);
        if (linked !== undefined) {
          if (linked) {
            await syncFolder(dirname(full));
          }
          return linked;
        }
        try {
          await writeDurably(full, bytes, 'wx');
          return true;
        } catch (fallback) {
          if (code(fallback) === 'EEXIST') {
            return false;
          }
          throw fallback;
        }
      } finally {
        await unlink(temporary).catch(() => undefined);
      }
    },

    async createLockFile(path: string, bytes: Uint8Array): Promise<boolean> {
      // As createExclusive (whole under a private name, then hard-linked: exact, and never seen
      // half-written), but nothing flushed: a lock held for milliseconds, whose holder a crash
      // leaves dead, needs no durability, and two flushes were most of a save's lock (JournalFs).
      const full = at(path);
      const temporary = `${full}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      let fd: number;
      try {
        fd = openSync(temporary, 'wx');
      } catch (error) {
        if (code(error) === 'ENOENT') {
          return this.createExclusive(path, bytes); // Its folder is not there yet: made as createExclusive makes it.
        }
        throw error;
      }
      try {
        writeFileSync(fd, bytes);
      } finally {
        closeSync(fd);
      }
      try {
        // No hard links here (undefined): the flushed exclusive create.
        return await linkNew(temporary, full) ?? await this.createExclusive(path, bytes);
      } finally {
        await unlink(temporary).catch(() => undefined);
      }
    },

    async rename(from: string, to: string): Promise<void> {
      const target = at(to);
      await rename(at(from), target);
      await syncFolder(dirname(target));
    },

    async remove(path: string): Promise<void> {
      try {
        await unlink(at(path));
      } catch (error) {
        if (code(error) !== 'ENOENT') {
          throw error;
        }
      }
    },

    async removeEmptyFolders(path: string): Promise<void> {
      for (let folder = path; folder !== '' && folder !== '.'; folder = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '') {
        try {
          await rmdir(at(folder));
        } catch (error) {
          if (code(error) === 'ENOENT') {
            continue;
          }
          if (['ENOTEMPTY', 'EEXIST', 'ENOTDIR'].includes(code(error) ?? '')) {
            return;
          }
          throw error;
        }
      }
    },
  };
}
