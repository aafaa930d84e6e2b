// What the CLI needs from its host, as an interface: tests pass in-memory streams and files.
import type { JournalFiles } from '../core/catalogue/journalFiles';
import type { RecordPool } from '../node/recordPool';
import type { ParallelClassify } from './parallelClassify';

export interface CliIo {
  readonly stdout: (text: string) => void;
  /**
   * Resolves once stdout can take more: at once unless more than a bound is queued for it (a pipe's
   * writes are asynchronous; a file's are not), else on its 'drain'. `classify --jsonl` waits on it
   * after each batch, so a slow reader slows the reading of stdin instead of filling memory. Absent:
   * no wait.
   */
  readonly stdoutDrained?: () => Promise<void>;
  readonly stderr: (text: string) => void;
  /** Standard input, line by line (without line endings). */
  readonly stdinLines: () => AsyncIterable<string>;
  /**
   * Standard input as decoded text, chunk by chunk as it arrives (`classify --jsonl` splits the
   * lines itself, as node:readline would); absent: `stdinLines`, each line with a \n.
   */
  readonly stdinText?: () => AsyncIterable<string>;
  /** A file's text, decoded as UTF-8; rejects with the OS error when it cannot be read. */
  readonly readFile: (path: string) => Promise<string>;
  /** A file's bytes as they are (the `tag` command must not lose a byte it cannot decode). */
  readonly readBytes: (path: string) => Promise<Uint8Array>;
  /**
   * Puts `next` in place of the file atomically, only if it still holds `expected`; 'changed' when
   * something wrote it since it was read (src/node/replaceFile.ts).
   */
  readonly replaceFile: (path: string, expected: Uint8Array, next: Uint8Array) => Promise<'replaced' | 'changed'>;
  readonly now: () => Date;
  /**
   * Asks at the terminal without echoing what is typed (the prompt on stderr); resolves to the line,
   * or undefined when input ended or was cancelled. Absent when standard input is not a terminal.
   */
  readonly readSecret?: (prompt: string) => Promise<string | undefined>;
  /**
   * Called before an encryption command, or a report or classify of encrypted entries, loads the
   * encryption code: Node's main.ts installs node:crypto's age crypto then (ageHostCrypto.ts), so
   * no other command loads it. Absent: the age library's own crypto.
   */
  readonly prepareEncryption?: () => Promise<void>;
  /** An environment variable's value (for --passphrase-env NAME). */
  readonly env?: (name: string) => string | undefined;
  readonly version: string;
  /** Classifies JSON-line batches on worker threads (Node's main.ts); absent: the calling thread does. */
  readonly parallelClassify?: ParallelClassify;
  /**
   * Threads `classify --jsonl` may use when `--jobs` is not given, the calling one included, as of
   * now (spareThreads.ts: the cores other processes leave free, at most four); undefined while the
   * load is still being measured (asked again after a batch). Absent: 1.
   */
  readonly classifyThreads?: () => number | undefined;
  /** Threads `report` may make records on, the calling one included, as of now (spareThreads.ts); absent: 1. */
  readonly recordThreads?: () => number;
  /** Record workers for `report` over a large journal (Node's main.ts); absent: the calling thread makes every record. */
  readonly recordPool?: (workers: number) => RecordPool;
  /** `report`'s default cache folder (from the environment); absent: no cache unless --cache names one. */
  readonly cacheDir?: string;
  /** The journal folder's files (tests inject trouble here); absent: Node's fs (src/node/nodeJournalFiles.ts). */
  readonly journalFiles?: (dir: string) => JournalFiles;
}
