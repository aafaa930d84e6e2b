// Process wiring for the CLI bundle (`dist/cli.js`). The logic is in `run.ts`. The same bundle runs
// as the CLI's worker threads (parallelClassify.ts): started as a worker, it serves batches instead.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serveClassify } from './classifyWorker';
import { readSecretFromTty } from './encryption/ttySecret';
import { parallelClassifyWith, type ClassifyWorkerData } from './parallelClassify';
import { run } from './run';

declare const CLI_VERSION: string; // Replaced at build time with package.json's version.

if (!isMainThread && parentPort && (workerData as ClassifyWorkerData | undefined)?.role === 'classify') {
  serveClassify(parentPort, workerData as ClassifyWorkerData);
} else {
  void run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    readFile: (path) => readFile(path, 'utf8'),
    now: () => new Date(),
    ...(process.stdin.isTTY ? { readSecret: readSecretFromTty } : {}),
    env: (name) => process.env[name],
    version: CLI_VERSION,
    parallelClassify: parallelClassifyWith(__filename),
    defaultJobs: Math.max(1, Math.min(4, availableParallelism())),
  }).then((code) => {
    process.exitCode = code;
  }, (error: unknown) => {
    process.stderr.write(`leadership-journal: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
