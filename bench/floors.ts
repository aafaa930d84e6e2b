// What the journal benches measure against, shared by reportBench.ts, indexBench.ts and indexPair.ts:
// the *parse floor* and the *read-only floor* of issue #13 (a plain Node process that lists and reads
// the journal's Markdown files, and for the parse floor markdown-it-parses each), and the wrapper
// that times a whole Node process with its CPU time, peak RSS and worker threads.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../scripts/vscodePaths';

/** A whole process's wall-clock time and the CPU time of all its threads, in ms, and the worker threads it started. */
export interface Timed {
  readonly ms: number;
  readonly cpuMs: number;
  readonly workers?: number;
}

/**
 * The floors: a plain Node script, reading with sync calls (the fastest Node has for many small
 * files). `node floor.js DIR read` or `node floor.js DIR parse MARKDOWN_IT`; prints the files' count.
 */
export const FLOOR_SCRIPT = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const parse = process.argv[3] === 'parse';
const md = parse ? require(process.argv[4])() : undefined;
let n = 0;
const walk = (dir) => {
  for (const child of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, child.name);
    if (child.isDirectory()) walk(path);
    else if (child.name.endsWith('.md')) { const text = readFileSync(path, 'utf8'); if (md) md.parse(text, {}); n++; }
  }
};
walk(process.argv[2]);
process.stdout.write(String(n));
`;

/**
 * Prints the whole process's peak RSS and CPU time (worker threads included) on stderr at exit, and
 * how many worker threads it started (counted by wrapping Worker before the CLI loads it), so the
 * bench shows on how many threads each report made its records.
 */
export const RSS_SCRIPT = `
const threads = require('node:worker_threads');
if (threads.isMainThread) {
  let started = 0;
  const Worker = threads.Worker;
  threads.Worker = class extends Worker { constructor(...args) { super(...args); started++; } };
  process.on('exit', () => {
    const usage = process.resourceUsage();
    process.stderr.write('\\nmaxrss-kb ' + usage.maxRSS + ' cpu-us ' + (usage.userCPUTime + usage.systemCPUTime) + ' workers ' + started + '\\n');
  });
}
`;

/** markdown-it as this checkout resolves it: the parse floor's parser. */
export const markdownIt = (): string => require.resolve('markdown-it', { paths: [repoRoot] });

/** FLOOR_SCRIPT and RSS_SCRIPT written into `dir` (a folder the journal is not in), for `timed`. */
export function writeFloorScripts(dir: string): { floor: string; rss: string } {
  const floor = join(dir, 'floor.js');
  const rss = join(dir, 'rss.js');
  writeFileSync(floor, FLOOR_SCRIPT);
  writeFileSync(rss, RSS_SCRIPT);
  return { floor, rss };
}

/** The best of `runs` runs of `node --require rss.js ARGS` (each run's CPU with its time), and the last one's stderr. */
export function timed(rss: string, args: readonly string[], runs: number, env?: NodeJS.ProcessEnv): Timed & { stderr: string } {
  let best: Timed & { stderr: string } = { ms: Infinity, cpuMs: Infinity, stderr: '' };
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--require', rss, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...(env === undefined ? {} : { env }) });
    const ms = performance.now() - start;
    if (result.status !== 0) {
      throw new Error(`${args.join(' ')} failed: ${result.stderr.slice(0, 300)}`);
    }
    const cpuMs = Number(/cpu-us (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1000;
    const workers = Number(/workers (\d+)/.exec(result.stderr)?.[1] ?? NaN);
    if (ms < best.ms) {
      best = { ms, cpuMs, workers, stderr: result.stderr };
    }
  }
  return best;
}

/** The parse floor of the journal in `journal`: the best of `runs` whole processes (start included). */
export function parseFloor(scripts: { floor: string; rss: string }, journal: string, runs: number): Timed {
  const { ms, cpuMs } = timed(scripts.rss, [scripts.floor, journal, 'parse', markdownIt()], runs);
  return { ms, cpuMs };
}
