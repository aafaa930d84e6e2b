// How code-server is launched, as data: the command line and the environment, built by a pure
// function so the unit tier can check what reaches the process list (issue #18, item 9).
// Contract: the server binds 127.0.0.1 only. With a password it runs code-server's own password
// mode, and the password travels in the PASSWORD environment variable, never in argv: argv is
// readable by every user of the machine (`ps`, /proc/PID/cmdline), a process's environment only by
// its own user and root, and code-server deletes PASSWORD from its environment before it starts the
// extension host and terminals. A HASHED_PASSWORD inherited from the caller would win over PASSWORD
// in code-server, so it is dropped. Without a password (the E2E tier, whose servers live for one
// test) authentication is off. code-server's config file is one of its own beside the user data,
// so a developer's ~/.config/code-server/config.yaml neither changes the launch nor gets written.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export interface CodeServerLaunchOptions {
  readonly workspace: string;
  readonly extensionsDir: string;
  readonly userDataDir: string;
  /** Password authentication with this password; authentication is off without one. */
  readonly password?: string;
  /** Extra environment for the server and so for the extension host. */
  readonly env?: Readonly<Record<string, string>>;
  /** Start with no folder open. */
  readonly noFolder?: boolean;
  /** More command-line arguments for code-server, e.g. `['--locale', 'de']`. */
  readonly args?: readonly string[];
  /** Keep Workspace Trust on. */
  readonly workspaceTrust?: boolean;
}

export interface CodeServerLaunch {
  /** Arguments after the Node binary: code-server's entry script first. */
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/** Passwords shorter than this are refused: the server is a terminal as the developer. */
export const MIN_PASSWORD_LENGTH = 16;

/** A fresh password: 18 random bytes from the OS's CSPRNG, base64url (24 characters, 144 bits). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/** The command line and environment that start code-server on `127.0.0.1:port` with `options`. */
export function codeServerLaunch(
  entry: string,
  port: number,
  options: CodeServerLaunchOptions,
  parentEnv: Readonly<Record<string, string | undefined>>,
): CodeServerLaunch {
  if (options.password !== undefined && options.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`a code-server password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(parentEnv)) {
    if (value !== undefined && key !== 'PASSWORD' && key !== 'HASHED_PASSWORD') {
      env[key] = value;
    }
  }
  Object.assign(env, options.env, { CODE_SERVER_CONFIG: join(options.userDataDir, 'code-server.yaml') });
  if (options.password !== undefined) {
    env.PASSWORD = options.password;
  }
  const args = [
    entry,
    '--auth', options.password === undefined ? 'none' : 'password',
    '--bind-addr', `127.0.0.1:${port}`,
    '--extensions-dir', options.extensionsDir,
    '--user-data-dir', options.userDataDir,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    ...(options.args ?? []),
    ...(options.noFolder ? [] : [options.workspace]),
  ];
  return { args, env };
}
