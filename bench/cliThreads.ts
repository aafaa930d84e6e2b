// Where a second thread's CPU goes in `classify --jsonl` (issue #12), in CPU time and counts rather
// than wall clock, which on a shared machine follows the other processes (and, with the kernel's
// autogroup, gives the command about one core's share whenever another session is busy, however many
// threads it runs). Two parts, over the bench's input (bench/cliBench.ts):
//
//   1. A worker's own cost: one classify worker (dist/classifyWorker.js, as the CLI starts it) while
//      this thread waits, sent the input's batches one at a time, cut as classify.ts cuts them; the
//      process's CPU (all threads: the worker, V8's compiler and GC threads) for its start, its first
//      batch, batches 2–10, 11–40 and 41–300, and what the first 40 cost beyond the steady rate.
//   2. Whole runs of `node dist/cli.js classify --jsonl`, `--jobs 1` and `--jobs 2` in turn: each
//      thread's CPU (Linux: /proc/self/task, sampled every 20 ms by a preloaded script, so a worker
//      that has ended is counted), as the calling thread, the worker and V8's other threads.
//
// Needs the production bundle (`npm run build -- --production`).
//
//   npx tsx bench/cliThreads.ts [--rounds 3]   (0: part 1 only)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { repoRoot } from '../scripts/vscodePaths';
import { textBatches, type TextBatch } from '../src/cli/jsonlBatch';
import { cliBenchInput } from './cliBench';

/** The characters of a batch, as classify.ts cuts stdin (JSONL_BATCH_CHARS). */
const BATCH_CHARS = 32 * 1024;

/** A pause before part 1, for this process's own concurrent GC and compiling to end. */
const SETTLE_MS = 500;

