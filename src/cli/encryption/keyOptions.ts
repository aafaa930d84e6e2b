// The key options of the encryption commands and of `report`/`classify` over an encrypted journal:
// taken out of the arguments, so the rest can go to the command's own parser unchanged. A passphrase
// itself is never an argument (it would show in the process list and the shell's history): it comes
// from a file (`-` for standard input, `/dev/fd/N` for a descriptor), from an environment variable
// named on the command line, or is typed at the terminal without echo.

/** Where a passphrase comes from; absent in KeyOptions means "ask at the terminal". */
export type PassphraseSource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'env'; readonly name: string };

export interface KeyOptions {
  readonly passphrase?: PassphraseSource;
  readonly newPassphrase?: PassphraseSource;
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

const VALUED = new Set([
  '--passphrase-file', '--passphrase-env', '--new-passphrase-file', '--new-passphrase-env',
  '--identity', '-i', '--recipient', '-r', '--recipients-file', '-R',
]);
const FLAGS = new Set(['--opaque-names', '--undo']);
/** Options that would put a passphrase on the command line: refused with a pointer to the ways that do not. */
const REFUSED = new Set(['--passphrase', '--new-passphrase', '--password', '-p']);

export const NO_PASSPHRASE_IN_ARGS = 'a passphrase is never taken from the command line (it would show in the process list and the shell\'s history): use --passphrase-file FILE, --passphrase-env NAME, or type it when asked';

function optionName(arg: string): string {
  return arg.startsWith('--') && arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
}

/** Whether any key option is among the arguments (then report and classify read encrypted entries). */
export function hasKeyOption(args: readonly string[]): boolean {
  return args.some((arg) => VALUED.has(optionName(arg)) || FLAGS.has(arg) || REFUSED.has(optionName(arg)));
}

/** The two passphrases' options: each passphrase is given at most once, from a file or a variable. */
const PASSPHRASE_OPTIONS: ReadonlyMap<string, 'passphrase' | 'newPassphrase'> = new Map([
  ['--passphrase-file', 'passphrase'], ['--passphrase-env', 'passphrase'],
  ['--new-passphrase-file', 'newPassphrase'], ['--new-passphrase-env', 'newPassphrase'],
]);
const GIVEN_TWICE = {
  passphrase: 'give the passphrase once (--passphrase-file or --passphrase-env)',
  newPassphrase: 'give the new passphrase once (--new-passphrase-file or --new-passphrase-env)',
};

export function splitKeyOptions(args: readonly string[]): SplitArgs | string {
  const passphrases: { passphrase?: PassphraseSource; newPassphrase?: PassphraseSource } = {};
  const identityFiles: string[] = [];
  const recipients: string[] = [];
  const recipientsFiles: string[] = [];
  let opaqueNames = false;
  let undo = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const name = optionName(arg);
    const inline = name !== arg;
    if (REFUSED.has(name)) {
      return NO_PASSPHRASE_IN_ARGS;
    }
    if (FLAGS.has(name) && !inline) {
      opaqueNames ||= name === '--opaque-names';
      undo ||= name === '--undo';
      continue;
    }
    if (!VALUED.has(name)) {
      rest.push(arg);
      continue;
    }
    const value = inline ? arg.slice(name.length + 1) : args[++i];
    if (value === undefined || value === '') {
      return `${name} needs a value`;
    }
    const which = PASSPHRASE_OPTIONS.get(name);
    if (which !== undefined) {
      if (passphrases[which] !== undefined) {
        return GIVEN_TWICE[which];
      }
      passphrases[which] = name.endsWith('-file') ? { kind: 'file', path: value } : { kind: 'env', name: value };
      continue;
    }
    switch (name) {
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
  const { passphrase, newPassphrase } = passphrases;
  if (passphrase?.kind === 'file' && passphrase.path === '-' && newPassphrase?.kind === 'file' && newPassphrase.path === '-') {
    return 'only one of the passphrases can come from standard input (-)';
  }
  const keys: KeyOptions = {
    identityFiles, recipients, recipientsFiles, opaqueNames, undo, ...passphrases, // Only those given.
  };
  return { keys, rest };
}
