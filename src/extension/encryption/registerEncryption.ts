// The encrypted journal's lines of the activation table (activationTable.ts) — Encrypt Journal…,
// Decrypt Journal…, Change Journal Passphrase… and the `ljencrypted:` file system — registered in one
// call from features.ts, the composition root, with the gate it built (encryptionGate.ts). Only the
// gate is imported: dist/encryption.js loads when one of them first runs, never here.
import type * as vscode from 'vscode';
import type { RoomHandlers } from '../activationTable';
import { encryptionCommands, encryptionProviders, type EncryptionGate } from './encryptionGate';

export function registerEncryption(_context: vscode.ExtensionContext, services: { readonly encryption: EncryptionGate }): Pick<RoomHandlers<'encryption/encryptionGate'>, 'commands' | 'providers'> {
  return {
    commands: encryptionCommands(services),
    providers: encryptionProviders(services),
  };
}
