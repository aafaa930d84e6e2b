// Process wiring for the CLI bundle (`dist/cli.js`). The logic is in `run.ts`.
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { replaceFileIfUnchanged } from '../node/replaceFile';
import { run } from './run';

declare const CLI_VERSION: string; // Replaced at build time with package.json's version.

void run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  readFile: (path) => readFile(path, 'utf8'),
  readBytes: (path) => readFile(path),
  replaceFile: replaceFileIfUnchanged,
  now: () => new Date(),
  version: CLI_VERSION,
}).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  process.stderr.write(`leadership-journal: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
