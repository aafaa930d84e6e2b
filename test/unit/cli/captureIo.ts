// A CliIo for the CLI tests: captured stdout and stderr, given stdin lines, Monday 2026-11-23 09:00
// local time as "now", and files either from a given table or, with `disk`, from the file system.
import { readFileSync } from 'node:fs';
import type { CliIo } from '../../../src/cli/io';
import { replaceFileIfUnchanged } from '../../../src/node/replaceFile';

export interface CaptureOptions {
  readonly stdin?: readonly string[];
  readonly files?: Readonly<Record<string, string>>;
  /** Read files from disk (the report tests write a journal to a temporary folder). */
  readonly disk?: boolean;
  /**
   * Answers typed at the terminal, in order (undefined: input ended): given, the io has a terminal
   * and `prompts` records what it asked; absent, it has none, as under a script.
   */
  readonly secrets?: readonly (string | undefined)[];
  readonly env?: Readonly<Record<string, string>>;
  /** Runs just before a file is replaced: a test writes the file here, as an editor might meanwhile. */
  readonly beforeReplace?: (path: string) => void | Promise<void>;
}

export function capture(options: CaptureOptions = {}): { io: CliIo; out: string[]; err: string[]; prompts: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const prompts: string[] = [];
  const secrets = [...(options.secrets ?? [])];
  const readSecret = async (prompt: string): Promise<string | undefined> => {
    prompts.push(prompt);
    return secrets.shift();
  };
  return {
    io: {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      stdinLines: async function* () {
        yield* options.stdin ?? [];
      },
      readFile: async (path) => {
        if (options.disk) {
          return readFileSync(path, 'utf8');
        }
        const text = options.files?.[path];
        if (text === undefined) {
          throw new Error(`ENOENT: no such file or directory, open '${path}'`);
        }
        return text;
      },
      readBytes: async (path) => {
        if (options.disk) {
          return readFileSync(path);
        }
        const text = options.files?.[path];
        if (text === undefined) {
          throw new Error(`ENOENT: no such file or directory, open '${path}'`);
        }
        return new TextEncoder().encode(text);
      },
      replaceFile: async (path, expected, next) => {
        if (!options.disk) {
          throw new Error('replaceFile needs { disk: true }');
        }
        await options.beforeReplace?.(path);
        return replaceFileIfUnchanged(path, expected, next);
      },
      now: () => new Date(2026, 10, 23, 9, 0),
      ...(options.secrets === undefined ? {} : { readSecret }),
      env: (name) => options.env?.[name],
      version: '9.9.9',
    },
    out,
    err,
    prompts,
  };
}
