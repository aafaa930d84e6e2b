// The two small plain files that say what state an encrypted journal is in: the descriptor
// (`encryption.json`: encrypted, and how) and the migration marker (`migration.json`: an operation is
// under way, with its progress). Neither holds a secret or an entry's name. Both are read strictly:
// anything unexpected is reported, never guessed.
import { fromUtf8, utf8 } from '../crypto/bytes';
import { inEnglish, reason, type Reason } from './reasons';

export type KeyMode = 'passphrase' | 'identity';
export type NameMode = 'readable' | 'opaque';
export type Operation = 'encrypt' | 'decrypt' | 'change-passphrase';

export interface EncryptionDescriptor {
  /** `passphrase`: entries are sealed to the journal key in key.age; `identity`: to the user's own recipients. */
  readonly mode: KeyMode;
  readonly names: NameMode;
  /**
   * `identity` journals: recipients (age public keys, a backup key say) every entry is sealed to
   * besides the identities' own, kept so that entries saved or encrypted later include them too.
   */
  readonly recipients?: readonly string[];
}

export interface MigrationMarker {
  readonly operation: Operation;
  /** A passphrase change being undone (entries going back to the old key). */
  readonly undo: boolean;
  readonly startedAt: string;
  /** Entries converted by this operation so far, and entries it found to do: progress for people only. */
  readonly done: number;
  readonly total: number;
}

const DESCRIPTOR_FORMAT = 'leadership-journal-encryption';
const MARKER_FORMAT = 'leadership-journal-migration';

function json(value: unknown): Uint8Array {
  return utf8(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * The state file in `bytes` as `fields` reads its record, once it is a JSON object of `format`,
 * version 1; or why it is not (`fields` says what is wrong with the fields themselves).
 */
function readState<T>(bytes: Uint8Array, format: string, fields: (record: Record<string, unknown>) => T | Reason): T | Reason {
  const text = fromUtf8(bytes);
  let value: unknown;
  try {
    value = text === undefined ? undefined : JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return reason('state-not-json');
  }
  const record = value as Record<string, unknown>;
  if (record['format'] !== format) {
    return reason('state-not-format', format);
  }
  if (record['version'] !== 1) {
    return reason('state-version', String(record['version']));
  }
  return fields(record);
}

export function descriptorBytes(descriptor: EncryptionDescriptor): Uint8Array {
  return json({
    format: DESCRIPTOR_FORMAT,
    version: 1,
    about: 'This journal is encrypted with age (https://age-encryption.org). Entries are NAME.md.age files; see "Encrypted journal" in the Leadership Journal README.',
    mode: descriptor.mode,
    names: descriptor.names,
    ...(descriptor.recipients !== undefined && descriptor.recipients.length > 0 ? { recipients: descriptor.recipients } : {}),
  });
}

/** The descriptor in `bytes`, or why it cannot be read, in English. */
export function parseDescriptor(bytes: Uint8Array): EncryptionDescriptor | string {
  return inEnglish(readDescriptor(bytes));
}

/** The descriptor in `bytes`, or why it cannot be read, as a reason to word (reasons.ts). */
export function readDescriptor(bytes: Uint8Array): EncryptionDescriptor | Reason {
  return readState(bytes, DESCRIPTOR_FORMAT, ({ mode, names, recipients }) => {
    if ((mode !== 'passphrase' && mode !== 'identity') || (names !== 'readable' && names !== 'opaque')) {
      return reason('state-unknown-mode');
    }
    if (recipients === undefined) {
      return { mode, names };
    }
    if (!Array.isArray(recipients) || !recipients.every((recipient) => typeof recipient === 'string' && /^age1[02-9ac-hj-np-z]+$/.test(recipient))) {
      return reason('state-bad-recipients');
    }
    return { mode, names, recipients: recipients as string[] };
  });
}

export function markerBytes(marker: MigrationMarker): Uint8Array {
  return json({ format: MARKER_FORMAT, version: 1, ...marker });
}

/** The migration marker in `bytes`, or why it cannot be read, in English. */
export function parseMarker(bytes: Uint8Array): MigrationMarker | string {
  return inEnglish(readMarker(bytes));
}

/** The migration marker in `bytes`, or why it cannot be read, as a reason to word (reasons.ts). */
export function readMarker(bytes: Uint8Array): MigrationMarker | Reason {
  return readState(bytes, MARKER_FORMAT, ({ operation, undo, startedAt, done, total }) => {
    if ((operation !== 'encrypt' && operation !== 'decrypt' && operation !== 'change-passphrase')
      || typeof undo !== 'boolean' || typeof startedAt !== 'string' || typeof done !== 'number' || typeof total !== 'number') {
      return reason('state-incomplete');
    }
    return { operation, undo, startedAt, done, total };
  });
}
