// The user's imported calendars: which files they are (`.calendar/sources.yml` in the journal, and
// every `.ics` copied into `.calendar/`), each parsed once and kept while its modification time and
// size stay the same and no watcher sees it change (parsing a big export takes seconds; every use
// reads a range of it again, which is quick), the category rules in `.calendar/rules.yml`, and the
// problems of each, listed in the *Leadership Journal* output channel once per change. Reads only:
// the one file it writes is sources.yml, and only when asked to (Import Calendar…).
// What is the journal's own — sources.yml, rules.yml, what Import Calendar… writes into `.calendar/`
// — is read and written through the journal store (journalStore.ts). The calendar files themselves,
// and the folders and stamps they are found by, go through `vscode.workspace.fs`: sources.yml may list
// files anywhere the user picked them, outside the journal, and `.calendar/` is read the same way.
import * as vscode from 'vscode';
import { CALENDAR_FOLDER, readRulesFile, readSourcesFile, RULES_FILE, SOURCES_FILE, writeSourcesFile, type RulesFileReading } from '../../core/timeAudit/calendarFiles';
import type { ParsedCalendar } from '../../core/timeAudit/readCalendars';
import { errorMessage } from '../../core/text/errorMessage';
import type { Settings } from '../settingsService';
import { journalFolderUri, relativeToFolder } from '../journal/journalLocation';
import type { MountedRoots } from '../journal/journalMounts';
import type { JournalStore } from '../journal/journalStore';
import { calendarModule } from './calendarModule';
import type { Log } from '../output';
import { StampedCache, type FileStamp } from './stampedCache';

export interface CalendarFile {
  readonly uri: vscode.Uri;
  /** Its path in messages: journal-relative when inside the journal. */
  readonly name: string;
  readonly stamp: FileStamp;
}

export interface LoadedCalendars {
  readonly folder: vscode.Uri;
  /** One per `.ics` file found. */
  readonly files: readonly CalendarFile[];
  readonly rules: RulesFileReading;
  /** Files listed that cannot be read, and mistakes in sources.yml. */
  readonly problems: readonly string[];
}

export interface ParsedCalendars {
  /** One per file that could be read, in the order of `files`. */
  readonly calendars: readonly ParsedCalendar[];
  /** Files that could not be read. */
  readonly problems: readonly string[];
}

/** How long changes settle before the calendars are read again (an export is often written in pieces). */
const SETTLE_MS = 400;

/**
 * How often what was read is compared with the disk (sources.yml, rules.yml, each calendar file, the
 * names in `.calendar/`): on a busy machine VS Code's watcher has been seen to drop an edit of
 * rules.yml altogether, leaving the categories stale until a reload. The journal index does the same
 * (journalIndex.ts). A check that finds nothing changed reads no calendar and fires nothing.
 */
const SAFETY_RECHECK_MS = 20_000;

export class CalendarSources implements vscode.Disposable {
  /**
   * `mount`: which journal is unlocked in this window, the calendars are read through it (journalMounts.ts);
   * `log`: the output channel; `store`: the journal's files, for its own files in `.calendar/` (see the header).
   */
  constructor(private readonly mount: MountedRoots, private readonly log: Log, private readonly settings: Settings, private readonly store: JournalStore) {}

  private loaded: Promise<LoadedCalendars | undefined> | undefined;
  private parsing: { readonly of: LoadedCalendars; readonly result: Promise<ParsedCalendars> } | undefined;
  /** Parsed calendars by URI, kept across loads while each file stays as it was. */
  private readonly cache = new StampedCache<ParsedCalendar>();
  private watchers: vscode.Disposable[] = [];
  private watchedFor = '';
  private settle: ReturnType<typeof setTimeout> | undefined;
  private readonly reported = new Map<string, string>();
  /** The stamps of what the last read saw ({@link stampsOf}), for the safety check. */
  private readStamps: string | undefined;
  private readonly recheckTimer = setInterval(() => void this.recheck(), SAFETY_RECHECK_MS);
  /** What this window wrote itself (by URI): the watcher's report of that write is not a change. */
  private readonly ownWrites = new Map<string, Uint8Array>();
  private readonly changed = new vscode.EventEmitter<{ readonly onDisk: boolean }>();
  /**
   * Fires when what was read is forgotten (the next load reads again): `onDisk` when a watcher saw a
   * calendar, sources.yml or rules.yml change, false after an import.
   */
  readonly onDidChange = this.changed.event;

