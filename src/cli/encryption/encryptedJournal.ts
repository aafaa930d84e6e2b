// Reading an encrypted (or partly encrypted) journal folder for `report`: its plain `*.md` entries and
// its `*.md.age` ones, opened with the journal's key (passphrase journals: key.age) or the identities
// given, under their real names (the name map, for opaque names). Plain text stays in memory; nothing
// decrypted is written anywhere.
//
// This is the CLI's second way of listing a journal, beside journalFiles.ts; issue #13 replaces both
// with one catalogue, which can take this as its decrypting source.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createOpener, type AgeOpener } from '../../core/crypto/ageFile';
import { EntryNames } from '../../core/encryption/entryNames';
import { openJournalKey, type Credential, type JournalKeys } from '../../core/encryption/journalKey';
import { listJournal } from '../../core/encryption/journalListing';
import { parseMarker } from '../../core/encryption/journalState';
import { identityKeys, passphraseOnlyKeys } from '../../core/encryption/journalUnlock';
import { KEY_PATH, MARKER_PATH, NAMES_PATH } from '../../core/encryption/layout';
import { parseNameMap } from '../../core/encryption/nameMap';
import { nodeJournalFs } from '../../node/encryption/nodeJournalFs';
import type { Read } from './credentials';

export type EntryText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

export interface JournalEntryFile {
  /** The entry's journal-relative path as the user named it (an opaque file's real name). */
  readonly path: string;
  readonly read: () => Promise<EntryText>;
}

export interface EncryptedJournal {
  readonly entries: readonly JournalEntryFile[];
  /** Files not read, with why (an encrypted copy beside its plain entry, a name not in the map). */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  /** Things to tell the user before the report: an interrupted migration, plain entries left. */
  readonly warnings: readonly string[];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The keys for a credential, from the journal in `dir` (key.age for a passphrase). */
export async function journalReadingKeys(dir: string, credential: Credential): Promise<Read<JournalKeys>> {
  if (credential.kind === 'identity') {
    return { ok: true, value: await identityKeys(credential) };
  }
  const keyFile = await nodeJournalFs(dir).read(KEY_PATH).catch(() => undefined);
  if (keyFile === undefined) {
    return { ok: true, value: passphraseOnlyKeys(credential.passphrase) };
  }
  const opened = await openJournalKey(KEY_PATH, keyFile, credential.passphrase);
  if (!opened.ok) {
    const failure = opened.failure;
    return { ok: false, message: typeof failure === 'string' ? failure : failure.kind === 'wrong-passphrase' ? `the passphrase does not open the journal's key (${KEY_PATH})` : failure.message };
  }
  return { ok: true, value: opened.keys };
}

async function nameMap(dir: string, opener: AgeOpener): Promise<{ readonly names: EntryNames; readonly problem?: string }> {
  const file = await nodeJournalFs(dir).read(NAMES_PATH).catch(() => undefined);
  if (file === undefined) {
    return { names: new EntryNames(new Map()) };
  }
  const opened = await opener.open(NAMES_PATH, file);
  const map = opened.ok ? parseNameMap(opened.bytes) : opened.failure.message;
  return typeof map === 'string' ? { names: new EntryNames(new Map()), problem: `the map of opaque names cannot be read (${map}): opaque entries are skipped` } : { names: new EntryNames(map) };
}

/** Rejects only when `dir` itself cannot be listed. */
export async function readEncryptedJournal(dir: string, keys: JournalKeys): Promise<EncryptedJournal> {
  const opener = createOpener(keys.open);
  const fs = nodeJournalFs(dir);
  const listing = await listJournal(fs);
  const { names, problem } = await nameMap(dir, opener);
  const warnings: string[] = problem === undefined ? [] : [problem];
  const marker = await fs.read(MARKER_PATH).catch(() => undefined);
  const progress = marker === undefined ? undefined : parseMarker(marker);
  if (progress !== undefined) {
    warnings.push(typeof progress === 'string'
      ? 'an encrypt, decrypt or passphrase change was interrupted: run it again to finish it'
      : `a ${progress.operation} was interrupted (${progress.done} of ${progress.total} entries): run it again to finish it; until then the journal holds plain and encrypted entries`);
  }
  const plainPaths = new Set([...listing.plain, ...listing.links.filter((path) => !path.endsWith('.age'))]);
  const entries: JournalEntryFile[] = [...plainPaths].map((path) => ({
    path,
    read: async (): Promise<EntryText> => {
      try {
        return { ok: true, text: await readFile(join(dir, path), 'utf8') };
      } catch (error) {
        return { ok: false, reason: `it could not be read: ${messageOf(error)}` };
      }
    },
  }));
  if (progress === undefined && listing.encrypted.length > 0 && listing.plain.length > 0) {
    warnings.push(`${listing.plain.length === 1 ? '1 entry is' : `${listing.plain.length} entries are`} not encrypted (run "leadership-journal encrypt" to encrypt ${listing.plain.length === 1 ? 'it' : 'them'})`);
  }
  const skipped: { path: string; reason: string }[] = [];
  for (const sealedPath of listing.encrypted) {
    const target = names.plainPathOf(sealedPath);
    if (target.recovered) {
      skipped.push({ path: sealedPath, reason: 'its name is not in the journal\'s name map' });
      continue;
    }
    if (plainPaths.has(target.path)) {
      skipped.push({ path: sealedPath, reason: `the plain ${target.path} beside it is read instead` });
      continue;
    }
    entries.push({
      path: target.path,
      read: async (): Promise<EntryText> => {
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await readFile(join(dir, sealedPath)));
        } catch (error) {
          return { ok: false, reason: `it could not be read: ${messageOf(error)}` };
        }
        const opened = await opener.open(sealedPath, bytes);
        return opened.ok ? { ok: true, text: Buffer.from(opened.bytes).toString('utf8') } : { ok: false, reason: `it could not be opened: ${opened.failure.message}` };
      },
    });
  }
  const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { entries: entries.sort(byPath), skipped: skipped.sort(byPath), warnings };
}
