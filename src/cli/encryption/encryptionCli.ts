// The encryption commands of the CLI, registered in run.ts with one line: `encrypt`, `decrypt` and
// `change-passphrase`, and `report` / `classify` when given a key option (they then read `*.md.age`
// entries). Anything else falls through to the command table (undefined).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DESCRIPTOR_PATH } from '../../core/encryption/layout';
import type { CliIo } from '../io';
import { parseReportArgs } from '../report';
import { readCredential } from './credentials';
import { runEncryptedClassify } from './encryptedClassify';
import { runEncryptedReport } from './encryptedReport';
import { runJournalCommand, type JournalCommandSettings } from './journalCommands';
import { hasKeyOption, splitKeyOptions } from './keyOptions';
import { printableLines } from './printable';

export const ENCRYPTION_USAGE = `Usage: leadership-journal encrypt | decrypt | change-passphrase DIR [options]

Encryption uses age (https://age-encryption.org): every entry NAME.md becomes NAME.md.age, which the
reference "age" tool also opens. Each is written beside, checked to decrypt to the same bytes, and
only then is the plain file removed. An interrupted run goes on when run again; the opposite command
undoes it, from any point.

  encrypt DIR --passphrase-file FILE
                            Encrypt with a passphrase (its first line). The journal gets its own age
                            key, kept in DIR/.leadership-journal/key.age, sealed with the passphrase
                            (scrypt, work factor 2^18).
  encrypt DIR --identity FILE [--recipient AGE1...]... [--recipients-file FILE]...
                            Encrypt to your age key (an identity file as age-keygen writes it), and to
                            any extra recipients (a backup key).
      --opaque-names        Hide file names too: entries become random names at the top of DIR, their
                            real names kept in an encrypted map. Otherwise dates and kinds stay visible.
  decrypt DIR (--passphrase-file FILE | --identity FILE)
                            Turn the journal back into plain Markdown.
  change-passphrase DIR --passphrase-file OLD --new-passphrase-file NEW [--undo]
                            A new key sealed with the new passphrase, and every entry re-encrypted to
                            it; --undo takes an interrupted change back.
  report DIR ... (--passphrase-file FILE | --identity FILE)
  classify FILE... (--passphrase-file FILE | --identity FILE)
                            Read .md.age entries too (decrypted in memory only).

A passphrase file of "-" reads the passphrase from the first line of standard input. An identity file
that is itself encrypted with a passphrase (age -p) is opened with --passphrase-file.
Exit codes: 0 done; 1 stopped or left unfinished (nothing lost: run again); 2 a usage error, or a
passphrase or key that does not open the journal (nothing changed).
`;

const JOURNAL_COMMANDS = new Set(['encrypt', 'decrypt', 'change-passphrase']);

function usageError(command: string, message: string, io: CliIo): number {
  io.stderr(printableLines([`leadership-journal ${command}: ${message}`, `See: leadership-journal ${command === 'report' || command === 'classify' ? 'encrypt' : command} --help`]));
  return 2;
}

/** Handles the command and resolves to its exit code, or to undefined when it is not one of these. */
export async function runEncryptionCommand(command: string | undefined, args: readonly string[], io: CliIo, settings: JournalCommandSettings = {}): Promise<number | undefined> {
  if (command === undefined) {
    return undefined;
  }
  if (JOURNAL_COMMANDS.has(command)) {
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout(ENCRYPTION_USAGE);
      return 0;
    }
    const split = splitKeyOptions(args);
    return typeof split === 'string'
      ? usageError(command, split, io)
      : runJournalCommand(command as 'encrypt' | 'decrypt' | 'change-passphrase', split.keys, split.rest, io, settings);
  }
  if (command !== 'report' && command !== 'classify') {
    return undefined;
  }
  if (!hasKeyOption(args)) {
    const report = command === 'report' ? parseReportArgs(args) : undefined;
    if (report !== undefined && typeof report !== 'string' && existsSync(join(report.dir, ...DESCRIPTOR_PATH.split('/')))) {
      return usageError(command, `${report.dir} is an encrypted journal: give --passphrase-file FILE or --identity FILE to read it`, io);
    }
    return undefined;
  }
  const split = splitKeyOptions(args);
  if (typeof split === 'string') {
    return usageError(command, split, io);
  }
  const { keys } = split;
  if (keys.opaqueNames || keys.undo || keys.newPassphraseFile !== undefined || keys.recipients.length > 0 || keys.recipientsFiles.length > 0) {
    return usageError(command, 'only --passphrase-file and --identity go with reading; the other key options are for encrypt and change-passphrase', io);
  }
  const credential = await readCredential(keys, io, true);
  if (!credential.ok || credential.value === undefined) {
    return usageError(command, credential.ok ? 'give --passphrase-file FILE, or --identity FILE' : credential.message, io);
  }
  return command === 'report' ? runEncryptedReport(split.rest, credential.value, io) : runEncryptedClassify(split.rest, credential.value, io);
}
