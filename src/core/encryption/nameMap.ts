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
 * A map as read or to be written: its names; `gone`, the ids a change took out of it while their files
 * may still be there (a rename over an entry writes the map before it removes the replaced file:
 * knownNames.ts); `generation`, the count every write increments (a map without one, as the first
 * release wrote it, is generation 0): a window remembers the one it last read, and one whose is
 * behind does not write its older names over a damaged or missing map (decryptingJournalFs.ts
 * underLock); `lostGeneration`, the highest generation of a damaged or missing map some write replaced
 * unread (0: none), so a window that last read an older map than that one does not write its names back
 * (knownNames.ts): they may be older than what was lost.
 */
export interface NameMapContent {
  readonly map: Map<string, string>;
  readonly gone: ReadonlySet<string>;
  readonly generation: number;
  readonly lostGeneration: number;
}

/** A map to write: its names, and what the writer read with them (NameMapContent; absent: none, 0). */
export interface NameMapWrite {
  readonly map: NameMap;
  readonly gone?: ReadonlySet<string>;
  readonly generation?: number;
  readonly lostGeneration?: number;
}

/**
 * The map's bytes, as `content` holds it, at `generation`. `gone` and `lostGeneration` are written
 * only when there are any. An earlier version reads the map and ignores what it does not know.
 */
export function nameMapBytes(content: NameMapWrite, generation: number): Uint8Array {
  const { map } = content;
  const names: Record<string, string> = {};
  for (const id of [...map.keys()].sort()) {
    names[id] = map.get(id) ?? '';
  }
  const taken = [...content.gone ?? []].filter((id) => !map.has(id)).sort();
  const lost = content.lostGeneration ?? 0;
  return utf8(`${JSON.stringify({ format: FORMAT, version: 1, generation, names, ...(taken.length === 0 ? {} : { gone: taken }), ...(lost === 0 ? {} : { lostGeneration: lost }) })}\n`);
}

/** A count read from a map: a whole number of 0 or more, else 0 (none written, or not one of ours). */
function countOf(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
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

/** The name map in `bytes` with its gone ids and generations, parsed once, or why it cannot be read, as a reason to word (reasons.ts). */
export function readNameMapBytes(bytes: Uint8Array): NameMapContent | Reason {
  let value: unknown;
  try {
    value = JSON.parse(fromUtf8(bytes) ?? '');
  } catch {
    return reason('names-not-map');
  }
  const record = value as { format?: unknown; version?: unknown; names?: unknown; gone?: unknown; generation?: unknown; lostGeneration?: unknown } | null;
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
  return { map, gone: new Set(gone), generation: countOf(record.generation), lostGeneration: countOf(record.lostGeneration) };
}
