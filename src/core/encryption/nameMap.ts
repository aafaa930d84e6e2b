// Opaque names: the map from each opaque file's id to the entry's real path, kept in names.age,
// sealed like the entries. Ids are added to it — and it is written, verified and renamed into place —
// before any file with those ids exists, so no crash can leave an encrypted entry whose name is lost.
import { fromUtf8, utf8 } from '../crypto/bytes';
import { isSafeEntryPath } from './layout';
import { inEnglish, reason, type Reason } from './reasons';

/** Opaque id → journal-relative path of the entry it holds. */
export type NameMap = ReadonlyMap<string, string>;

const FORMAT = 'leadership-journal-names';

export function nameMapBytes(map: NameMap): Uint8Array {
  const names: Record<string, string> = {};
  for (const id of [...map.keys()].sort()) {
    names[id] = map.get(id) ?? '';
  }
  return utf8(`${JSON.stringify({ format: FORMAT, version: 1, names })}\n`);
}

/** The name map in `bytes`, or why it cannot be read, in English. */
export function parseNameMap(bytes: Uint8Array): Map<string, string> | string {
  return inEnglish(readNameMapBytes(bytes));
}

/** The name map in `bytes`, or why it cannot be read, as a reason to word (reasons.ts). */
export function readNameMapBytes(bytes: Uint8Array): Map<string, string> | Reason {
  let value: unknown;
  try {
    value = JSON.parse(fromUtf8(bytes) ?? '');
  } catch {
    return reason('names-not-map');
  }
  const record = value as { format?: unknown; version?: unknown; names?: unknown } | null;
  if (record === null || typeof record !== 'object' || record.format !== FORMAT || record.version !== 1
    || record.names === null || typeof record.names !== 'object' || Array.isArray(record.names)) {
    return reason('names-not-map');
  }
  const map = new Map<string, string>();
  for (const [id, path] of Object.entries(record.names as Record<string, unknown>)) {
    if (typeof path !== 'string' || !isSafeEntryPath(path)) {
      return reason('names-outside', id);
    }
    map.set(id, path);
  }
  return map;
}

/**
 * The map one window writes when another may have written names.age since this one last read or
 * wrote it (`base`): `mine` is this window's map now, `theirs` the one on disk now. Ids are random
 * and never reused, so the merge goes id by id:
 * - an id added by either window is kept (a lost id turns its entry into `recovered/<id>.md`);
 * - an id both have: this window's path if this window changed it since `base` (a rename), else
 *   theirs (the other window's rename, or the same path);
 * - an id this window took out (in `base`, not in `mine`: an entry renamed over it here) stays out;
 * - an id only this window still has (in `base` and `mine`, not in `theirs`) is kept: the other
 *   window may have taken it out, but dropping a name whose file still exists loses the entry's
 *   name, while keeping one whose file is gone costs nothing — the caller drops such ids where two
 *   ids name one entry (decryptingJournalFs.ts).
 */
export function mergeNameMaps(base: NameMap, mine: NameMap, theirs: NameMap): Map<string, string> {
  const merged = new Map<string, string>();
  for (const [id, path] of mine) {
    const changedHere = base.get(id) !== path;
    merged.set(id, changedHere ? path : theirs.get(id) ?? path);
  }
  for (const [id, path] of theirs) {
    if (!mine.has(id) && !base.has(id)) {
      merged.set(id, path);
    }
  }
  return merged;
}
