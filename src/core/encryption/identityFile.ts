// An age identity file's bytes to the identities in it, for the CLI (--identity) and the extension
// (the identity file setting or the file picked): as age-keygen writes it, or itself encrypted with a
// passphrase (`age -p`), which is opened with the passphrase the caller asks for only then. The bytes
// come from the caller, which reads them where the host can (Node's fs; a web host cannot); nothing
// here keeps or writes them. Messages name the file, never a secret key.
import { createOpener } from '../crypto/ageFile';
import { isAgeFileBytes, parseIdentities } from '../crypto/ageKeys';
import { fromUtf8 } from '../crypto/bytes';
import { passphraseCandidates } from '../crypto/passphrase';

export type KeyRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/**
 * The identities in the identity file `name` (its path, for messages) holding `bytes`; `passphrase`
 * is called only when the file is age-encrypted, and its failure is the result's.
 */
export async function identitiesOfFile(name: string, bytes: Uint8Array, passphrase: () => Promise<KeyRead<string>>): Promise<KeyRead<readonly string[]>> {
  let text = fromUtf8(bytes);
  if (isAgeFileBytes(bytes)) {
    const given = await passphrase();
    if (!given.ok) {
      return { ok: false, message: `the identity file ${name} is encrypted: ${given.message}` };
    }
    const opened = await createOpener({ passphrases: passphraseCandidates(given.value), identities: [] }).open(name, bytes);
    if (!opened.ok) {
      return { ok: false, message: `the identity file ${opened.failure.message}` };
    }
    text = fromUtf8(opened.bytes);
  }
  const parsed = await parseIdentities(text ?? '');
  return parsed.ok ? { ok: true, value: parsed.keys } : { ok: false, message: `the identity file ${name} ${parsed.message}` };
}