  /** Everything imported, read now or kept from the last read; undefined with no journal folder. */
  load(): Promise<LoadedCalendars | undefined> {
    this.loaded ??= this.read().catch((error: unknown) => {
      this.log.error(`Calendars could not be read: ${errorMessage(error)}`);
      return undefined;
    });
    return this.loaded;
  }

  /** Whether any calendar is imported (a file in sources.yml or in `.calendar/`). */
  async imported(): Promise<boolean> {
    return ((await this.load())?.files.length ?? 0) > 0;
  }

  /**
   * The calendars of `loaded` parsed: each taken from the cache when its file is as it was, else read
   * and parsed (loading the audit bundle) and kept. Files that cannot be read are messages, logged.
   */
  parsed(loaded: LoadedCalendars): Promise<ParsedCalendars> {
    if (this.parsing?.of !== loaded) {
      this.parsing = { of: loaded, result: this.parse(loaded) };
    }
    return this.parsing.result;
  }

  private async parse(loaded: LoadedCalendars): Promise<ParsedCalendars> {
    const calendars: ParsedCalendar[] = [];
    const problems: string[] = [];
    for (const file of loaded.files) {
      const key = file.uri.toString();
      let parsed = this.cache.get(key, file.stamp);
      if (!parsed) {
        try {
          const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file.uri));
          parsed = calendarModule().parseCalendar({ name: file.name, text });
          this.cache.set(key, file.stamp, parsed);
        } catch (error) {
          problems.push(vscode.l10n.t('The calendar {0} cannot be read: {1}. The other calendars are still counted.', file.name, errorMessage(error)));
          continue;
        }
      }
      calendars.push(parsed);
    }
    this.cache.retain(loaded.files.map((file) => file.uri.toString()));
    this.report('reading', problems);
    return { calendars, problems };
  }

  /** Adds `entries` (as written to sources.yml) to the list, keeping what is there. */
  async addSources(folder: vscode.Uri, entries: readonly string[]): Promise<void> {
    const uri = vscode.Uri.joinPath(folder, CALENDAR_FOLDER, SOURCES_FILE);
    const text = await this.store.readTextIfExists(uri);
    const existing = text === undefined ? [] : readSourcesFile(text).calendars;
    const calendars = [...existing, ...entries.filter((entry) => !existing.includes(entry))];
    await this.store.createDirectory(vscode.Uri.joinPath(folder, CALENDAR_FOLDER));
    await this.writeOwn(uri, new TextEncoder().encode(writeSourcesFile(calendars)));
    this.invalidate();
  }

  /**
   * Writes a file of the import's own (sources.yml, a copied calendar): when the watcher then reports
   * it, it is not a change on disk (the import has read and reported already), unless the file
   * differs from what was written by then.
   */
  async writeOwn(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
    this.ownWrites.set(uri.toString(), bytes);
    await this.store.writeBytes(uri, bytes);
  }

  /** Forgets what was read; the next load reads again. */
  invalidate(onDisk = false): void {
    this.loaded = undefined;
    this.changed.fire({ onDisk });
  }

  /**
   * Logs problems once per distinct list of a kind: `files` (finding the files, rules.yml), `reading`
   * (reading them) or `calendars` (what the reader found in them).
   */
  report(kind: 'files' | 'reading' | 'calendars', problems: readonly string[]): void {
    const signature = problems.join('\n');
    if (signature === (this.reported.get(kind) ?? '')) {
      return;
    }
    this.reported.set(kind, signature);
    for (const problem of problems) {
      this.log.warn(problem);
    }
  }

  dispose(): void {
    clearTimeout(this.settle);
    clearInterval(this.recheckTimer);
    this.watchers.forEach((watcher) => watcher.dispose());
    this.changed.dispose();
  }

  private async read(): Promise<LoadedCalendars | undefined> {
    let folder: vscode.Uri;
    try {
      folder = journalFolderUri(this.settings.current, this.mount);
    } catch {
      return undefined; // No journal: nothing imported. The journal commands say why.
    }
    const calendarFolder = vscode.Uri.joinPath(folder, CALENDAR_FOLDER);
    const problems: string[] = [];
    const sourcesText = await this.store.readTextIfExists(vscode.Uri.joinPath(calendarFolder, SOURCES_FILE));
    const sources = sourcesText === undefined ? { calendars: [], problems: [] } : readSourcesFile(sourcesText);
    problems.push(...sources.problems.map((problem) => `${CALENDAR_FOLDER}/${problem}`));
    const listed = [calendarFolder, ...sources.calendars.map((entry) => sourceUri(folder, entry))];
    const files: vscode.Uri[] = [];
    const watched: Watched[] = [];
    for (const [index, uri] of listed.entries()) {
      const found = await icsFilesAt(uri, index > 0);
      if (typeof found === 'string') {
        problems.push(vscode.l10n.t('The calendar {0} listed in {1} cannot be read: {2}. The other calendars are still counted.', displayPath(folder, uri), `${CALENDAR_FOLDER}/${SOURCES_FILE}`, found));
        watched.push({ uri, folder: false }); // Watched all the same: it may appear later.
      } else {
        files.push(...found.files.filter((file) => !files.some((seen) => seen.toString() === file.toString())));
        watched.push({ uri, folder: found.folder || index === 0 });
      }
    }
    const found: CalendarFile[] = [];
    for (const file of files) {
      try {
        const { mtime, size } = await vscode.workspace.fs.stat(file);
        found.push({ uri: file, name: displayPath(folder, file), stamp: { mtime, size } });
      } catch (error) {
        problems.push(vscode.l10n.t('The calendar {0} cannot be read: {1}. The other calendars are still counted.', displayPath(folder, file), errorMessage(error)));
      }
    }
    const rules = readRulesFile(await this.store.readTextIfExists(vscode.Uri.joinPath(calendarFolder, RULES_FILE)));
    this.report('files', [...problems, ...rules.problems.map((problem) => `${CALENDAR_FOLDER}/${problem}`)]);
    this.watch(watched);
    this.readStamps = await stampsOf(calendarFolder, found.map((file) => file.uri));
    return { folder, files: found, rules, problems };
  }

  /** Reads again, as a watcher's event would make it, when the disk no longer holds what was read. */
  private async recheck(): Promise<void> {
    const loaded = this.loaded;
    const before = this.readStamps;
    const read = loaded === undefined ? undefined : await loaded.catch(() => undefined);
    if (read === undefined || before === undefined || this.loaded !== loaded) {
      return; // Nothing read yet, or a read is already under way.
    }
    const now = await stampsOf(vscode.Uri.joinPath(read.folder, CALENDAR_FOLDER), read.files.map((file) => file.uri));
    if (this.loaded === loaded && now !== before) {
      this.log.info(vscode.l10n.t('Calendars: a change on disk reached no watcher; reading the calendars again.'));
      this.invalidate(true);
    }
  }

  /** Watches `.calendar/` (everything in it: calendars, sources.yml, rules.yml) and every listed file or folder; the watchers follow the list. */
  private watch(watched: readonly Watched[]): void {
    const key = watched.map(({ uri, folder }) => `${folder ? 'd' : 'f'}${uri.toString()}`).join('\n');
    if (key === this.watchedFor) {
      return;
    }
    this.watchers.forEach((watcher) => watcher.dispose());
    this.watchedFor = key;
    const patterns = watched.map(({ uri, folder }) => (folder
      ? new vscode.RelativePattern(uri, '*')
      : new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.slice(uri.path.lastIndexOf('/') + 1))));
    this.watchers = patterns.map((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const changed = (uri: vscode.Uri): void => this.changedOnDisk(uri);
      watcher.onDidChange(changed);
      watcher.onDidCreate(changed);
      watcher.onDidDelete(changed);
      return watcher;
    });
  }

  /** A watched file changed: forget its parse now, and what was read once the changes settle (onDidChange fires). */
  private changedOnDisk(uri: vscode.Uri): void {
    const own = this.ownWrites.get(uri.toString());
    if (own !== undefined) {
      void this.store.readBytes(uri).then((now) => { // One of its own writes: a file in `.calendar/`.
        if (!sameBytes(now, own)) {
          this.ownWrites.delete(uri.toString());
          this.changedOnDisk(uri);
        }
      }, () => {
        this.ownWrites.delete(uri.toString());
        this.changedOnDisk(uri);
      });
      return;
    }
    this.cache.delete(uri.toString());
    clearTimeout(this.settle);
    this.settle = setTimeout(() => this.invalidate(true), SETTLE_MS);
  }
}

