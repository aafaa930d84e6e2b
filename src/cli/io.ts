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
  readonly version: string;
  /** Classifies JSON-line batches on worker threads (Node's main.ts); absent: the calling thread does. */
  readonly parallelClassify?: ParallelClassify;
  /** Worker threads when `--jobs` is not given (one per core, at most four); absent: 1. */
  readonly defaultJobs?: number;
}
