// The catalogue's persisted form, shared by the extension's storage and the CLI's cache. Two lines:
// a JSON header (format, version, journal folder, whether facts were kept, the length and checksum
// of the second line), then the items as one JSON object keyed by path. A file from another version,
// for another folder, truncated (length), edited by hand (checksum), or holding an item that does not
// validate is refused as a whole with a reason, and the caller rebuilds: a cache is never trusted in part.
// One writer, `persistedPieces`, for both: a 50,000-entry catalogue is ~18 MB of JSON, which as one
// string (and its encoded copy) raised the CLI's peak memory by ~50 MB. The CLI writes the pieces to
// its cache file one after another; the extension's storage, which writes a file whole, takes them
// as one buffer of bytes (`persistedBytes`), each piece encoded as it comes. Either way the bytes
// are those the catalogue was written as when it was one string, so a reader sees no difference.
import { isEntryFacts } from '../index/factsData';
import { isIndexedEntry } from '../records/entryRecord';
import type { CatalogueItem } from './catalogueItem';

export const CATALOGUE_FORMAT = 'leadership-journal-catalogue';
/** Raise when the items' meaning changes (a record field, a reason's wording, the tagger's output). */
export const CATALOGUE_VERSION = 44; // 2: an untouched entry has the label null (only what the user wrote counts); 3: the learned entry label (a record from before would keep its old label); 4: retrained on the third and fourth test parts, and the entry model may say unclear; 5: retrained on the fifth; 6: records say when an entry is private (one from before would be named where it must not be); 7: retrained on the sixth; 8: German entries read for traps. 9: retrained on the seventh, German cues for English loanwords. 10: retrained on the eighth. 11: retrained on the ninth; words of time never shown as reasons. 12: retrained on the tenth; German dialect spellings read as the standard word. 13: retrained on the eleventh; run-on sentences read as clauses. 14: retrained on the twelfth. 15: retrained on the thirteenth. 16: retrained on the fourteenth; Scots and Bavarian forms read as the standard word. 17: retrained on the fifteenth; German participles after a separable prefix and spoken American forms read as the standard word. 18: retrained on the sixteenth, with refusals of change and entries showing a managing-side trap labelled how (the guide's rule 15 and entry rule). 19: retrained on the seventeenth; no trap in a note of fewer than three worded sentences. 20: retrained on the eighteenth; a person noun or role word that is also a verb counts where it stands as a verb. 21: retrained on the nineteenth. 22: retrained on the twentieth; a faint entry that shows a trap is read, not called unclear. 23: retrained on the twenty-first. 24: retrained on the twenty-second. 25: retrained on the twenty-third. 26: retrained on the twenty-fourth, and on the sentences inside 400 training entries. 27: retrained on the twenty-fifth. 28: retrained on the twenty-sixth, and on the sentences inside 240 German training entries. 29: retrained on the twenty-seventh; cues for rules and limits, keeping the routine and redoing others' work. 30: retrained on the twenty-eighth. 31: German contrast (statt, anstatt, nicht … sondern) read, retrained. 32: retrained on the twenty-ninth. 33: retrained on the thirtieth; an English "instead of" alternative no longer ends at "was" or "will". 34: retrained on the thirty-first. 35: retrained on the thirty-second. 36: retrained on the thirty-third. 37: retrained on the thirty-fourth; no trap of managing acts shown on an entry labelled why. 38: retrained on the thirty-fifth. 39: retrained on the thirty-sixth. 40: retrained on the thirty-seventh, with two English managing shapes (a figure set against another, an amount on hand or needed). 41: retrained on the thirty-eighth part. 42: retrained on the thirty-ninth part. 43: retrained on the fortieth part. 44: retrained on the forty-first part.

interface Header {
  readonly format: string;
  readonly version: number;
  readonly folder: string;
  readonly facts: boolean;
  readonly length: number;
  readonly checksum: string;
}

/**
 * A 53-bit string hash (cyrb53) over UTF-16 code units, fed in pieces: cheap over megabytes, any
 * edit changes it, and the same text in any split gives the same digest. `length` counts code units.
 */
export class Checksum {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  length = 0;

  add(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    this.length += text.length;
  }

  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
  }
}

/** The checksum of one whole text. */
export function checksumOf(text: string): string {
  const sum = new Checksum();
  sum.add(text);
  return sum.digest();
}

/** Items per piece of the persisted text: ~90 KB at ~350 bytes an item, few writes, little memory. */
export const PERSIST_BATCH = 256;

/** Whether `key` is an array index, which an object orders first, ascending, whatever the insertion order. */
function isArrayIndex(key: string): boolean {
  const n = Number(key);
  return String(n >>> 0) === key && n !== 4294967295;
}

/** The items in the order `JSON.stringify(Object.fromEntries(items))` writes them (see isArrayIndex). */
function inObjectOrder(items: ReadonlyMap<string, CatalogueItem>): [string, CatalogueItem][] {
  const indexes: [string, CatalogueItem][] = [];
  const names: [string, CatalogueItem][] = [];
  for (const pair of items) {
    (isArrayIndex(pair[0]) ? indexes : names).push(pair);
  }
  indexes.sort(([a], [b]) => Number(a) - Number(b));
  return indexes.length === 0 ? names : [...indexes, ...names];
}

