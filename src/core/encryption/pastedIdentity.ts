// An age identity pasted into a password box (from a password manager, or a key file's whole text)
// to the X25519 identities in it. A one-line box drops the line breaks of a pasted file, so keys are
// found by their prefix anywhere in the text, not line by line; comments and the public key around
// them are ignored. What cannot be used is named by kind, for the caller to say in the user's
// language; nothing here keeps the text or echoes it back.
import { isAgeFileText, recipientOf } from '../crypto/ageKeys';

/** Why pasted text cannot open a journal. */
export type PasteProblem =
  | 'empty'
  /** No `AGE-SECRET-KEY-1…` in it. */
  | 'no-key'
  /** An age-encrypted file (a key file protected with `age -p`), not a key. */
  | 'encrypted'
  /** A post-quantum or plugin identity: the command line's (keyFileChoice.ts). */
  | 'not-x25519'
  /** A key with a character wrong or missing (its checksum fails). */
  | 'invalid';

export type PasteRead = { readonly ok: true; readonly identities: readonly string[] } | { readonly ok: false; readonly problem: PasteProblem };

const PREFIX = 'AGE-SECRET-KEY-1';
/** Bech32's alphabet, upper case, and the length of an X25519 key's data and checksum. */
const KEY_BODY = /^[02-9AC-HJ-NP-Z]{58}/;

/** The keys as found, and a problem the text shows without checking a checksum. */
function scan(text: string): { readonly keys: readonly string[]; readonly problem?: PasteProblem } {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { keys: [], problem: 'empty' };
  }
  if (isAgeFileText(trimmed)) {
    return { keys: [], problem: 'encrypted' };
  }
  if (/AGE-SECRET-KEY-PQ-|AGE-PLUGIN-/i.test(trimmed)) {
    return { keys: [], problem: 'not-x25519' };
  }
  const keys: string[] = [];
  for (const after of trimmed.split(PREFIX).slice(1)) {
    const body = KEY_BODY.exec(after)?.[0];
    if (body === undefined) {
      return { keys: [], problem: 'invalid' };
    }
    if (!keys.includes(PREFIX + body)) {
      keys.push(PREFIX + body);
    }
  }
  return keys.length === 0 ? { keys, problem: 'no-key' } : { keys };
}

/** What the box says while the user types or pastes: a problem visible in the text itself. */
export function pasteShapeProblem(text: string): PasteProblem | undefined {
  return scan(text).problem;
}

/** The X25519 identities in `text`, each checked as age checks it; or why there is none to use. */
export async function readPastedIdentity(text: string): Promise<PasteRead> {
  const { keys, problem } = scan(text);
  if (problem !== undefined) {
    return { ok: false, problem };
  }
  for (const key of keys) {
    try {
      await recipientOf(key);
    } catch {
      return { ok: false, problem: 'invalid' };
    }
  }
  return { ok: true, identities: keys };
}
