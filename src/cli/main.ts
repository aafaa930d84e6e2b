// Process wiring for the CLI bundle (`dist/cli.js`). The logic is in `run.ts`.
import { run } from './run';

declare const CLI_VERSION: string; // Replaced at build time with package.json's version.

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  version: CLI_VERSION,
});
