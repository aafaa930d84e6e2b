// The CLI's `classify --jsonl` throughput, as a script would use it: 20 MB of short entries (about
// 700–800 bytes each, one JSON object per line) piped through `node dist/cli.js classify --jsonl`,
// every result line read back. Three ways, taken in turn so that a change in the machine's load
// falls on all of them: the default (worker threads only on cores other processes leave free, so it
// is one of the next two, chosen by the load), `--jobs 1` (the calling thread alone) and `--jobs N`
// (a thread per core, at most four: the calling thread and N − 1 workers, whatever the load).
// Beside them, in the same run, markdown-it's parse of the same texts with the inline rules disabled
// (the reference), so the ratio says whether per-line overhead or classification is the
// cost. Needs the production bundle (`npm run build -- --production`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import markdownIt from 'markdown-it';
import { repoRoot } from '../scripts/vscodePaths';
import { journalCorpus } from './corpus';

export interface CliFigures {
  readonly megabytes: number;
  readonly lines: number;
  /** No `--jobs`: threads on the cores other processes leave free, at most four. */
  readonly cliMbPerSecond: number;
  /** `--jobs 1`: the calling thread only. */
  readonly oneThreadMbPerSecond: number;
  /** `--jobs <threads>`: the calling thread and `threads - 1` workers. */
  readonly allThreadsMbPerSecond: number;
  readonly threads: number;
  readonly referenceMbPerSecond: number;
}

/** Runs of each way, taken in turn; the best of each counts. */
const ROUNDS = 3;

const TARGET_BYTES = 20e6;

/** Short entries as JSON lines, until TARGET_BYTES: the bench's input (also bench/sameCli.ts's). */
export function cliBenchInput(): { text: string; texts: string[] } {
  const entries = journalCorpus(4000, 7, 110);
  const lines: string[] = [];
  const texts: string[] = [];
  let bytes = 0;
  for (let at = 0; bytes < TARGET_BYTES; at++) {
    const text = entries[at % entries.length] as string;
    const line = JSON.stringify({ text });
    lines.push(line);
    texts.push(text);
    bytes += Buffer.byteLength(line) + 1;
  }
  return { text: `${lines.join('\n')}\n`, texts };
}

function ruleNames(ruler: unknown): string[] {
  return ((ruler as { __rules__: { name: string }[] }).__rules__).map((rule) => rule.name);
}

export function runCliBench(): CliFigures | string {
  const cli = join(repoRoot, 'dist', 'cli.js');
  if (!existsSync(cli)) {
    return 'dist/cli.js is missing: run `npm run build -- --production` first';
  }
  const { text, texts } = cliBenchInput();
  const bytes = Buffer.byteLength(text);
  const dir = mkdtempSync(join(tmpdir(), 'lj-cli-'));
  try {
    const input = join(dir, 'entries.jsonl');
    writeFileSync(input, text);
    const threads = Math.max(1, Math.min(4, availableParallelism()));
    const ways: readonly (readonly string[])[] = [[], ['--jobs', '1'], ['--jobs', String(threads)]];
    const best = ways.map(() => Infinity);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [way, extra] of ways.entries()) {
        const start = performance.now();
        const result = spawnSync(process.execPath, [cli, 'classify', '--jsonl', ...extra], { input: text, maxBuffer: 1 << 30, encoding: 'utf8' });
        const ms = performance.now() - start;
        if (result.status !== 0) {
          return `classify --jsonl ${extra.join(' ')} failed: ${result.stderr.slice(0, 200)}`;
        }
        const out = result.stdout.split('\n').filter((line) => line !== '').length;
        if (out !== texts.length) {
          return `classify --jsonl ${extra.join(' ')} gave ${out} lines for ${texts.length}`;
        }
        best[way] = Math.min(best[way] as number, ms);
      }
    }
    const [byDefault, oneThread, allThreads] = best.map((ms) => bytes / 1e6 / (ms / 1000)) as [number, number, number];
    const reference = markdownIt('default', { html: true, linkify: false, typographer: false });
    reference.inline.ruler.disable(ruleNames(reference.inline.ruler).filter((name) => name !== 'text'));
    reference.inline.ruler2.disable(ruleNames(reference.inline.ruler2));
    let referenceBest = Infinity;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      for (const entry of texts) {
        reference.parse(entry, {});
      }
      referenceBest = Math.min(referenceBest, performance.now() - start);
    }
    return {
      megabytes: bytes / 1e6,
      lines: texts.length,
      cliMbPerSecond: byDefault,
      oneThreadMbPerSecond: oneThread,
      allThreadsMbPerSecond: allThreads,
      threads,
      referenceMbPerSecond: bytes / 1e6 / (referenceBest / 1000),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatCliFigures(figures: CliFigures | string): string {
  if (typeof figures === 'string') {
    return `classify --jsonl: skipped (${figures})`;
  }
  return [
    `classify --jsonl, ${figures.megabytes.toFixed(1)} MB in ${figures.lines} lines (whole process, best of ${ROUNDS}): `
      + `${figures.cliMbPerSecond.toFixed(1)} MB/s by default (workers only on cores other processes leave free) (target ≥ 10 MB/s); `
      + `${figures.oneThreadMbPerSecond.toFixed(1)} MB/s with --jobs 1 (one thread); `
      + `${figures.allThreadsMbPerSecond.toFixed(1)} MB/s with --jobs ${figures.threads} (the calling thread and ${figures.threads - 1} worker${figures.threads === 2 ? '' : 's'})`,
    `markdown-it, inline rules off, same texts in this process: ${figures.referenceMbPerSecond.toFixed(1)} MB/s `
      + `(the CLI is ${(figures.cliMbPerSecond / figures.referenceMbPerSecond).toFixed(2)}× it)`,
  ].join('\n');
}

if (require.main === module) {
  console.log(formatCliFigures(runCliBench()));
}