/** The second line (without its newline), `PERSIST_BATCH` items a piece: '{', items joined by ',', '}'. */
function* bodyPieces(pairs: readonly [string, CatalogueItem][]): Generator<string> {
  if (pairs.length === 0) {
    yield '{}';
    return;
  }
  for (let start = 0; start < pairs.length; start += PERSIST_BATCH) {
    const end = Math.min(start + PERSIST_BATCH, pairs.length);
    let piece = start === 0 ? '{' : ',';
    for (let i = start; i < end; i++) {
      const [path, item] = pairs[i] as [string, CatalogueItem];
      piece += `${i === start ? '' : ','}${JSON.stringify(path)}:${JSON.stringify(item)}`;
    }
    yield end === pairs.length ? `${piece}}` : piece;
  }
}

/**
 * The persisted text of `items` for the journal `folder` (as the host names it: a path or a URI), in
 * pieces to be written one after another: the header line first, then the items in batches, then the
 * final newline. The header holds the items' length and checksum, so the items are serialised twice,
 * once to sum them and once to write them; neither pass holds more than one piece. The items are
 * taken as they are when the first piece is asked for: later changes to the map do not reach the text.
 */
export function* persistedPieces(folder: string, facts: boolean, items: ReadonlyMap<string, CatalogueItem>): Generator<string> {
  const pairs = inObjectOrder(items);
  const sum = new Checksum();
  for (const piece of bodyPieces(pairs)) {
    sum.add(piece);
  }
  const header: Header = { format: CATALOGUE_FORMAT, version: CATALOGUE_VERSION, folder, facts, length: sum.length, checksum: sum.digest() };
  yield `${JSON.stringify(header)}\n`;
  yield* bodyPieces(pairs);
  yield '\n';
}

/**
 * TextEncoder, which every runtime the core runs in has, typed here: the core's type check knows no
 * DOM or Node types, and crypto/webGlobals.ts, which types it for the encryption, is code the
 * extension's features bundle may not carry (scripts/build.ts).
 */
const Utf8Encoder = (globalThis as unknown as { readonly TextEncoder: new () => { encode(text: string): Uint8Array } }).TextEncoder;

/**
 * `pieces` (persistedPieces) as UTF-8 in one buffer, for a host that writes a file whole (the
 * extension's `vscode.workspace.fs.writeFile`): each piece is encoded as it comes and dropped, so the
 * persisted text is never one string; the buffer is made once the pieces' bytes are known. Encoding
 * piece by piece gives the bytes of the pieces joined: a piece ends between JSON values, never inside
 * a surrogate pair (JSON.stringify writes a lone surrogate as an escape).
 */
export function persistedBytes(pieces: Iterable<string>): Uint8Array {
  const encoder = new Utf8Encoder();
  const encoded: Uint8Array[] = [];
  let length = 0;
  for (const piece of pieces) {
    const bytes = encoder.encode(piece);
    encoded.push(bytes);
    length += bytes.length;
  }
  const whole = new Uint8Array(length);
  let at = 0;
  for (const bytes of encoded) {
    whole.set(bytes, at);
    at += bytes.length;
  }
  return whole;
}

export type LoadedCatalogue =
  | { readonly ok: true; readonly facts: boolean; readonly items: Map<string, CatalogueItem> }
  | { readonly ok: false; readonly reason: string };

function isItem(path: string, value: unknown): value is CatalogueItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const item = value as Record<string, unknown>;
  const stampOk = typeof item.mtime === 'number' && Number.isFinite(item.mtime) && typeof item.size === 'number' && Number.isSafeInteger(item.size) && item.size >= 0;
  const factsOk = item.facts === undefined || isEntryFacts(item.facts);
  if (item.entry === null) {
    return stampOk && factsOk && typeof item.skipped === 'string';
  }
  return stampOk && factsOk && item.skipped === undefined && isIndexedEntry(item.entry) && item.entry.path === path;
}

/** The items of a persisted catalogue for `folder`, or why it cannot be trusted. */
export function loadCatalogue(text: string, folder: string): LoadedCatalogue {
  const newline = text.indexOf('\n');
  let header: Partial<Header>;
  try {
    header = JSON.parse(newline < 0 ? text : text.slice(0, newline)) as Partial<Header>;
  } catch {
    return { ok: false, reason: 'it is damaged (its first line is not a catalogue header)' };
  }
  if (typeof header !== 'object' || header === null || header.format !== CATALOGUE_FORMAT) {
    return { ok: false, reason: 'it is not a journal catalogue' };
  }
  if (header.version !== CATALOGUE_VERSION) {
    return { ok: false, reason: `it was written by another version (catalogue format ${String(header.version)}, this one reads ${CATALOGUE_VERSION})` };
  }
  if (header.folder !== folder) {
    return { ok: false, reason: 'it is for another journal folder' };
  }
  const end = text.endsWith('\n') ? text.length - 1 : text.length;
  const body = newline < 0 ? '' : text.slice(newline + 1, end);
  if (typeof header.length !== 'number' || body.length < header.length) {
    return { ok: false, reason: 'it is truncated' };
  }
  if (body.length !== header.length || checksumOf(body) !== header.checksum) {
    return { ok: false, reason: 'it was changed after it was written' };
  }
  let files: unknown;
  try {
    files = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'it is damaged (its items are not JSON)' };
  }
  if (typeof files !== 'object' || files === null || Array.isArray(files)) {
    return { ok: false, reason: 'it is damaged (its items are not JSON)' };
  }
  const items = new Map<string, CatalogueItem>();
  for (const [path, item] of Object.entries(files)) {
    if (!isItem(path, item)) {
      return { ok: false, reason: `its item for ${path} does not validate` };
    }
    items.set(path, item);
  }
  return { ok: true, facts: header.facts === true, items };
}
