// Entry point of `dist/encryption.js`: the encrypted journal's VS Code side with the age library and
// the core's migrations, bundled apart so that a journal that is not encrypted never loads them;
// loaded by the features the first time a journal turns out to be encrypted, an encryption command
// runs, or VS Code asks for an `ljencrypted:` file (encryptionGate.ts, encryptionModule.ts).
// The web build bundles it in.
export { changePassphraseCommand, decryptCommand, encryptCommand } from './encryptionCommands';
export { JournalVault, type EncryptionHost } from './journalVault';
