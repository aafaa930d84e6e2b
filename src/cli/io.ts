// What the CLI needs from its host, as an interface: tests pass in-memory streams and files.
import type { ParallelClassify } from './parallelClassify';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input, line by line (without line endings). */
  readonly stdinLines: () => AsyncIterable<string>;
  /** A file's text, decoded as UTF-8; rejects with the OS error when it cannot be read. */
  readonly readFile: (path: string) => Promise<string>;
  readonly now: () => Date;
  /**
   * Asks at the terminal without echoing what is typed (the prompt on stderr); resolves to the line,
   * or undefined when input ended or was cancelled. Absent when standard input is not a terminal.
   */
  readonly readSecret?: (prompt: string) => Promise<string | undefined>;
  /** An environment variable's value (for --passphrase-env NAME). */
  readonly env?: (name: string) => string | undefined;
  readonly version: string;
  /** Classifies JSON-line batches on worker threads (Node's main.ts); absent: the calling thread does. */
  readonly parallelClassify?: ParallelClassify;
  /** Worker threads when `--jobs` is not given (one per core, at most four); absent: 1. */
  readonly defaultJobs?: number;
}
