// From key options to what the core needs: a passphrase read from its file (or standard input), age
// identities read from identity files — including identity files that are themselves encrypted with a
// passphrase (`age -p`), opened with --passphrase-file — and extra recipients.
import { readFile } from 'node:fs/promises';
import { createOpener } from '../../core/crypto/ageFile';
import { isAgeFileBytes, parseIdentities, parseRecipients, recipientProblem } from '../../core/crypto/ageKeys';
import { fromUtf8 } from '../../core/crypto/bytes';
import { passphraseCandidates, passphraseFromFile } from '../../core/crypto/passphrase';
import type { Credential } from '../../core/encryption/journalKey';
import type { CliIo } from '../io';
import type { KeyOptions } from './keyOptions';

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

function failed<T>(message: string): Read<T> {
  return { ok: false, message };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readBytes(path: string): Promise<Read<Uint8Array>> {
  try {
    return { ok: true, value: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return failed(`cannot read ${path}: ${messageOf(error)}`);
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

/** The passphrase in `path` (its first line), or from the first line of standard input for `-`. */
export async function readPassphrase(path: string, io: CliIo): Promise<Read<string>> {
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

/** The identities in an identity file; one encrypted with a passphrase is opened with `passphrase`. */
async function readIdentityFile(path: string, passphrase: string | undefined): Promise<Read<readonly string[]>> {
  const bytes = await readBytes(path);
  if (!bytes.ok) {
    return bytes;
  }
  let text = fromUtf8(bytes.value);
  if (isAgeFileBytes(bytes.value)) {
    if (passphrase === undefined) {
      return failed(`the identity file ${path} is encrypted: give its passphrase with --passphrase-file`);
    }
    const opened = await createOpener({ passphrases: passphraseCandidates(passphrase), identities: [] }).open(path, bytes.value);
    if (!opened.ok) {
      return failed(`the identity file ${opened.failure.message}`);
    }
    text = fromUtf8(opened.bytes);
  }
  const parsed = await parseIdentities(text ?? '');
  return parsed.ok ? { ok: true, value: parsed.keys } : failed(`the identity file ${path} ${parsed.message}`);
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
 * The credential the options give: a passphrase (--passphrase-file), or identities (--identity, any
 * number; an encrypted one opened with --passphrase-file) with any extra recipients.
 */
export async function readCredential(keys: KeyOptions, io: CliIo, required: boolean): Promise<Read<Credential | undefined>> {
  const passphrase = keys.passphraseFile === undefined ? undefined : await readPassphrase(keys.passphraseFile, io);
  if (passphrase !== undefined && !passphrase.ok) {
    return passphrase;
  }
  if (keys.identityFiles.length === 0) {
    if (keys.recipients.length > 0 || keys.recipientsFiles.length > 0) {
      return failed('--recipient and --recipients-file go with --identity: a passphrase journal is encrypted to its own key');
    }
    if (passphrase === undefined) {
      return required ? failed('give --passphrase-file FILE, or --identity FILE') : { ok: true, value: undefined };
    }
    return { ok: true, value: { kind: 'passphrase', passphrase: passphrase.value } };
  }
  if (passphrase !== undefined && !(await anyEncryptedIdentityFile(keys.identityFiles))) {
    return failed('give either --passphrase-file or --identity, not both (a passphrase goes with --identity only when the identity file is itself encrypted)');
  }
  const identities: string[] = [];
  for (const path of keys.identityFiles) {
    const read = await readIdentityFile(path, passphrase?.value);
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
