// A child process of the kill tests (test/unit/node/killedSave.test.ts, killedMigration.test.ts):
// started ahead (so the test can start the next one while it checks the last), given one job (a line
// of JSON on its stdin), its stdout watched so the test can kill it on a line it writes, never on a
// clock; killed with SIGKILL after `hangMs` should the test fail to kill it. Not a test file.
import { spawn } from 'node:child_process';

/** How the child ended, and all it wrote. */
export interface ChildEnd {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: string;
  readonly err: string;
}

export interface JobChild {
  /** Gives it `job`; `watch` is called with all of its stdout so far after each chunk; resolves once it has ended. */
  run(job: unknown, watch: (out: string) => void, hangMs: number): Promise<ChildEnd>;
  /** Kills it with SIGKILL, if it still runs. */
  kill(): void;
}

/** Starts `script` (a bundled .js) in a Node process that waits for its job. */
export function startJobChild(script: string): JobChild {
  const running = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let watching: ((out: string) => void) | undefined;
  running.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  running.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    watching?.(out);
  });
  const ended = new Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null }>((resolve, reject) => {
    running.on('error', reject);
    running.on('close', (code, signal) => resolve({ code, signal }));
  });
  const kill = (): void => {
    running.kill('SIGKILL');
  };
  return {
    async run(job, watch, hangMs) {
      watching = watch;
      const hang = setTimeout(kill, hangMs);
      running.stdin.end(`${JSON.stringify(job)}\n`);
      const { code, signal } = await ended.finally(() => clearTimeout(hang));
      return { code, signal, out, err };
    },
    kill,
  };
}
