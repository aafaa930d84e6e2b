// The encryption commands of the CLI, loaded by run.ts for the command lines encryptionRoute.ts
// names: `encrypt`, `decrypt` and `change-passphrase`, and `report` / `classify` when given a key
// option or when what they read is encrypted (they then read `*.md.age` entries). Anything else
// falls through to the command table (undefined).
import type { CliIo } from '../io';
import { readCredential } from './credentials';
import { JOURNAL_COMMANDS, readsEncrypted } from './encryptionRoute';
import { runEncryptedClassify } from './encryptedClassify';
import { runEncryptedReport } from './encryptedReport';
import { runJournalCommand, type JournalCommand, type JournalCommandSettings } from './journalCommands';
import { hasKeyOption, splitKeyOptions } from './keyOptions';
import { printableLines } from './printable';

export const ENCRYPTION_USAGE = `Usage: leadership-journal encrypt | decrypt | change-passphrase DIR [options]

Encryption uses age (https://age-encryption.org): every entry NAME.md becomes NAME.md.age, which the
reference "age" tool also opens. Each is written beside, checked to decrypt to the same bytes, and
only then is the plain file removed. An interrupted run goes on when run again; the opposite command
undoes it, from any point.

  encrypt DIR               Encrypt with a passphrase, typed twice at the terminal (not shown). The
                            journal gets its own age key, kept in DIR/.leadership-journal/key.age,
                            sealed with the passphrase (scrypt, work factor 2^18).
  encrypt DIR --identity FILE [--recipient AGE1...]... [--recipients-file FILE]...
                            Encrypt to your age key (an identity file as age-keygen writes it), and to
                            any extra recipients (a backup key).
      --opaque-names        Hide file names too: entries become random names at the top of DIR, their
                            real names kept in an encrypted map. Otherwise dates and kinds stay visible.
  decrypt DIR [--identity FILE]
                            Turn the journal back into plain Markdown.
  change-passphrase DIR [--undo]
                            Asks for the passphrase and a new one (twice): a new key sealed with the
                            new passphrase, and every entry re-encrypted to it; --undo takes an
                            interrupted change back.
  report DIR ... [--identity FILE]
  classify FILE... [--identity FILE]
                            Read .md.age entries too (decrypted in memory only); the passphrase is
                            asked for when the journal or a file is encrypted.

The passphrase is never an argument. Typed at the terminal, or for scripts:
  --passphrase-file FILE    Its first line ("-": standard input's; /dev/fd/N: a file descriptor's).
  --passphrase-env NAME     The value of the environment variable NAME.
  --new-passphrase-file FILE, --new-passphrase-env NAME
                            The new passphrase of change-passphrase, likewise.
An identity file that is itself encrypted with a passphrase (age -p) is opened with the passphrase.
Exit codes: 0 done; 1 stopped or left unfinished (nothing lost: run again); 2 a usage error, or a
passphrase or key that does not open the journal (nothing changed).
`;

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
      : runJournalCommand(command as JournalCommand, split.keys, split.rest, io, settings);
  }
  if (command !== 'report' && command !== 'classify') {
    return undefined;
  }
  const split = splitKeyOptions(args);
  if (typeof split === 'string') {
    return usageError(command, split, io);
  }
  const { keys } = split;
  if (keys.opaqueNames || keys.undo || keys.newPassphrase !== undefined || keys.recipients.length > 0 || keys.recipientsFiles.length > 0) {
    return usageError(command, 'only --passphrase-file, --passphrase-env and --identity go with reading; the other key options are for encrypt and change-passphrase', io);
  }
  if (!hasKeyOption(args) && !readsEncrypted(command, split.rest)) {
    return undefined;
  }
  if (!hasKeyOption(args) && io.readSecret === undefined) {
    return usageError(command, command === 'report'
      ? `${split.rest[0] ?? 'DIR'} is an encrypted journal: give --passphrase-file FILE, --passphrase-env NAME or --identity FILE to read it`
      : 'encrypted entries (.age) need --passphrase-file FILE, --passphrase-env NAME or --identity FILE', io);
  }
  const credential = await readCredential(keys, io, { label: 'Passphrase', confirm: false });
  if (!credential.ok) {
    return usageError(command, credential.message, io);
  }
  return command === 'report' ? runEncryptedReport(split.rest, credential.value, io) : runEncryptedClassify(split.rest, credential.value, io);
}
