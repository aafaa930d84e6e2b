// The folders and files of a journal as a tree, for a host that browses it (VS Code's file system
// provider asks "what is at this path" and "what is in this folder"): built from one JournalFs
// listing — over an encrypted journal, the decrypting view, so the tree shows `NAME.md`, never
// `NAME.md.age` — and kept until a change is made through it or `invalidate()` is called.
//
// Folders are those that hold a listed file; an empty folder is not shown (JournalFs lists files
// only). Dot-folders are not listed either, so they are never offered for browsing, though their
// files can still be read by path.
import type { JournalFs } from './journalFs';

export type NodeKind = 'file' | 'directory';

export class JournalTree {
  private built: Promise<Map<string, Map<string, NodeKind>>> | undefined;

  constructor(private readonly fs: JournalFs) {}

  /** Forget the listing: the next question lists the journal again. */
  invalidate(): void {
    this.built = undefined;
  }

  private folders(): Promise<Map<string, Map<string, NodeKind>>> {
    this.built ??= this.fs.list().then((files) => {
      const folders = new Map<string, Map<string, NodeKind>>([['', new Map()]]);
      for (const file of files) {
        const parts = file.path.split('/');
        let folder = '';
        parts.forEach((name, index) => {
          const kind: NodeKind = index === parts.length - 1 ? 'file' : 'directory';
          const children = folders.get(folder) ?? new Map<string, NodeKind>();
          folders.set(folder, children);
          children.set(name, kind);
          folder = folder === '' ? name : `${folder}/${name}`;
          if (kind === 'directory' && !folders.has(folder)) {
            folders.set(folder, new Map());
          }
        });
      }
      return folders;
    }, (error: unknown) => {
      this.built = undefined; // A failed listing is not kept: the next question tries again.
      throw error;
    });
    return this.built;
  }

  /** What is at `path` ('' is the journal itself), or undefined when nothing is. */
  async kind(path: string): Promise<NodeKind | undefined> {
    const folders = await this.folders();
    if (folders.has(path)) {
      return 'directory';
    }
    const slash = path.lastIndexOf('/');
    return folders.get(slash < 0 ? '' : path.slice(0, slash))?.get(slash < 0 ? path : path.slice(slash + 1));
  }

  /** The folder's children by name, sorted; undefined when `path` is not a folder. */
  async children(path: string): Promise<readonly (readonly [string, NodeKind])[] | undefined> {
    const children = (await this.folders()).get(path);
    return children === undefined ? undefined : [...children].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}
