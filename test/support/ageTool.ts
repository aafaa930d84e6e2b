// The reference `age` command-line tool (Debian's package `age`, installed by .ci/run), for the
// interoperability tests. Missing tools fail the test with what to install: an interop test that
// skips itself proves nothing.
//
// `age` reads a passphrase only from a terminal, never from a pipe. `script` (util-linux, part of
// every Debian) gives it one: the passphrase lines written to script's standard input reach age's
// terminal, unattended (checked on age 1.1.1 / util-linux 2.38).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function requireTool(command: string, args: readonly string[], install: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error !== undefined || result.status !== 0) {
    throw new Error(`the reference tool "${command}" is not available (${result.error?.message ?? result.stderr.trim()}): ${install}`);
  }
  return `${result.stdout}${result.stderr}`.trim();
}

/** Fails with an install hint when `age`, `age-keygen` or `script` is missing; returns age's version. */
export function requireAge(): string {
  requireTool('age-keygen', ['--version'], 'install Debian\'s package "age" (apt-get install age; .ci/run does)');
  requireTool('script', ['--version'], 'install Debian\'s package "bsdutils" (util-linux\'s script)');
  return requireTool('age', ['--version'], 'install Debian\'s package "age" (apt-get install age; .ci/run does)');
}

export interface ToolRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `age` with the arguments, no terminal (recipients and identity files only). */
export function runAge(args: readonly string[], cwd: string): ToolRun {
  const result = spawnSync('age', args, { cwd, encoding: 'utf8' });
  if (result.error !== undefined) {
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function shellQuote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs `age` in a pseudo-terminal and types `lines` into it (a passphrase, and its confirmation when
 * encrypting). Output must go to a file (`-o`): the terminal's output holds age's prompts.
 */
export function runAgeInTerminal(args: readonly string[], lines: readonly string[], cwd: string): ToolRun {
  const command = ['age', ...args].map(shellQuote).join(' ');
  const result = spawnSync('script', ['--quiet', '--return', '--command', command, '/dev/null'], {
    cwd,
    input: lines.map((line) => `${line}\n`).join(''),
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    timeout: 120_000,
  });
  if (result.error !== undefined) {
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A temporary folder for the enclosing `describe`'s age runs: made after `requireAge()` (which fails
 * every test there when age is missing), removed after them. Returns its path, known once they start.
 */
export function useAgeDir(prefix: string): () => string {
  let dir = '';
  before(() => {
    requireAge();
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  after(() => {
    if (dir !== '') {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return () => dir;
}
