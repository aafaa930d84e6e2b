// The journal `report` reads: the shared catalogue (core/catalogue/) over the folder through the Node
// adapter (synchronous reads), seeded from the cache when there is a trustworthy one, and the cache
// written back when anything changed. Cache trouble is said on stderr and never fails the report:
// a refused cache is rebuilt, a cache that cannot be written is left as it was, said once with why.
import { errorCode, errorMessage } from '../core/text/errorMessage';
import { terminalSafe } from '../core/text/terminalSafe';
import { JournalCatalogue } from '../core/catalogue/catalogue';
import type { JournalFiles } from '../core/catalogue/journalFiles';
import type { IndexedEntry } from '../core/records/entryRecord';
import type { SkippedFile } from '../core/report/reportModel';
import { nodeJournalFiles } from '../node/nodeJournalFiles';
import type { CliIo } from './io';
import { cacheFileFor, isInside, journalKey, readCache, writeCache } from './reportCache';
import { reportMaker } from './reportMaker';

/** Where the cache goes: the default folder, a folder named with --cache, or nowhere (--no-cache). */
export type CacheChoice = { readonly kind: 'default' } | { readonly kind: 'none' } | { readonly kind: 'dir'; readonly dir: string };

export interface ReadJournal {
  readonly entries: IndexedEntry[];
  readonly skipped: SkippedFile[];
}

/** The cache folder to use, or undefined (with a note when the default had to be refused). */
function cacheDirFor(dir: string, choice: CacheChoice, io: CliIo, say: (text: string) => void): string | undefined {
  if (choice.kind === 'none') {
    return undefined;
  }
  if (choice.kind === 'dir') {
    return choice.dir; // Asked for: even inside the journal.
  }
  if (io.cacheDir === undefined) {
    return undefined;
  }
  if (isInside(io.cacheDir, dir)) {
    say(`not caching: the cache folder ${io.cacheDir} is inside the journal folder (use --cache DIR to cache there anyway, or --no-cache)`);
    return undefined;
  }
  return io.cacheDir;
}

/** Why the cache could not be written into `cacheDir`, in plain words where the system's code says it (the code kept beside them). */
function notWritten(error: unknown, cacheDir: string): string {
  const aFile = `${cacheDir} or a folder above it is a file, not a folder`;
  const denied = `no permission to write in ${cacheDir}`;
  const words = errorMessage(error, { EEXIST: aFile, ENOTDIR: aFile, EACCES: denied, EPERM: denied, EROFS: `${cacheDir} is on a read-only disk` });
  const code = errorCode(error);
  return code === undefined || words.includes(code) ? words : `${words} (${code})`;
}

/**
 * Every entry of the journal `dir` and every file skipped, with why, made on `jobs` threads (this one
 * included; default: the host's `recordThreads`). Rejects only when the journal folder itself cannot be listed.
 */
export async function readJournal(dir: string, choice: CacheChoice, io: CliIo, jobs?: number): Promise<ReadJournal> {
  // Messages name paths (and quote errors) that may hold control characters: terminal-safe.
  const say = (text: string): void => io.stderr(`leadership-journal report: ${terminalSafe(text)}\n`);
  const files: JournalFiles = io.journalFiles?.(dir) ?? nodeJournalFiles(dir);
  // Over the Node adapter, the maker reads the files itself (on the thread that makes each record).
  const maker = reportMaker(io.recordPool, jobs ?? io.recordThreads ?? 1, say, io.journalFiles === undefined ? dir : undefined);
  const catalogue = new JournalCatalogue(files, maker);
  const cacheDir = cacheDirFor(dir, choice, io, say);
  const key = journalKey(dir);
  const cacheFile = cacheDir === undefined ? undefined : cacheFileFor(cacheDir, key);
  let trusted = false;
  if (cacheFile !== undefined) {
    try {
      const text = readCache(cacheFile);
      const refused = text === undefined ? 'none' : catalogue.load(text, key);
      if (refused === undefined) {
        trusted = true;
      } else if (refused !== 'none') {
        say(`the cache ${cacheFile} was not used: ${refused}; it is rebuilt from the journal`);
      }
    } catch (error) {
      say(`the cache ${cacheFile} could not be read (${errorMessage(error)}); it is rebuilt from the journal`);
    }
  }
  const before = catalogue.size;
  let stats;
  try {
    stats = await catalogue.build();
  } finally {
    await maker.close();
  }
  if (cacheFile !== undefined && cacheDir !== undefined && (!trusted || stats.read > 0 || catalogue.size !== before)) {
    try {
      writeCache(cacheFile, cacheDir, catalogue.persistPieces(key));
    } catch (error) {
      say(`the cache ${cacheFile} was not written: ${notWritten(error, cacheDir)}; the report is complete, but the next one reads every file again`);
    }
  }
  return { entries: catalogue.entries(), skipped: catalogue.skipped() };
}
