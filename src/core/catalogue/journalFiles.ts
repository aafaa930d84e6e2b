// What the journal catalogue needs from a journal folder, as an interface, so its rules run the same
// over VS Code's file system, Node's fs (the CLI) and an in-memory journal (tests). Paths are
// journal-relative and '/'-separated; '' is the journal folder itself. Adapters never throw for one
// file that is gone: they answer `undefined`, and throw only for a file that is there but unreadable.

/** A file's modification time (whole ms) and size in bytes: what the catalogue keys a file by, besides its path. */
export interface FileStamp {
  readonly mtime: number;
  readonly size: number;
}

export interface FolderListing {
  /** Files under the folder, journal-relative, in any order (the catalogue filters and sorts). */
  readonly files: readonly string[];
  /** Sub-folders that exist but could not be listed, journal-relative, with the system's reason. */
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
}

export interface FileText {
  readonly text: string;
  /** Taken no later than the text was read, so a file changed meanwhile looks changed next time. */
  readonly stamp: FileStamp;
}

/** A change the host saw. Hosts coalesce and drop events; the catalogue's listing settles the rest. */
export interface FileEvent {
  readonly kind: 'created' | 'changed' | 'deleted';
  readonly path: string;
}

export interface Disposable {
  dispose(): void;
}

export interface JournalFiles {
  /**
   * Every file under the folder `under` ('' for the whole journal), recursively. Folder links are not
   * followed (a link loop cannot trap the walk); file links are. A folder that does not exist lists
   * as empty; only the journal folder itself being unreadable rejects.
   */
  list(under: string): Promise<FolderListing>;
  /** The stamp of a file, 'folder' for a folder, undefined when nothing is there. */
  stat(path: string): Promise<FileStamp | 'folder' | undefined>;
  /** The file's UTF-8 text (a BOM kept) and stamp; undefined when it is gone; rejects when it cannot be read. */
  read(path: string): Promise<FileText | undefined>;
  /** File events under the journal, when the host can watch (the CLI does not). */
  watch?(listener: (event: FileEvent) => void): Disposable;
}
