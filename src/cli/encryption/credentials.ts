// From key options to what the core needs: a passphrase read from its file (or standard input), age
// identities read from identity files — including identity files that are themselves encrypted with a
// passphrase (`age -p`), opened with --passphrase-file — and extra recipients.
import { readFile } from 'node:fs/promises';
import { isAgeFileBytes, parseRecipients, recipientProblem } from '../../core/crypto/ageKeys';
import { fromUtf8 } from '../../core/crypto/bytes';
import { passphraseFromFile } from '../../core/crypto/passphrase';
import { identitiesOfFile, type KeyRead } from '../../core/encryption/identityFile';
import type { Credential } from '../../core/encryption/journalKey';
import { errorMessage } from '../../core/text/errorMessage';
import type { CliIo } from '../io';
import type { KeyOptions, PassphraseSource } from './keyOptions';

export type Read<T> = KeyRead<T>;

function failed<T>(message: string): Read<T> {
  return { ok: false, message };
}

async function readBytes(path: string): Promise<Read<Uint8Array>> {
  try {
    return { ok: true, value: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return failed(`cannot read ${path}: ${errorMessage(error)}`);
  }
}

async function readText(path: string): Promise<Read<string>> {
  const bytes = await readBytes(path);
  if (!bytes.ok) {
    return bytes;
  }
  const text = fromUtf8(bytes.value);
  return text === undefined ? failed(`${path} is not UTF-8 text`) : { ok: true, value: text };
}

/** Reads a passphrase from a file (`-`: standard input's first line; `/dev/fd/N`: a descriptor). */
async function passphraseFromPath(path: string, io: CliIo): Promise<Read<string>> {
  let text: string;
  if (path === '-') {
    text = '';
    for await (const line of io.stdinLines()) {
      text = line;
      break;
    }
  } else {
    const read = await readText(path);
    if (!read.ok) {
      return read;
    }
    text = read.value;
  }
  const parsed = passphraseFromFile(text);
  return parsed.ok ? { ok: true, value: parsed.passphrase } : failed(`the passphrase file ${path === '-' ? '(standard input)' : path} ${parsed.message}`);
}

export interface AskOptions {
  /** The prompt's words, e.g. "Passphrase" or "New passphrase". */
  readonly label: string;
  /** Ask twice and require the same answer: a passphrase that will encrypt. */
  readonly confirm: boolean;
  /** The new passphrase of change-passphrase (its options are --new-passphrase-…). */
  readonly isNew?: boolean;
}

/** Asks at the terminal, without echo; fails when there is no terminal to ask at. */
async function askPassphrase(io: CliIo, ask: AskOptions): Promise<Read<string>> {
  if (io.readSecret === undefined) {
    const option = ask.isNew === true ? '--new-passphrase' : '--passphrase';
    return failed(`no terminal to type the ${ask.label.toLowerCase()} at: give ${option}-file FILE or ${option}-env NAME`);
  }
  const first = await io.readSecret(`${ask.label}: `);
  if (first === undefined) {
    return failed('no passphrase was typed; nothing was changed');
  }
  if (first === '') {
    return failed('the passphrase is empty; nothing was changed');
  }
  if (ask.confirm) {
    const again = await io.readSecret(`${ask.label} again: `);
    if (again !== first) {
      return failed('the two passphrases typed differ; nothing was changed');
    }
  }
  return { ok: true, value: first };
}

/**
 * The passphrase from `source`: a file, an environment variable (its whole value), or, when no
 * source is given, typed at the terminal.
 */
export async function readPassphrase(source: PassphraseSource | undefined, io: CliIo, ask: AskOptions = { label: 'Passphrase', confirm: false }): Promise<Read<string>> {
  if (source === undefined) {
    return askPassphrase(io, ask);
  }
  if (source.kind === 'file') {
    return passphraseFromPath(source.path, io);
  }
  const value = io.env?.(source.name);
  if (value === undefined || value === '') {
    return failed(`the environment variable ${source.name} ${value === undefined ? 'is not set' : 'is empty'}`);
  }
  return { ok: true, value };
}

/** The identities in the identity file at `path` (core/encryption/identityFile.ts reads its bytes). */
async function readIdentityFile(path: string, passphrase: () => Promise<Read<string>>): Promise<Read<readonly string[]>> {
  const bytes = await readBytes(path);
  return bytes.ok ? identitiesOfFile(path, bytes.value, passphrase) : bytes;
}

/** Whether any identity file is itself age-encrypted (then the passphrase file is its passphrase). */
async function anyEncryptedIdentityFile(paths: readonly string[]): Promise<boolean> {
  for (const path of paths) {
    const bytes = await readBytes(path);
    if (bytes.ok && isAgeFileBytes(bytes.value)) {
      return true;
    }
  }
  return false;
}

/**
 * The credential the options give: a passphrase (--passphrase-file, --passphrase-env, or typed at
 * the terminal as `ask` says when nothing else is given), or identities (--identity, any number; an
 * encrypted one opened with the passphrase) with any extra recipients.
 */
export async function readCredential(keys: KeyOptions, io: CliIo, ask: AskOptions): Promise<Read<Credential>> {
  if (keys.identityFiles.length === 0) {
    if (keys.recipients.length > 0 || keys.recipientsFiles.length > 0) {
      return failed('--recipient and --recipients-file go with --identity: a passphrase journal is encrypted to its own key');
    }
    const passphrase = await readPassphrase(keys.passphrase, io, ask);
    return passphrase.ok ? { ok: true, value: { kind: 'passphrase', passphrase: passphrase.value } } : passphrase;
  }
  if (keys.passphrase !== undefined && !(await anyEncryptedIdentityFile(keys.identityFiles))) {
    return failed('give either a passphrase or --identity, not both (a passphrase goes with --identity only when the identity file is itself encrypted)');
  }
  let given: Promise<Read<string>> | undefined;
  const passphrase = (): Promise<Read<string>> => (given ??= readPassphrase(keys.passphrase, io, { label: 'Passphrase of the identity file', confirm: false }));
  const identities: string[] = [];
  for (const path of keys.identityFiles) {
    const read = await readIdentityFile(path, passphrase);
    if (!read.ok) {
      return read;
    }
    identities.push(...read.value);
  }
  const recipients: string[] = [];
  for (const recipient of keys.recipients) {
    const problem = recipientProblem(recipient);
    if (problem !== undefined) {
      return failed(`--recipient: ${problem}`);
    }
    recipients.push(recipient);
  }
  for (const path of keys.recipientsFiles) {
    const text = await readText(path);
    if (!text.ok) {
      return text;
    }
    const parsed = parseRecipients(text.value);
    if (!parsed.ok) {
      return failed(`the recipients file ${path}: ${parsed.message}`);
    }
    recipients.push(...parsed.keys);
  }
  return { ok: true, value: { kind: 'identity', identities, ...(recipients.length > 0 ? { recipients } : {}) } };
}
