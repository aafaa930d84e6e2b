// age keys as people keep them: identity files as `age-keygen` writes them (comments, one
// `AGE-SECRET-KEY-1…` per line) and recipients (`age1…`), one per line as `age -R` reads them. Parsing
// reports the line of anything it cannot use; it never echoes a secret key back in a message.
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';

export type KeysParse =
  | { readonly ok: true; readonly keys: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** The lines that hold keys: not blank, not `#` comments; CRLF and surrounding spaces tolerated. */
function keyLines(text: string): { readonly line: number; readonly text: string }[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter((line) => line.text !== '' && !line.text.startsWith('#'));
}

/**
 * The identities of an identity file. X25519 (`AGE-SECRET-KEY-1…`) and the library's post-quantum
 * hybrid keys (`AGE-SECRET-KEY-PQ-1…`) are read; plugin identities (`AGE-PLUGIN-…`) are refused with
 * their line, as is anything else. An identity file that is itself age-encrypted (`age -p`) is
 * recognised by `isAgeFileText` first and must be decrypted by the caller.
 */
export async function parseIdentities(text: string): Promise<KeysParse> {
  const lines = keyLines(text);
  if (lines.length === 0) {
    return { ok: false, message: 'holds no identity (expected a line starting AGE-SECRET-KEY-1, as age-keygen writes)' };
  }
  const keys: string[] = [];
  for (const line of lines) {
    if (line.text.startsWith('AGE-PLUGIN-')) {
      return { ok: false, message: `line ${line.line} is an age plugin identity, which this product cannot use` };
    }
    if (!line.text.startsWith('AGE-SECRET-KEY-')) {
      return { ok: false, message: `line ${line.line} is not an age identity (expected AGE-SECRET-KEY-1…)` };
    }
    try {
      await identityToRecipient(line.text);
    } catch {
      return { ok: false, message: `line ${line.line} is not a valid age identity (a character is wrong or missing)` };
    }
    keys.push(line.text);
  }
  return { ok: true, keys };
}

/** Recipients, one per line (`age1…`), as `age -R FILE` reads them; SSH keys are not supported here. */
export function parseRecipients(text: string): KeysParse {
  const keys: string[] = [];
  for (const line of keyLines(text)) {
    const problem = recipientProblem(line.text);
    if (problem !== undefined) {
      return { ok: false, message: `line ${line.line}: ${problem}` };
    }
    keys.push(line.text);
  }
  return keys.length === 0 ? { ok: false, message: 'holds no recipient (expected a line starting age1)' } : { ok: true, keys };
}

/** Why `text` is not a recipient this product can encrypt to, or undefined when it is one. */
export function recipientProblem(text: string): string | undefined {
  if (text.startsWith('ssh-')) {
    return 'an SSH key; use an age recipient (age1…) instead';
  }
  if (!text.startsWith('age1')) {
    return `"${text.slice(0, 20)}" is not an age recipient (expected age1…)`;
  }
  try {
    new Encrypter().addRecipient(text);
    return undefined;
  } catch {
    return `"${text.slice(0, 20)}…" is not a valid age recipient (a character is wrong or missing)`;
  }
}

/** The recipient (public key, `age1…`) of an identity. */
export function recipientOf(identity: string): Promise<string> {
  return identityToRecipient(identity);
}

/** Whether text is an age file (binary header or armor), e.g. an identity file protected with `age -p`. */
export function isAgeFileText(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('age-encryption.org/') || start.startsWith('-----BEGIN AGE ENCRYPTED FILE-----');
}

/** The same test on a file's bytes, which for a binary age file are not UTF-8 past the header. */
export function isAgeFileBytes(bytes: Uint8Array): boolean {
  return isAgeFileText(String.fromCharCode(...bytes.subarray(0, 64)));
}

export interface NewIdentity {
  readonly identity: string;
  readonly recipient: string;
  /** The identity file, exactly as `age-keygen` lays it out, so `age -i` reads it. */
  readonly fileText: string;
}

/** A new X25519 identity from a secure random source (WebCrypto's getRandomValues). */
export async function newIdentity(created: Date): Promise<NewIdentity> {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const stamp = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { identity, recipient, fileText: `# created: ${stamp}\n# public key: ${recipient}\n${identity}\n` };
}
