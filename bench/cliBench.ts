// The CLI's `classify --jsonl` throughput, as a script would use it: 20 MB of short entries (about
// 700–800 bytes each, one JSON object per line) piped through `node dist/cli.js classify --jsonl`,
// every result line read back. Beside it, in the same run, markdown-it's parse of the same texts with
// the inline rules disabled (the reference), so the ratio says whether per-line overhead or
// classification is the cost. Needs the production bundle (`npm run build -- --production`).
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
  /** Default jobs (one worker per core, at most four). */
  readonly cliMbPerSecond: number;
  /** `--jobs 1`: the calling thread only. */
  readonly oneThreadMbPerSecond: number;
  readonly jobs: number;
  readonly referenceMbPerSecond: number;
}

const TARGET_BYTES = 20e6;

/** Short entries as JSON lines, until TARGET_BYTES. */
function jsonLines(): { text: string; texts: string[] } {
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
  const { text, texts } = jsonLines();
  const bytes = Buffer.byteLength(text);
  const dir = mkdtempSync(join(tmpdir(), 'lj-cli-'));
  try {
    const input = join(dir, 'entries.jsonl');
    writeFileSync(input, text);
    const timeCli = (extra: readonly string[]): number | string => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        const result = spawnSync(process.execPath, [cli, 'classify', '--jsonl', ...extra], { input: text, maxBuffer: 1 << 30, encoding: 'utf8' });
        const ms = performance.now() - start;
        if (result.status !== 0) {
          return `classify --jsonl failed: ${result.stderr.slice(0, 200)}`;
        }
        const out = result.stdout.split('\n').filter((line) => line !== '').length;
        if (out !== texts.length) {
          return `classify --jsonl gave ${out} lines for ${texts.length}`;
        }
        best = Math.min(best, ms);
      }
      return best;
    };
    const best = timeCli([]);
    const oneThread = timeCli(['--jobs', '1']);
    if (typeof best === 'string' || typeof oneThread === 'string') {
      return typeof best === 'string' ? best : oneThread as string;
    }
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
      cliMbPerSecond: bytes / 1e6 / (best / 1000),
      oneThreadMbPerSecond: bytes / 1e6 / (oneThread / 1000),
      jobs: Math.max(1, Math.min(4, availableParallelism())),
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
    `classify --jsonl, ${figures.megabytes.toFixed(1)} MB in ${figures.lines} lines (whole process, best of 3): `
      + `${figures.cliMbPerSecond.toFixed(1)} MB/s with ${figures.jobs} worker thread(s) (target ≥ 10 MB/s); `
      + `${figures.oneThreadMbPerSecond.toFixed(1)} MB/s with --jobs 1`,
    `markdown-it, inline rules off, same texts in this process: ${figures.referenceMbPerSecond.toFixed(1)} MB/s `
      + `(the CLI is ${(figures.cliMbPerSecond / figures.referenceMbPerSecond).toFixed(2)}× it)`,
  ].join('\n');
}

if (require.main === module) {
  console.log(formatCliFigures(runCliBench()));
}
