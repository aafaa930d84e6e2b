// Why an age file could not be opened, always with the file it was. The kinds are stable (the
// extension will translate them); the messages are the CLI's English.
import { pluralForm } from '../text/format';

export type AgeFailureKind =
  /** Not an age file at all (no `age-encryption.org/` line, no armor). */
  | 'not-age'
  /** Encrypted with a passphrase, and none of the passphrases given opens it. */
  | 'wrong-passphrase'
  /** Encrypted to recipients (keys), and none of the identities given opens it. */
  | 'wrong-key'
  /** Ends before its header or its data is complete. */
  | 'truncated'
  /** Fails age's integrity checks: a changed byte, a spliced header, a payload cut at a chunk boundary. */
  | 'damaged'
  /** An age feature this product does not read: another format version, a plugin, a work factor over 2^20. */
  | 'unsupported';

export interface AgeFailure {
  /** The file as the caller named it (journal-relative path, or the path given on the command line). */
  readonly file: string;
  readonly kind: AgeFailureKind;
  /** One sentence naming the file, for people. */
  readonly message: string;
  /** The library's own words, when it gave any, for the curious and for bug reports. */
  readonly detail?: string;
  /** What was given to open it, for a message in another language (core/encryption/reasons.ts `ageReason`). */
  readonly given?: KeysGiven;
}

/** A failure as an exception, for callers that throw; the failure, file included, travels with it. */
export class AgeError extends Error {
  constructor(readonly failure: AgeFailure) {
    super(failure.message);
    this.name = 'AgeError';
  }
}

/** What the decryption was given, so a message can say what did not match. */
export interface KeysGiven {
  readonly passphrases: number;
  readonly identities: number;
}

export function ageFailure(file: string, kind: AgeFailureKind, given: KeysGiven, detail?: string): AgeFailure {
  const message = describe(file, kind, given, detail);
  return detail === undefined ? { file, kind, message, given } : { file, kind, message, detail, given };
}

function describe(file: string, kind: AgeFailureKind, given: KeysGiven, detail: string | undefined): string {
  switch (kind) {
    case 'not-age':
      return `${file} is not an age-encrypted file`;
    case 'wrong-passphrase':
      return given.passphrases === 0
        ? `${file} is encrypted with a passphrase, and no passphrase was given`
        : `${file} does not open with ${pluralForm(given.passphrases, 'this passphrase', 'any of these passphrases')}`;
    case 'wrong-key':
      return given.identities === 0
        ? `${file} is encrypted to a key (an age recipient), and no identity was given to open it`
        : `${file} is encrypted to another key: ${pluralForm(given.identities, 'the identity given does not open it', `none of the ${given.identities} identities given opens it`)}`;
    case 'truncated':
      return `${file} is cut short: the encrypted file ends before it is complete`;
    case 'damaged':
      return `${file} is damaged: it fails age's integrity check (a byte was changed or the file was cut short)`;
    case 'unsupported':
      return `${file} uses an age feature this product does not read${detail === undefined ? '' : ` (${detail})`}`;
  }
}