/** One string for the modification time and size of sources.yml, rules.yml and `files`, and the names in `.calendar/`. */
async function stampsOf(calendarFolder: vscode.Uri, files: readonly vscode.Uri[]): Promise<string> {
  const parts: string[] = [];
  for (const uri of [vscode.Uri.joinPath(calendarFolder, SOURCES_FILE), vscode.Uri.joinPath(calendarFolder, RULES_FILE), ...files]) {
    try {
      const { mtime, size } = await vscode.workspace.fs.stat(uri);
      parts.push(`${uri.toString()} ${mtime} ${size}`);
    } catch {
      parts.push(`${uri.toString()} none`);
    }
  }
  try {
    parts.push((await vscode.workspace.fs.readDirectory(calendarFolder)).map(([name]) => name).sort().join('/'));
  } catch {
    parts.push('no calendar folder');
  }
  return parts.join('\n');
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, at) => byte === b[at]);
}

interface Watched {
  readonly uri: vscode.Uri;
  /** A folder (its children are watched), or a file (or a listed path not there yet). */
  readonly folder: boolean;
}

/** A sources.yml entry as a URI: a URI as written, an absolute path on the journal's file system, or journal-relative. */
export function sourceUri(folder: vscode.Uri, entry: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(entry)) {
    return vscode.Uri.parse(entry);
  }
  if (entry.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entry)) {
    return folder.scheme === 'file' ? vscode.Uri.file(entry) : folder.with({ path: entry.replace(/\\/g, '/') });
  }
  return vscode.Uri.joinPath(folder, ...entry.split(/[\\/]/));
}

