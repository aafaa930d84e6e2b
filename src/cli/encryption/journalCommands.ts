// `encrypt DIR`, `decrypt DIR` and `change-passphrase DIR`: the core's migration over the journal
// folder on disk (src/node/encryption), with the key options read into a credential, progress on
// stderr for long runs, and the outcome in words (outcomeText.ts).
import { stat } from 'node:fs/promises';
import { changePassphrase } from '../../core/encryption/changePassphrase';
import { decryptJournal } from '../../core/encryption/decryptJournal';
import { encryptJournal } from '../../core/encryption/encryptJournal';
import { parseDescriptor, type NameMode } from '../../core/encryption/journalState';
import { DESCRIPTOR_PATH } from '../../core/encryption/layout';
import type { MigrationOutcome } from '../../core/encryption/migrationRun';
import { nodeJournalFs } from '../../node/encryption/nodeJournalFs';
import { nodeMigrationHost } from '../../node/encryption/nodeMigrationHost';
import type { CliIo } from '../io';
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

async function journalNames(dir: string): Promise<NameMode | undefined> {
  const file = await nodeJournalFs(dir).read(DESCRIPTOR_PATH).catch(() => undefined);
  const descriptor = file === undefined ? undefined : parseDescriptor(file);
  return descriptor === undefined || typeof descriptor === 'string' ? undefined : descriptor.names;
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

  let outcome: MigrationOutcome;
  if (command === 'change-passphrase') {
    if (keys.passphraseFile === undefined || keys.newPassphraseFile === undefined || keys.identityFiles.length > 0) {
      return fail('give the old passphrase with --passphrase-file and the new one with --new-passphrase-file');
    }
    const old = await readPassphrase(keys.passphraseFile, io);
    const next = await readPassphrase(keys.newPassphraseFile, io);
    if (!old.ok || !next.ok) {
      return fail(old.ok ? (next.ok ? '' : next.message) : old.message);
    }
    outcome = await changePassphrase(host, { passphrase: old.value, newPassphrase: next.value, undo: keys.undo });
  } else {
    if (keys.newPassphraseFile !== undefined) {
      return fail('--new-passphrase-file goes with change-passphrase');
    }
    const credential = await readCredential(keys, io, true);
    if (!credential.ok || credential.value === undefined) {
      return fail(credential.ok ? 'give --passphrase-file FILE, or --identity FILE' : credential.message);
    }
    outcome = command === 'encrypt'
      ? await encryptJournal(host, { credential: credential.value, ...(keys.opaqueNames ? { names: 'opaque' as const } : {}) })
      : await decryptJournal(host, { credential: credential.value });
  }
  const text = outcomeText(outcome, dir, await journalNames(dir) ?? (keys.opaqueNames ? 'opaque' : 'readable'));
  if (text.code === 0) {
    io.stdout(printableLines(text.lines));
  } else {
    io.stderr(printableLines(text.lines.map((line, index) => (index === 0 ? `leadership-journal ${command}: ${line}` : line))));
  }
  return text.code;
}
