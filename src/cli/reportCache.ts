// Where `report` keeps its catalogue between runs, and how it reads and writes it. The cache is one
// file per journal folder in a cache folder: `--cache DIR`, else the user's cache folder
// (cacheFolder.ts). The default is never used when it lies inside the journal (only `--cache` can
// put it there). Written beside its final name, in pieces (never one string of the whole catalogue),
// and renamed over it, so a reader never sees half a file and two runs at once each leave a whole one. What is in it is never trusted without the
// checks of core/catalogue/persistedCatalogue.ts.
import { closeSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { checksumOf } from '../core/catalogue/persistedCatalogue';

/** The journal folder as the catalogue names it: its real absolute path. */
export function journalKey(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

/** Whether `inner` is `outer` or lies under it (both resolved through links where they exist). */
export function isInside(inner: string, outer: string): boolean {
  const path = relative(journalKey(outer), journalKey(inner));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/** The cache file for the journal `key` in the cache folder `cacheDir`. */
export function cacheFileFor(cacheDir: string, key: string): string {
  return join(cacheDir, `journal-${checksumOf(key)}.catalogue`);
}

/**
 * The cache's text, undefined when there is none yet (nor can be: a file stands where its folder
 * should, which the write then reports); throws for any other trouble reading it.
 */
export function readCache(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return undefined;
    }
    throw error;
  }
}

/**
 * Writes `pieces`, one after another, to `file` atomically: a temporary file beside it, then a
 * rename over it. A piece is encoded and written as it comes, so only one is in memory at a time;
 * if any write fails the temporary file is removed and `file` is left as it was.
 */
export function writeCache(file: string, cacheDir: string, pieces: Iterable<string>): void {
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      for (const piece of pieces) {
        writeAll(fd, Buffer.from(piece, 'utf8'));
      }
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** `writeSync` may write less than asked: the rest is written until none is left. */
function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length;) {
    done += writeSync(fd, bytes, done, bytes.length - done);
  }
}