/** How a chosen file or folder is written into sources.yml: journal-relative inside it, else a path (or a URI on another file system). */
export function sourceEntry(folder: vscode.Uri, uri: vscode.Uri): string {
  const inside = relativeToFolder(folder, uri);
  if (inside !== undefined) {
    return inside;
  }
  if (uri.scheme === folder.scheme && uri.authority === folder.authority) {
    return uri.scheme === 'file' ? uri.fsPath : uri.path;
  }
  return uri.toString();
}

export function displayPath(folder: vscode.Uri, uri: vscode.Uri): string {
  return relativeToFolder(folder, uri) ?? (uri.scheme === 'file' ? uri.fsPath : uri.toString());
}

/**
 * The `.ics` files at `uri`: itself when it is a file, its `.ics` children when it is a folder. A
 * missing folder `.calendar/` (not `listed`) is simply empty; anything listed that is missing is a
 * message.
 */
async function icsFilesAt(uri: vscode.Uri, listed: boolean): Promise<{ files: vscode.Uri[]; folder: boolean } | string> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return listed ? vscode.l10n.t('there is no such file or folder') : { files: [], folder: true };
    }
    return errorMessage(error);
  }
  if (!(stat.type & vscode.FileType.Directory)) {
    return { files: [uri], folder: false };
  }
  try {
    const children = await vscode.workspace.fs.readDirectory(uri);
    const files = children
      .filter(([name, type]) => !(type & vscode.FileType.Directory) && name.toLowerCase().endsWith('.ics'))
      .map(([name]) => vscode.Uri.joinPath(uri, name))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
    return { files, folder: true };
  } catch (error) {
    return errorMessage(error);
  }
}
