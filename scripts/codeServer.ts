// Starts the real VS Code (code-server) on loopback for `npm start` and the E2E tier.
// Contract: binds 127.0.0.1 only, on a free port chosen by the OS; with a password, in code-server's
// password mode (the password in the environment, never in argv: see codeServerLaunch.ts), without
// one with authentication off (the E2E tier's short-lived servers); resolves once the server answers
// HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { codeServerLaunch } from './codeServerLaunch';
import { vscodeTestPaths } from './vscodePaths';

export interface CodeServerOptions {
  readonly workspace: string;
  readonly extensionsDir: string;
  readonly userDataDir: string;
  /** Extra environment for the server and so for the extension host. */
  readonly env?: Readonly<Record<string, string>>;
  /** Start with no folder open. */
  readonly noFolder?: boolean;
  /** User settings written before start. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Print the server's own output as it comes. */
  readonly echo?: boolean;
  /** More command-line arguments for code-server, e.g. `['--locale', 'de']`. */
  readonly args?: readonly string[];
  /** Keep Workspace Trust on, so a folder opens in Restricted Mode until trusted (off by default). */
  readonly workspaceTrust?: boolean;
  /** Password authentication with this password (`npm start`); off without one. */
  readonly password?: string;
}

export interface RunningCodeServer {
  readonly url: string;
  /** The workbench URL with the workspace folder open. */
  readonly workspaceUrl: string;
  /** Everything the server printed so far. */
  readonly output: () => string;
  /** The server's process id (to check what its process list entry shows). */
  readonly pid: number | undefined;
  readonly stop: () => Promise<void>;
}

/** Settings that keep a test or demo workbench quiet and offline. */
export const QUIET_SETTINGS: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited with ${child.exitCode} before it listened:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer within ${timeoutMs} ms:\n${output()}`);
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const paths = vscodeTestPaths();
  const port = await freePort();
  mkdirSync(join(options.userDataDir, 'User'), { recursive: true });
  mkdirSync(options.extensionsDir, { recursive: true });
  writeFileSync(
    join(options.userDataDir, 'User', 'settings.json'),
    JSON.stringify({
      ...QUIET_SETTINGS,
      ...(options.workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {}),
      ...options.settings,
    }, null, 2),
  );
  const launch = codeServerLaunch(paths.codeServerEntry, port, options, process.env);
  const child = spawn(paths.node, launch.args, {
    env: launch.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const collect = (chunk: Buffer): void => {
    log += chunk.toString();
    if (options.echo) {
      process.stderr.write(chunk);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  const output = (): string => log;
  try {
    await waitForHttp(url, child, output, 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    workspaceUrl: `${url}/?folder=${encodeURIComponent(options.workspace)}`,
    output,
    pid: child.pid,
    stop: () => new Promise<void>((resolveStop) => {
      if (child.exitCode !== null) {
        resolveStop();
        return;
      }
      child.once('exit', () => resolveStop());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    }),
  };
}
