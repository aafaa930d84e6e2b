// Process wiring for the CLI bundle (`dist/cli.js`). The logic is in `run.ts`. The same bundle runs
// as the CLI's worker threads: started as a worker, it serves classify batches (parallelClassify.ts)
// or index records for `report` (src/node/recordPool.ts), by the role in its workerData.
import './reportHeap'; // First: it sizes the heap before the other modules fill it.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { installAgeHostCrypto } from '../core/crypto/ageHostCrypto';
import { createTagger } from '../core/tagger/tagger';
import { nativeAgeCrypto } from '../node/crypto/nativeAgeCrypto';
import { decodedText } from '../node/decodedText';
import { createRecordPool, type RecordPool } from '../node/recordPool';
import { serveRecords } from '../node/recordService';
import { honourSmallYoung, SMALL_YOUNG } from '../node/youngGeneration';
import { serveClassify } from './classifyWorker';
import { readSecretFromTty } from './encryption/ttySecret';
import { parallelClassifyWith, type ClassifyWorkerData } from './parallelClassify';
import { defaultCacheDir } from './reportCache';
import { replaceFileIfUnchanged } from '../node/replaceFile';
import { run } from './run';
import { cpuSample, spareThreadsSince } from './spareThreads';

/** What the main thread gives a record worker (this bundle started for `report`). */
const RECORDS_ROLE = { role: 'records', ...SMALL_YOUNG } as const;

/**
 * Record workers for `report`: the extension's small worker bundle beside this one when it is there
 * (dist/recordWorker.js with dist/tagger.js, ~350 KB: a worker answers its first batch ~150 ms sooner
 * than one that loads this 850 KB bundle), else this bundle in the records role.
 */
function recordWorkerPool(workers: number): RecordPool {
  const small = join(__dirname, 'recordWorker.js');
  return existsSync(small) && existsSync(join(__dirname, 'tagger.js'))
    ? createRecordPool(small, workers, SMALL_YOUNG)
    : createRecordPool(__filename, workers, RECORDS_ROLE);
}

/**
 * The classify workers' script: dist/classifyWorker.js when it is beside this bundle (~290 KB: a
 * worker answers its first batch ~50 ms sooner than one that loads this whole bundle), else this one.
 */
function classifyWorkerFile(): string {
  const small = join(__dirname, 'classifyWorker.js');
  return existsSync(small) ? small : __filename;
}

declare const CLI_VERSION: string; // Replaced at build time with package.json's version.

// Passphrases go through node:crypto's scrypt (native, off the main thread), not the age library's JavaScript one.
installAgeHostCrypto(nativeAgeCrypto);

if (!isMainThread && parentPort && (workerData as ClassifyWorkerData | undefined)?.role === 'classify') {
  serveClassify(parentPort, workerData as ClassifyWorkerData);
} else if (!isMainThread && parentPort && (workerData as typeof RECORDS_ROLE | undefined)?.role === RECORDS_ROLE.role) {
  honourSmallYoung(workerData);
  serveRecords(parentPort, createTagger);
} else {
  const startSample = cpuSample(); // The other processes' load is judged from here to the first large build.
  // A reader that stops early (`classify --jsonl … | head`) closes the pipe: stop quietly, as Unix
  // tools do, instead of dying on an unhandled EPIPE with a stack trace. Any other error stays loud.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      process.exit(0);
    }
    throw error;
  });
  void run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    stdinText: () => decodedText(process.stdin),
    // Synchronous: many small files read faster so than through the thread pool (issue #13).
    readFile: (path) => new Promise((resolve) => resolve(readFileSync(path, 'utf8'))),
    readBytes: (path) => new Promise((resolve) => resolve(readFileSync(path))),
    replaceFile: replaceFileIfUnchanged,
    now: () => new Date(),
    ...(process.stdin.isTTY ? { readSecret: readSecretFromTty } : {}),
    env: (name) => process.env[name],
    version: CLI_VERSION,
    parallelClassify: parallelClassifyWith(classifyWorkerFile()),
    defaultJobs: Math.max(1, Math.min(4, availableParallelism())),
    recordThreads: spareThreadsSince(startSample, availableParallelism()),
    recordPool: (workers) => recordWorkerPool(workers),
    cacheDir: defaultCacheDir(process.env, process.platform),
  }).then((code) => {
    process.exitCode = code;
  }, (error: unknown) => {
    process.stderr.write(`leadership-journal: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