/** This process's CPU time, all threads, in ms. */
function processCpu(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function batchesOf(text: string): Promise<TextBatch[]> {
  const batches: TextBatch[] = [];
  for await (const batch of textBatches((async function* () { yield text; })(), BATCH_CHARS)) {
    batches.push(batch);
  }
  return batches;
}

/** Part 1: the process's CPU while one worker starts and classifies `batches` one at a time. */
async function workerCost(file: string, batches: readonly TextBatch[]): Promise<string> {
  // This process made the 20 MB input just before: let V8's threads finish with it before counting.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  // No execArgv: as the CLI's own workers (`node dist/cli.js` has none), not this process's tsx loader.
  const worker = new Worker(file, { execArgv: [], workerData: { role: 'classify', options: { whyTerms: [], howTerms: [] } } });
  let id = 0;
  const ask = (batch: TextBatch): Promise<void> => new Promise((resolve, reject) => {
    worker.once('message', (response: { error?: string }) => (response.error === undefined ? resolve() : reject(new Error(response.error))));
    worker.postMessage({ id: id++, batch });
  });
  const start = processCpu();
  await ask({ first: 1, text: '' }); // Started, its bundle loaded and its tagger made: no line to tag.
  const started = processCpu();
  const bands = [1, 10, 40, Math.min(300, batches.length)];
  const at: number[] = [started];
  for (let index = 0; index < (bands[bands.length - 1] as number); index++) {
    await ask(batches[index] as TextBatch);
    if (bands.includes(index + 1)) {
      at.push(processCpu());
    }
  }
  await worker.terminate();
  const [, first, ten, forty, last] = at as [number, number, number, number, number];
  const steady = (last - forty) / ((bands[3] as number) - 40);
  const warmUp = forty - started - 40 * steady;
  return `a worker, the calling thread idle: start ${(started - start).toFixed(0)} ms of CPU; batch 1 ${(first - started).toFixed(0)} ms; `
    + `2–10 ${((ten - first) / 9).toFixed(1)} ms each; 11–40 ${((forty - ten) / 30).toFixed(1)} ms each; 41–${bands[3]} ${steady.toFixed(1)} ms each; `
    + `the first 40 cost ${warmUp.toFixed(0)} ms beyond the steady rate (all threads of the process)`;
}

/** Preloaded into each CLI run: samples every thread's CPU, prints the last seen of each at exit. */
const PRELOAD = `
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');
if (isMainThread && fs.existsSync('/proc/self/task')) {
  const seen = new Map();
  const sample = () => {
    for (const tid of fs.readdirSync('/proc/self/task')) {
      try {
        const stat = fs.readFileSync('/proc/self/task/' + tid + '/stat', 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        seen.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
      } catch {}
    }
  };
  sample();
  const first = new Set(seen.keys());
  setInterval(sample, 20).unref();
  process.on('exit', () => {
    sample();
    const rows = [...seen].map(([tid, ms]) => (tid === String(process.pid) ? 'main' : first.has(tid) ? 'v8' : 'late') + ':' + ms);
    fs.writeSync(2, 'THREADS ' + rows.join(' ') + '\\n');
  });
}
`;

interface ThreadCpu {
  readonly main: number;
  readonly worker: number;
  readonly others: number;
}

/** Part 2: one run's CPU by thread; the thread started late with the most CPU is the worker. */
function runThreads(preload: string, cli: string, input: string, jobs: number): ThreadCpu | string {
  const result = spawnSync(process.execPath, ['--require', preload, cli, 'classify', '--jsonl', '--jobs', String(jobs)], { input, maxBuffer: 1 << 30 });
  const line = result.stderr.toString().split('\n').find((text) => text.startsWith('THREADS '));
  if (result.status !== 0 || line === undefined) {
    return `--jobs ${jobs}: exit ${result.status}, ${line === undefined ? 'no thread times (not Linux?)' : ''}`;
  }
  const rows = line.slice('THREADS '.length).split(' ').map((row) => row.split(':') as [string, string]);
  const late = rows.filter(([kind]) => kind === 'late').map(([, ms]) => Number(ms)).sort((a, b) => b - a);
  const worker = jobs > 1 ? late[0] ?? 0 : 0;
  const all = rows.reduce((sum, [, ms]) => sum + Number(ms), 0);
  const main = Number(rows.find(([kind]) => kind === 'main')?.[1] ?? 0);
  return { main, worker, others: all - main - worker };
}

export async function runCliThreads(rounds: number): Promise<string> {
  const cli = join(repoRoot, 'dist', 'cli.js');
  const workerFile = join(repoRoot, 'dist', 'classifyWorker.js');
  if (!existsSync(cli) || !existsSync(workerFile)) {
    return 'dist/cli.js or dist/classifyWorker.js is missing: run `npm run build -- --production` first';
  }
  const { text } = cliBenchInput();
  const lines: string[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  lines.push(await workerCost(workerFile, (await batchesOf(text)).slice(0, 300)));
  const dir = mkdtempSync(join(tmpdir(), 'lj-threads-'));
  try {
    const preload = join(dir, 'threads.cjs');
    writeFileSync(preload, PRELOAD);
    for (let round = 0; round < rounds; round++) {
      for (const jobs of [1, 2]) {
        const cpu = runThreads(preload, cli, text, jobs);
        lines.push(typeof cpu === 'string'
          ? cpu
          : `--jobs ${jobs}: the calling thread ${cpu.main} ms, the worker ${cpu.worker} ms, V8's other threads ${cpu.others} ms; `
            + `${cpu.main + cpu.worker + cpu.others} ms in all (load ${(loadavg()[0] ?? 0).toFixed(1)})`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return `classify --jsonl by thread, CPU time (load ${loadBefore.toFixed(1)} at the start):\n${lines.join('\n')}`;
}

if (require.main === module) {
  const at = process.argv.indexOf('--rounds');
  const rounds = at === -1 ? 3 : Number(process.argv[at + 1]);
  runCliThreads(Number.isInteger(rounds) && rounds >= 0 ? rounds : 3).then(console.log, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
