// What was made from a file (a parsed calendar), kept while the file stays as it was: keyed by the
// file's URI and stamped with its modification time and size. A file whose stamp changed, or that a
// watcher saw change (`delete`), is made again; one no longer read is let go (`retain`). Plain
// TypeScript (no `vscode`), so the unit tier tests it.

/** What says a file is as it was: its modification time (ms) and size (bytes). */
export interface FileStamp {
  readonly mtime: number;
  readonly size: number;
}

export class StampedCache<T> {
  private readonly entries = new Map<string, { readonly stamp: FileStamp; readonly value: T }>();

  /** The value kept for `key`, if it was made from the file as `stamp` says it is now. */
  get(key: string, stamp: FileStamp): T | undefined {
    const entry = this.entries.get(key);
    return entry && entry.stamp.mtime === stamp.mtime && entry.stamp.size === stamp.size ? entry.value : undefined;
  }

  set(key: string, stamp: FileStamp, value: T): void {
    this.entries.set(key, { stamp, value });
  }

  /** Forgets `key`: a watcher saw the file change, whatever its stamp says (a rewrite within the same millisecond, same size). */
  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets every key but those in `keep` (the files still read). */
  retain(keep: Iterable<string>): void {
    const kept = new Set(keep);
    for (const key of [...this.entries.keys()]) {
      if (!kept.has(key)) {
        this.entries.delete(key);
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
