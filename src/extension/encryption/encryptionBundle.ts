// Entry point of `dist/encryption.js`: the encrypted journal's VS Code side with the age library and
// the core's migrations, bundled apart so that a journal that is not encrypted never loads them;
// loaded by the features the first time a journal turns out to be encrypted, an encryption command
// runs, or VS Code asks for an `ljencrypted:` file (encryptionGate.ts, encryptionModule.ts).
// What it shares with the features' code (the journal's location, entry kinds) it reads from
// dist/features.js rather than carrying again (../featuresCore.ts); the settings come as the
// features' service, in the vault's host (journalVault.ts's EncryptionHost). The web build bundles it in.
// Loading it installs the host's passphrase crypto (hostCrypto.ts: native scrypt in the Node host,
// the library's in the web one) before any journal unlocks.
import { installHostCrypto } from './hostCrypto';

installHostCrypto();

export { changePassphraseCommand, decryptCommand, encryptCommand } from './encryptionCommands';
export { JournalVault, type EncryptionHost } from './journalVault';
