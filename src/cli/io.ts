// What the CLI needs from its host, as an interface: tests pass in-memory streams and files.
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input, line by line (without line endings). */
  readonly stdinLines: () => AsyncIterable<string>;
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
  readonly version: string;
}
