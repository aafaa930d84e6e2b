// Where `report` keeps its catalogue between runs, and how it reads and writes it. The cache is one
// file per journal folder in a cache folder: `--cache DIR`, else the user's cache folder
// (cacheFolder.ts). The default is never used when it lies inside the journal (only `--cache` can
// put it there). Written beside its final name and renamed over it, so a reader never sees half a
// file and two runs at once each leave a whole one. What is in it is never trusted without the
// checks of core/catalogue/persistedCatalogue.ts.
import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** Writes `text` to `file` atomically: a temporary file beside it, then a rename over it. */
export function writeCache(file: string, cacheDir: string, text: string): void {
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
