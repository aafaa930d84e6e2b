// The extension's decisions about a journal encrypted to age keys kept in a file (descriptor mode
// `identity`), kept apart from VS Code so they can be tested: which identity file to try (a file
// picked in this workspace, else the `encryption.identityFile` setting, else ask; only where the host
// reads files — the web host never gets here, extension/encryption/identityKeys.web.ts), whether a file
// that opened the journal is remembered, and which keys the extension can use — X25519 only, since
// its bundle leaves out the age library's post-quantum and P-256 code (crypto/noPostQuantum.ts):
// such keys are the command line's. Only paths are decided on here; a key file's contents are read
// by the caller when needed, used in memory, and never stored.
import { recipientProblem } from '../crypto/ageKeys';
import type { KeyRead } from './identityFile';
import { englishReason, reason, type Reason } from './reasons';

/** Where the identity file comes from this time. */
export type IdentitySource =
  | { readonly kind: 'file'; readonly path: string; readonly from: 'remembered' | 'setting' }
  /** Ask the user to pick the file. */
  | { readonly kind: 'ask' };

export interface IdentitySourceInput {
  /** `leadershipJournal.encryption.identityFile`, as set ('' when not). */
  readonly setting: string;
  /** The file picked earlier in this workspace for this journal, if any. */
  readonly remembered: string | undefined;
  /** The user asked to pick another file (the last one did not open the journal, or could not be read). */
  readonly choosing: boolean;
}

/**
 * The file to try: the one picked in this workspace (the more specific choice, as a workspace
 * setting beats a user one), else the setting, else ask. Asked when the user chose to pick another.
 */
export function identitySource(input: IdentitySourceInput): IdentitySource {
  if (input.choosing) {
    return { kind: 'ask' };
  }
  const remembered = input.remembered?.trim() ?? '';
  if (remembered !== '') {
    return { kind: 'file', path: remembered, from: 'remembered' };
  }
  const setting = input.setting.trim();
  return setting === '' ? { kind: 'ask' } : { kind: 'file', path: setting, from: 'setting' };
}

/**
 * Whether the path of a file that opened the journal is remembered for this workspace: when it was
 * picked (a file from the setting is found there again), and is not what is remembered already.
 */
export function shouldRemember(source: IdentitySource, path: string, remembered: string | undefined): boolean {
  return source.kind === 'ask' && path !== remembered;
}

/** `~/x` and `~` as the home folder; anything else as it is. */
export function expandHome(path: string, home: string): string {
  const trimmed = path.trim();
  if (trimmed === '~') {
    return home;
  }
  return /^~[/\\]/.test(trimmed) ? `${home.replace(/[/\\]+$/, '')}${trimmed.slice(1)}` : trimmed;
}

const X25519_IDENTITY = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;
const X25519_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

const CLI_ONLY = 'the extension uses X25519 age keys (age-keygen\'s default) only; for this one use the command line (leadership-journal --identity)';

/** Why the extension cannot use these identities (a post-quantum key, say), or undefined when it can. */
export function identitiesProblem(identities: readonly string[]): string | undefined {
  const index = identities.findIndex((identity) => !X25519_IDENTITY.test(identity));
  return index < 0 ? undefined : `key ${index + 1} of the identity file is not an X25519 key: ${CLI_ONLY}`;
}

/** Why the extension cannot seal entries to these recipients (the journal's backup keys), as a reason to word; undefined when it can. */
export function recipientsReason(recipients: readonly string[]): Reason | undefined {
  const other = recipients.find((recipient) => !X25519_RECIPIENT.test(recipient));
  return other === undefined ? undefined : reason('recipient-not-x25519', other.slice(0, 12));
}

/** recipientsReason in English. */
export function recipientsProblem(recipients: readonly string[]): string | undefined {
  const why = recipientsReason(recipients);
  return why === undefined ? undefined : englishReason(why);
}

/**
 * Extra recipients as typed in one line (age public keys separated by spaces or commas; empty for
 * none), each checked as `age -r` would, and X25519 only.
 */
export function parseRecipientList(text: string): KeyRead<readonly string[]> {
  const recipients: string[] = [];
  for (const word of text.split(/[\s,;]+/).filter((part) => part !== '')) {
    // A post-quantum or tag key is named as such before the library (whose code for them the
    // extension leaves out) is asked whether it is valid.
    const problem = /^age1(pq|tag)/.test(word) ? recipientsProblem([word]) : recipientProblem(word) ?? recipientsProblem([word]);
    if (problem !== undefined) {
      return { ok: false, message: problem };
    }
    if (!recipients.includes(word)) {
      recipients.push(word);
    }
  }
  return { ok: true, value: recipients };
}
