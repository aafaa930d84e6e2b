// Opaque names: the map from each opaque file's id to the entry's real path, kept in names.age,
// sealed like the entries. Ids are added to it — and it is written, verified and renamed into place —
// before any file with those ids exists, so no crash can leave an encrypted entry whose name is lost.
import { fromUtf8, utf8 } from '../crypto/bytes';
import { isSafeEntryPath } from './layout';

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

export function parseNameMap(bytes: Uint8Array): Map<string, string> | string {
  let value: unknown;
  try {
    value = JSON.parse(fromUtf8(bytes) ?? '');
  } catch {
    return 'is not the name map this product writes';
  }
  const record = value as { format?: unknown; version?: unknown; names?: unknown } | null;
  if (record === null || typeof record !== 'object' || record.format !== FORMAT || record.version !== 1
    || record.names === null || typeof record.names !== 'object' || Array.isArray(record.names)) {
    return 'is not the name map this product writes';
  }
  const map = new Map<string, string>();
  for (const [id, path] of Object.entries(record.names as Record<string, unknown>)) {
    if (typeof path !== 'string' || !isSafeEntryPath(path)) {
      return `names a file outside the journal's entries for ${id}, which is refused`;
    }
    map.set(id, path);
  }
  return map;
}
