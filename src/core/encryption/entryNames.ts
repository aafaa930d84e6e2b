// Which file an entry becomes, in each direction, for readable and opaque names.
import { isEncryptedEntryPath, newOpaqueId, opaqueIdOf, opaquePath, readableEncryptedPath, readablePlainPath } from './layout';
import type { NameMap } from './nameMap';

/** Where an opaque file whose id is missing from the name map is decrypted to. */
export const RECOVERED_FOLDER = 'recovered';

export class EntryNames {
  private readonly idOfPath = new Map<string, string>();

  private readonly map: Map<string, string>;

  constructor(map: NameMap) {
    this.map = new Map(map);
    for (const [id, path] of map) {
      this.idOfPath.set(path, id);
    }
  }

  /** The map, with any ids given since. */
  get names(): NameMap {
    return this.map;
  }

  /** Gives `plainPath` a new opaque id unless it has one; true when one was given. */
  assignId(plainPath: string): boolean {
    if (this.idOfPath.has(plainPath)) {
      return false;
    }
    const id = newOpaqueId();
    this.map.set(id, plainPath);
    this.idOfPath.set(plainPath, id);
    return true;
  }

  /** Records that names.age gives `id` the name `plainPath` (a run wrote it there: keptCopyName.ts). */
  name(id: string, plainPath: string): void {
    this.map.set(id, plainPath);
    this.idOfPath.set(plainPath, id);
  }

  /** The opaque id already given to `plainPath`, if any. */
  idOf(plainPath: string): string | undefined {
    return this.idOfPath.get(plainPath);
  }

  /** The sealed file for a plain entry: its opaque file when it has an id, else `NAME.md.age`. */
  sealedPathOf(plainPath: string): string {
    const id = this.idOfPath.get(plainPath);
    return id === undefined ? readableEncryptedPath(plainPath) : opaquePath(id);
  }

  /** The plain entry for a sealed file, and whether its name had to be made up (an id not in the map). */
  plainPathOf(sealedPath: string): { readonly path: string; readonly recovered: boolean } {
    const id = opaqueIdOf(sealedPath);
    if (id === undefined) {
      return { path: readablePlainPath(sealedPath), recovered: false };
    }
    const path = this.map.get(id);
    return path === undefined ? { path: `${RECOVERED_FOLDER}/${id}.md`, recovered: true } : { path, recovered: false };
  }

  /** The file a partial's final file is made from (the other form of the same entry). */
  sourceOf(finalPath: string): string | undefined {
    if (isEncryptedEntryPath(finalPath)) {
      const id = opaqueIdOf(finalPath);
      return id === undefined ? readablePlainPath(finalPath) : this.map.get(id);
    }
    return this.sealedPathOf(finalPath);
  }
}
