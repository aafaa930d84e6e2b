// Proof that a change to `report` changed nothing it writes: an older build of the CLI (a `dist/cli.js`
// kept aside, with its `dist/recordWorker.js` and `dist/tagger.js` beside it) and this tree's
// `dist/cli.js` are run over the same journals, and everything they write must be the same bytes —
// stdout, stderr, the exit code and the cache file — for:
//
//   - the report bench's journal (bench/reportBench.ts: 10,000 generated entries by default);
//   - the corpus as a journal: every entry of corpus/*/*/*.entries.jsonl, English and German, training
//     and test parts, most with front matter (date, kind) and every fifth dated by its file name only;
//
// each as `--json` and as the terminal summary, on one thread (`--jobs 1`) and with a worker
// (`--jobs 2`), cold (a new cache folder, written) and again from that cache. The day is the same for
// both builds (they run minutes apart; run it away from midnight).
//
//   npx tsx bench/sameReport.ts --old /path/to/old/cli.js [--entries 10000]
//
// Needs the production bundle of this tree (`npm run build -- --production`). Exits 1 on any difference.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../scripts/vscodePaths';
import { writeJournal } from './reportBench';

interface Written {
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly status: number | null;
  readonly cache: Buffer;
}

/** Every corpus entry, written as a journal under `dir`. */
function writeCorpusJournal(dir: string): number {
  const root = join(repoRoot, 'corpus');
  let count = 0;
  for (const language of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'labels')) {
    for (const part of readdirSync(join(root, language.name), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const folder = join(root, language.name, part.name);
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.entries.jsonl')).sort()) {
        for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
          if (line.trim() === '') {
            continue;
          }
          const { text, kind } = JSON.parse(line) as { text: string; kind?: string };
          const day = new Date(Date.UTC(2025, 0, 1) + (count % 700) * 86_400_000).toISOString().slice(0, 10);
          const path = join(dir, language.name, part.name, day.slice(0, 4), `${day}-${count}.md`);
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, count % 5 === 4 ? text : `---\ndate: ${day}\nkind: ${kind ?? 'daily'}\n---\n\n${text}`);
          count++;
        }
      }
    }
  }
  return count;
}

/** `cli report journal ARGS --cache cache`, and the cache file it leaves (one file in `cache`). */
function report(cli: string, journal: string, cache: string, args: readonly string[]): Written {
  const result = spawnSync(process.execPath, [cli, 'report', journal, ...args, '--cache', cache], { maxBuffer: 1 << 28 });
  const files = existsSync(cache) ? readdirSync(cache).filter((name) => name.endsWith('.catalogue')) : [];
  return { stdout: result.stdout, stderr: result.stderr, status: result.status, cache: files.length === 1 ? readFileSync(join(cache, files[0] as string)) : Buffer.from(`${files.length} cache files`) };
}

function differences(label: string, old: Written, now: Written): string[] {
  const found: string[] = [];
  for (const key of ['stdout', 'stderr', 'cache'] as const) {
    if (Buffer.compare(old[key], now[key]) !== 0) {
      found.push(`${label}: ${key} differs (${old[key].length} bytes before, ${now[key].length} now)`);
    }
  }
  if (old.status !== now.status) {
    found.push(`${label}: exit code ${String(old.status)} before, ${String(now.status)} now`);
  }
  return found;
}

function main(): number {
  const args = process.argv.slice(2);
  const old = args[args.indexOf('--old') + 1];
  const entries = Number(args.includes('--entries') ? args[args.indexOf('--entries') + 1] : 10_000);
  const now = join(repoRoot, 'dist', 'cli.js');
  if (!args.includes('--old') || old === undefined || !existsSync(old) || !existsSync(now)) {
    console.error('usage: npx tsx bench/sameReport.ts --old OLD/cli.js [--entries N] (and `npm run build -- --production` first)');
    return 2;
  }
  const root = mkdtempSync(join(tmpdir(), 'lj-same-report-'));
  try {
    const journals: [string, string, number][] = [];
    const bench = join(root, 'bench');
    writeJournal(bench, entries);
    journals.push(['bench journal', bench, entries]);
    const corpus = join(root, 'corpus');
    journals.push(['corpus journal', corpus, writeCorpusJournal(corpus)]);
    const found: string[] = [];
    let compared = 0;
    for (const [name, journal, count] of journals) {
      for (const format of [['--json'], []]) {
        for (const jobs of ['1', '2']) {
          const label = `${name} (${count} entries) ${format.join(' ') || 'text'} --jobs ${jobs}`;
          const caches = [join(root, `cache-old-${compared}`), join(root, `cache-now-${compared}`)] as const;
          const cold = [report(old, journal, caches[0], [...format, '--jobs', jobs]), report(now, journal, caches[1], [...format, '--jobs', jobs])] as const;
          const warm = [report(old, journal, caches[0], [...format, '--jobs', jobs]), report(now, journal, caches[1], [...format, '--jobs', jobs])] as const;
          found.push(...differences(`${label}, cold`, ...cold), ...differences(`${label}, from the cache`, ...warm));
          console.log(`${label}: cold ${cold[1].stdout.length} bytes out, cache ${cold[1].cache.length} bytes, exit ${String(cold[1].status)}; ${found.length === 0 ? 'the same' : 'DIFFERENT'}`);
          compared++;
        }
      }
    }
    console.log(found.length === 0 ? `the same bytes in all ${compared * 2} comparisons (stdout, stderr, exit code, cache file each)` : found.join('\n'));
    return found.length === 0 ? 0 : 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

process.exitCode = main();
