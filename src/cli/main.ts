// Process wiring for the CLI bundle (`dist/cli.js`). The logic is in `run.ts`. The same bundle runs
// as the CLI's worker threads: started as a worker, it serves classify batches (parallelClassify.ts)
// or index records for `report` (src/node/recordPool.ts), by the role in its workerData. What only
// some commands need — the tagger, the age library and node:crypto, readline, the file replacer — is
// imported where it is used (run.ts loads each command's module), so starting the bundle runs little
// more than this file: a report on an empty folder took ~140 ms beyond Node's own start, most of it
// setting up modules it never used.
import './reportHeap'; // First: it sizes the heap before the other modules fill it.
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { errorReport } from '../core/text/errorMessage';
import { createRecordPool, type RecordPool } from '../node/recordPool';
import { honourSmallHeaps, SMALL_HEAPS, WORKER_LIMITS } from '../node/smallHeaps';
import { defaultCacheDir } from './cacheFolder';
import { parallelClassifyWith, type ClassifyWorkerData } from './parallelClassify';
import { run } from './run';
import { cpuSample, spareThreadsOnceKnown, spareThreadsSince } from '../node/spareThreads';

/** What the main thread gives a record worker (this bundle started for `report`). */
const RECORDS_ROLE = { role: 'records', ...SMALL_HEAPS } as const;

/**
 * Record workers for `report`: the extension's small worker bundle beside this one when it is there
 * (dist/recordWorker.js with dist/tagger.js, ~350 KB: a worker answers its first batch ~150 ms sooner
 * than one that loads this 850 KB bundle), else this bundle in the records role.
 */
function recordWorkerPool(workers: number): RecordPool {
  const small = join(__dirname, 'recordWorker.js');
  return existsSync(small) && existsSync(join(__dirname, 'tagger.js'))
    ? createRecordPool(small, workers, { workerData: SMALL_HEAPS, resourceLimits: WORKER_LIMITS })
    : createRecordPool(__filename, workers, { workerData: RECORDS_ROLE, resourceLimits: WORKER_LIMITS });
}

/**
 * The classify workers' script: dist/classifyWorker.js when it is beside this bundle (~290 KB: a
 * worker answers its first batch ~50 ms sooner than one that loads this whole bundle), else this one.
 */
function classifyWorkerFile(): string {
  const small = join(__dirname, 'classifyWorker.js');
  return existsSync(small) ? small : __filename;
}

/**
 * Output a pipe may hold queued (its writes are asynchronous) before `classify --jsonl` waits for it
 * to drain: ~20 batches. Waiting at each batch (the stream's 16 KB mark) left the calling thread idle
 * whenever the reader was a moment behind; with no limit a slow reader let the whole output pile up.
 */
const STDOUT_QUEUE_BYTES = 1 << 20;

declare const CLI_VERSION: string; // Replaced at build time with package.json's version.

/** Passphrases go through node:crypto's scrypt (native, off the main thread), not the age library's JavaScript one. */
async function installNativeAgeCrypto(): Promise<void> {
  const [{ installAgeHostCrypto }, { nativeAgeCrypto }] = await Promise.all([import('../core/crypto/ageHostCrypto'), import('../node/crypto/nativeAgeCrypto')]);
  installAgeHostCrypto(nativeAgeCrypto);
}

/** Standard input, line by line. */
async function* stdinLines(): AsyncIterable<string> {
  const { createInterface } = await import('node:readline');
  yield* createInterface({ input: process.stdin, crlfDelay: Infinity });
}

/** Standard input as decoded text, chunk by chunk (`classify --jsonl` cuts its lines itself). */
async function* stdinText(): AsyncIterable<string> {
  const { decodedText } = await import('../node/decodedText');
  yield* decodedText(process.stdin);
}

if (!isMainThread && parentPort && (workerData as ClassifyWorkerData | undefined)?.role === 'classify') {
  const port = parentPort; // Messages wait in the port until the listener is added.
  void import('./classifyWorker').then(({ serveClassify }) => serveClassify(port, workerData as ClassifyWorkerData));
} else if (!isMainThread && parentPort && (workerData as typeof RECORDS_ROLE | undefined)?.role === RECORDS_ROLE.role) {
  honourSmallHeaps(workerData);
  const port = parentPort;
  void Promise.all([import('../node/recordService'), import('../core/tagger/tagger')])
    .then(([{ serveRecords }, { createTagger }]) => serveRecords(port, createTagger));
} else {
  const startSample = cpuSample(); // The other processes' load is judged from here to the first large build (report) or the first batches (classify --jsonl).
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
    stdoutDrained: () => (process.stdout.writableLength > STDOUT_QUEUE_BYTES ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
    stderr: (text) => process.stderr.write(text),
    stdinLines,
    stdinText,
    // Synchronous: many small files read faster so than through the thread pool (issue #13).
    readFile: (path) => new Promise((resolve) => resolve(readFileSync(path, 'utf8'))),
    readBytes: (path) => new Promise((resolve) => resolve(readFileSync(path))),
    replaceFile: async (path, expected, next) => (await import('../node/replaceFile')).replaceFileIfUnchanged(path, expected, next),
    now: () => new Date(),
    // Asked when a passphrase is needed: reading process.stdin sets up the stream, which no other command needs.
    get readSecret() {
      return process.stdin.isTTY ? async (prompt: string) => (await import('./encryption/ttySecret')).readSecretFromTty(prompt) : undefined;
    },
    prepareEncryption: installNativeAgeCrypto,
    env: (name) => process.env[name],
    version: CLI_VERSION,
    parallelClassify: parallelClassifyWith(classifyWorkerFile()),
    classifyThreads: spareThreadsOnceKnown(startSample, availableParallelism()),
    recordThreads: spareThreadsSince(startSample, availableParallelism()),
    recordPool: (workers) => recordWorkerPool(workers),
    cacheDir: defaultCacheDir(process.env, process.platform),
  }).then((code) => {
    process.exitCode = code;
  }, (error: unknown) => {
    process.stderr.write(`leadership-journal: ${errorReport(error)}\n`);
    process.exitCode = 1;
  });
}
