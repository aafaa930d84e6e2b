// The extension's cold index of 10,000 entries, this checkout beside another (main, say) in one
// process, alternately, as README › Contributing asks of a speed claim on this shared machine:
// `node --expose-gc --import tsx bench/indexPair.ts OTHER_ROOT [ROUNDS]` (OTHER_ROOT a checkout of
// the other sources, e.g. `git archive main src | tar -x -C /tmp/main` with a node_modules link).
// Each side's code is bundled as indexBench.ts bundles it; each round runs a cold build of each
// (a new worker pool, the own thread's tagger warmed beforehand, as indexBench.ts does), then the
// parse floor (a Node process that lists, reads and markdown-it-parses the same files,
// bench/floors.ts's), each with the 1-minute load average beside it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../scripts/vscodePaths';
import type { RecordRunner } from '../src/extension/index/recordRunner';
import { defaultWorkerCount } from '../src/node/recordPool';
import { buildWorker, coldBuild, loadIndexCode, ownThreadRunner, writeBenchJournal, type IndexCode } from './indexBench';
import { FLOOR_SCRIPT } from './floors';

interface Side {
  readonly name: string;
  /** Where its bundles were built (removed at the end). */
  readonly dir: string;
  readonly code: IndexCode;
  readonly workerFile: string;
  /** The window's own thread's runner, its tagger warmed on one entry (indexBench.ts ownThreadRunner). */
  readonly own: RecordRunner;
  readonly runs: { ms: number; cpuMs: number; load: number }[];
}

async function side(name: string, root: string, sample: string): Promise<Side> {
  const dir = mkdtempSync(join(tmpdir(), `lj-pair-${name}-`));
  const workerFile = await buildWorker(dir, root);
  const code = await loadIndexCode(dir, root);
  return { name, dir, code, workerFile, runs: [], own: ownThreadRunner(sample, code) };
}

function figures(runs: readonly { ms: number; cpuMs: number; load: number }[]): string {
  const by = [...runs].sort((a, b) => a.ms - b.ms);
  const median = by[Math.floor((by.length - 1) / 2)]!;
  const loads = runs.map((run) => run.load);
  return `best ${by[0]!.ms.toFixed(0)} ms (CPU ${by[0]!.cpuMs.toFixed(0)}), median ${median.ms.toFixed(0)} ms (CPU ${median.cpuMs.toFixed(0)}); `
    + `all ${runs.map((run) => run.ms.toFixed(0)).join(' / ')}; load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
}

async function main(): Promise<void> {
  const other = process.argv[2];
  const rounds = Number(process.argv[3] ?? 3);
  if (other === undefined) {
    throw new Error('usage: bench/indexPair.ts OTHER_ROOT [ROUNDS]');
  }
  const dir = mkdtempSync(join(tmpdir(), 'lj-pair-'));
  const sides: Side[] = [];
  try {
    const { texts } = writeBenchJournal(dir, 10_000);
    sides.push(await side('this', repoRoot, texts[0]!), await side('other', other, texts[0]!));
    const floorFile = join(dir, '.floor.js'); // A dot-file: the catalogue does not list it.
    writeFileSync(floorFile, FLOOR_SCRIPT);
    const markdownIt = require.resolve('markdown-it', { paths: [repoRoot] });
    const floors: { ms: number; cpuMs: number; load: number }[] = [];
    const workers = defaultWorkerCount();
    for (let round = 0; round < rounds; round++) {
      for (const one of sides) {
        global.gc?.();
        const load = loadavg()[0] ?? NaN;
        const build = await coldBuild(one.code.nodeJournalFiles(dir), one.own, one.workerFile, workers, one.code);
        if (build.catalogue.size !== texts.length) {
          throw new Error(`${one.name}: catalogued ${build.catalogue.size} files, wrote ${texts.length}`);
        }
        one.runs.push({ ms: build.ms, cpuMs: build.cpuMs, load });
        console.log(`round ${round + 1} ${one.name}: ${build.ms.toFixed(0)} ms (CPU ${build.cpuMs.toFixed(0)}), load ${load.toFixed(1)}${build.onWorkers ? '' : ', no batch on the workers'}`);
      }
      const load = loadavg()[0] ?? NaN;
      const start = performance.now();
      const floor = spawnSync(process.execPath, [floorFile, dir, 'parse', markdownIt], { encoding: 'utf8' });
      const ms = performance.now() - start;
      if (floor.status !== 0 || floor.stdout !== String(texts.length)) {
        throw new Error(`the parse floor failed: ${floor.stderr.slice(0, 300)}`);
      }
      floors.push({ ms, cpuMs: NaN, load });
      console.log(`round ${round + 1} parse floor: ${ms.toFixed(0)} ms, load ${load.toFixed(1)}`);
    }
    console.log(`\nNode ${process.version}, ${workers} worker thread(s), ${rounds} rounds, cold index of 10,000 entries:`);
    for (const one of sides) {
      console.log(`${one.name.padEnd(6)} ${figures(one.runs)}`);
    }
    console.log(`floor  best ${Math.min(...floors.map((f) => f.ms)).toFixed(0)} ms, all ${floors.map((f) => f.ms.toFixed(0)).join(' / ')} (a whole process: its start included)`);
  } finally {
    for (const one of [dir, ...sides.map((built) => built.dir)]) {
      rmSync(one, { recursive: true, force: true });
    }
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
