// What a Node host installs as its age crypto (core/crypto/ageHostCrypto.ts): node:crypto for the
// passphrase's scrypt (nativeScrypt.ts), the X25519 identity (nativeX25519.ts) and the payload
// (nativePayload.ts), and whole entries sealed to an X25519 key (nativeFile.ts: the header read and its
// MAC checked natively too). The age library parses every other header and checks its MAC.
import type { AgeHostCrypto } from '../../core/crypto/ageHostCrypto';
import { openFile } from './nativeFile';
import { openPayload } from './nativePayload';
import { NativeScryptIdentity, NativeScryptRecipient } from './nativeScrypt';
import { NativeX25519Identity } from './nativeX25519';

export const nativeAgeCrypto: AgeHostCrypto = {
  passphraseIdentity: (passphrase) => new NativeScryptIdentity(passphrase),
  passphraseRecipient: (passphrase, logN) => new NativeScryptRecipient(passphrase, logN),
  x25519Identity: (scalar) => new NativeX25519Identity(scalar),
  openPayload,
  openFile,
};
