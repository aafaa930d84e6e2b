// `encrypt DIR`, `decrypt DIR` and `change-passphrase DIR`: the core's migration over the journal
// folder on disk (src/node/encryption), with the key options read into a credential, progress on
// stderr for long runs, and the outcome in words (outcomeText.ts). `encrypt` also removes the
// journal's `report` cache from the user's cache folder: it holds entry names and titles in plain text.
import { rm, stat } from 'node:fs/promises';
import { changePassphrase } from '../../core/encryption/changePassphrase';
import { decryptJournal } from '../../core/encryption/decryptJournal';
import { encryptJournal } from '../../core/encryption/encryptJournal';
import { parseDescriptor, type EncryptionDescriptor } from '../../core/encryption/journalState';
import { DESCRIPTOR_PATH } from '../../core/encryption/layout';
import type { MigrationOutcome } from '../../core/encryption/migrationRun';
import { errorMessage } from '../../core/text/errorMessage';
import { nodeJournalFs } from '../../node/encryption/nodeJournalFs';
import { nodeMigrationHost } from '../../node/encryption/nodeMigrationHost';
import type { CliIo } from '../io';
import { cacheFileFor, journalKey } from '../reportCache';
import { readCredential, readPassphrase } from './credentials';
import type { KeyOptions } from './keyOptions';
import { outcomeText } from './outcomeText';
import { printableLines } from './printable';

export type JournalCommand = 'encrypt' | 'decrypt' | 'change-passphrase';

export interface JournalCommandSettings {
  /** scrypt work factor for new key files; the recommended one when absent (tests lower it). */
  readonly workFactor?: number;
  /** Progress is printed every this many entries (and never for fewer). */
  readonly progressEvery?: number;
}

async function isFolder(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

async function journalDescriptor(dir: string): Promise<EncryptionDescriptor | undefined> {
  const file = await nodeJournalFs(dir).read(DESCRIPTOR_PATH).catch(() => undefined);
  const descriptor = file === undefined ? undefined : parseDescriptor(file);
  return descriptor === undefined || typeof descriptor === 'string' ? undefined : descriptor;
}

export async function runJournalCommand(command: JournalCommand, keys: KeyOptions, rest: readonly string[], io: CliIo, settings: JournalCommandSettings = {}): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(printableLines([`leadership-journal ${command}: ${message}`]));
    return 2;
  };
  const unknown = rest.find((arg) => arg.startsWith('-') && arg !== '-');
  if (unknown !== undefined) {
    return fail(`unknown option "${unknown}"`);
  }
  if (rest.length !== 1 || rest[0] === undefined) {
    return fail(rest.length === 0 ? 'expected the journal folder, DIR' : `expected one DIR, got ${rest.length}`);
  }
  const dir = rest[0];
  if (!(await isFolder(dir))) {
    return fail(`${dir} is not a folder`);
  }
  if (keys.opaqueNames && command !== 'encrypt') {
    return fail('--opaque-names goes with encrypt');
  }
  if (keys.undo && command !== 'change-passphrase') {
    return fail(`--undo goes with change-passphrase; to undo an interrupted ${command}, run ${command === 'encrypt' ? 'decrypt' : 'encrypt'}`);
  }
  const every = settings.progressEvery ?? 500;
  const host = nodeMigrationHost(dir, {
    ...(settings.workFactor === undefined ? {} : { workFactor: settings.workFactor }),
    onProgress: (progress) => {
      if (progress.done % every === 0 && progress.total >= every) {
        io.stderr(`  ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}\n`);
      }
    },
  });

  const descriptor = await journalDescriptor(dir);
  if (descriptor?.mode === 'identity' && keys.identityFiles.length === 0) {
    return fail(`${dir} is encrypted to age keys: give the identity file with --identity FILE`);
  }
  let outcome: MigrationOutcome;
  if (command === 'change-passphrase') {
    if (keys.identityFiles.length > 0 || descriptor?.mode === 'identity') {
      return fail('change-passphrase is for journals encrypted with a passphrase; a journal encrypted to age keys is re-encrypted by decrypting and encrypting it to the new key');
    }
    const old = await readPassphrase(keys.passphrase, io, { label: 'Passphrase', confirm: false });
    if (!old.ok) {
      return fail(old.message);
    }
    const next = await readPassphrase(keys.newPassphrase, io, { label: 'New passphrase', confirm: true, isNew: true });
    if (!next.ok) {
      return fail(next.message);
    }
    outcome = await changePassphrase(host, { passphrase: old.value, newPassphrase: next.value, undo: keys.undo });
  } else {
    if (keys.newPassphrase !== undefined) {
      return fail('--new-passphrase-file and --new-passphrase-env go with change-passphrase');
    }
    // A new journal's passphrase is typed twice; one that already has a key checks the passphrase against it.
    const credential = await readCredential(keys, io, { label: 'Passphrase', confirm: command === 'encrypt' && descriptor === undefined });
    if (!credential.ok) {
      return fail(credential.message);
    }
    outcome = command === 'encrypt'
      ? await encryptJournal(host, { credential: credential.value, ...(keys.opaqueNames ? { names: 'opaque' as const } : {}) })
      : await decryptJournal(host, { credential: credential.value });
  }
  const text = outcomeText(outcome, dir, (await journalDescriptor(dir))?.names ?? (keys.opaqueNames ? 'opaque' : 'readable'));
  // Done or left unfinished, entries are encrypted now; a refusal (2) changed nothing, so keeps it.
  const removed = command === 'encrypt' && text.code !== 2 ? await removeReportCache(dir, io) : [];
  if (text.code === 0) {
    io.stdout(printableLines([...text.lines, ...removed]));
  } else {
    io.stderr(printableLines([...text.lines.map((line, index) => (index === 0 ? `leadership-journal ${command}: ${line}` : line)), ...removed]));
  }
  return text.code;
}

/**
 * Removes the catalogue `report` keeps of the journal `dir` in the user's cache folder (reportCache.ts),
 * which names every entry and holds its title in plain text; the lines saying so (none when there was
 * none). A cache put elsewhere with `report --cache DIR` is not known here: the README says so.
 */
async function removeReportCache(dir: string, io: CliIo): Promise<string[]> {
  if (io.cacheDir === undefined) {
    return [];
  }
  const file = cacheFileFor(io.cacheDir, journalKey(dir));
  if (!(await stat(file).then((info) => info.isFile(), () => false))) {
    return [];
  }
  try {
    await rm(file);
    return [`Removed report's cache of this journal, ${file}: it held entry names and titles in plain text.`];
  } catch (error) {
    return [`Could not remove report's cache of this journal, ${file} (${errorMessage(error)}): it holds entry names and titles in plain text; delete it yourself.`];
  }
}
