// Which command lines the encryption module (encryptionCli.ts) runs: `encrypt`, `decrypt` and
// `change-passphrase`, and `report` / `classify` given a key option or reading something encrypted.
// Decided from the arguments and, for a report, whether DIR holds an encrypted journal's descriptor,
// so that run.ts loads the encryption module, and the age library with it, only for these.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DESCRIPTOR_PATH } from '../../core/encryption/productFiles';
import { parseReportArgs } from '../reportArgs';
import { hasKeyOption } from './keyOptions';

export const JOURNAL_COMMANDS: ReadonlySet<string> = new Set(['encrypt', 'decrypt', 'change-passphrase']);

/** Whether the encryption module runs this command line (it may still find it is not its own, and say so). */
export function isEncryptionCommand(command: string, args: readonly string[]): boolean {
  if (JOURNAL_COMMANDS.has(command)) {
    return true;
  }
  return (command === 'report' || command === 'classify') && (hasKeyOption(args) || readsEncrypted(command, args));
}

/** Whether a report or classify without key options reads something encrypted (then it needs a key). */
export function readsEncrypted(command: 'report' | 'classify', rest: readonly string[]): boolean {
  if (command === 'classify') {
    return rest.some((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.age'));
  }
  const report = parseReportArgs(rest);
  return typeof report !== 'string' && existsSync(join(report.dir, ...DESCRIPTOR_PATH.split('/')));
}
