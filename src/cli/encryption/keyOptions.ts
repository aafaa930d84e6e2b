// The key options of the encryption commands and of `report`/`classify` over an encrypted journal:
// taken out of the arguments, so the rest can go to the command's own parser unchanged.

export interface KeyOptions {
  /** First line of the file is the passphrase; `-` reads it from standard input. */
  readonly passphraseFile?: string;
  readonly newPassphraseFile?: string;
  /** age identity files (as age-keygen writes them, or themselves encrypted with a passphrase). */
  readonly identityFiles: readonly string[];
  /** Extra recipients to encrypt to, besides the identities' own. */
  readonly recipients: readonly string[];
  readonly recipientsFiles: readonly string[];
  readonly opaqueNames: boolean;
  readonly undo: boolean;
}

export interface SplitArgs {
  readonly keys: KeyOptions;
  /** The arguments that are not key options, in order. */
  readonly rest: readonly string[];
}

const VALUED = new Set(['--passphrase-file', '--new-passphrase-file', '--identity', '-i', '--recipient', '-r', '--recipients-file', '-R']);
const FLAGS = new Set(['--opaque-names', '--undo']);

/** Whether any key option is among the arguments (then report and classify read encrypted entries). */
export function hasKeyOption(args: readonly string[]): boolean {
  return args.some((arg) => VALUED.has(arg.split('=')[0] ?? '') || FLAGS.has(arg));
}

export function splitKeyOptions(args: readonly string[]): SplitArgs | string {
  let passphraseFile: string | undefined;
  let newPassphraseFile: string | undefined;
  const identityFiles: string[] = [];
  const recipients: string[] = [];
  const recipientsFiles: string[] = [];
  let opaqueNames = false;
  let undo = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    if (FLAGS.has(name) && equals < 0) {
      opaqueNames ||= name === '--opaque-names';
      undo ||= name === '--undo';
      continue;
    }
    if (!VALUED.has(name)) {
      rest.push(arg);
      continue;
    }
    const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
    if (value === undefined || value === '') {
      return `${name} needs a value`;
    }
    switch (name) {
      case '--passphrase-file':
        if (passphraseFile !== undefined) {
          return '--passphrase-file can be given once';
        }
        passphraseFile = value;
        break;
      case '--new-passphrase-file':
        if (newPassphraseFile !== undefined) {
          return '--new-passphrase-file can be given once';
        }
        newPassphraseFile = value;
        break;
      case '--identity':
      case '-i':
        identityFiles.push(value);
        break;
      case '--recipient':
      case '-r':
        recipients.push(value);
        break;
      default:
        recipientsFiles.push(value);
    }
  }
  if (passphraseFile === '-' && newPassphraseFile === '-') {
    return 'only one of the passphrases can come from standard input (-)';
  }
  const keys: KeyOptions = {
    identityFiles, recipients, recipientsFiles, opaqueNames, undo,
    ...(passphraseFile === undefined ? {} : { passphraseFile }),
    ...(newPassphraseFile === undefined ? {} : { newPassphraseFile }),
  };
  return { keys, rest };
}
