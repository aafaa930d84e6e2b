// Opaque names: the map from each opaque file's id to the entry's real path, kept in names.age,
// sealed like the entries. Ids are added to it — and it is written, verified and renamed into place —
// before any file with those ids exists, so no crash can leave an encrypted entry whose name is lost.
import { fromUtf8, utf8 } from '../crypto/bytes';
import { isSafeEntryPath } from './layout';
import { inEnglish, reason, type Reason } from './reasons';

/** Opaque id → journal-relative path of the entry it holds. */
export type NameMap = ReadonlyMap<string, string>;

const FORMAT = 'leadership-journal-names';

/**
 * The map's bytes; `gone`, the ids a change took out of it while their files may still be there (a
 * rename over an entry writes the map before it removes the replaced file: knownNames.ts), written
 * only when there are any. An earlier version reads the map and ignores them.
 */
export function nameMapBytes(map: NameMap, gone: ReadonlySet<string> = new Set()): Uint8Array {
  const names: Record<string, string> = {};
  for (const id of [...map.keys()].sort()) {
    names[id] = map.get(id) ?? '';
  }
  const taken = [...gone].filter((id) => !map.has(id)).sort();
  return utf8(`${JSON.stringify(taken.length === 0 ? { format: FORMAT, version: 1, names } : { format: FORMAT, version: 1, names, gone: taken })}\n`);
}

/** A map as read: its names, and the ids it lists as taken out while their files may still be there (nameMapBytes). */
export interface NameMapContent {
  readonly map: Map<string, string>;
  readonly gone: ReadonlySet<string>;
}

/** The name map in `bytes`, or why it cannot be read, in English. */
export function parseNameMap(bytes: Uint8Array): Map<string, string> | string {
  const read = inEnglish(readNameMapBytes(bytes));
  return typeof read === 'string' ? read : read.map;
}

/**
 * Whether `why`, readNameMapBytes's refusal, says the bytes are not a map of this format at all (not
 * JSON, another format, a version 1 map misshapen): damage a whole map may be written over. A map of
 * this format a newer version wrote ('names-newer'), or one naming a file this version cannot place
 * ('names-outside'), is not: it is refused and never written over.
 */
export function isDamagedMap(why: Reason): boolean {
  return why.id === 'names-not-map';
}

/** The name map in `bytes` and its gone ids, parsed once, or why it cannot be read, as a reason to word (reasons.ts). */
export function readNameMapBytes(bytes: Uint8Array): NameMapContent | Reason {
  let value: unknown;
  try {
    value = JSON.parse(fromUtf8(bytes) ?? '');
  } catch {
    return reason('names-not-map');
  }
  const record = value as { format?: unknown; version?: unknown; names?: unknown; gone?: unknown } | null;
  if (record !== null && typeof record === 'object' && record.format === FORMAT && typeof record.version === 'number' && record.version > 1) {
    return reason('names-newer', record.version);
  }
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
  const gone = Array.isArray(record.gone) ? record.gone.filter((id): id is string => typeof id === 'string') : [];
  return { map, gone: new Set(gone) };
}
