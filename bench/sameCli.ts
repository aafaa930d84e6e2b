// Proof that a change to `classify --jsonl` changed no output, and its A/B timing in one run: an older
// build of the CLI (a `dist/cli.js` kept aside, with its `dist/classifyWorker.js` beside it) and this
// tree's `dist/cli.js` are given the same inputs, and everything they print must be the same bytes:
//
//   - the bench's 20 MB of short entries (bench/cliBench.ts), by default, with `--jobs 1` and `--jobs 2`;
//   - the bad input (#12): entries in other languages, code only, emoji only, a 1 MB single
//     line, 100,000 short lines; and the CLI's own error lines (invalid JSON, no "text", a number as
//     "text"), blank lines, \r\n and lone \r endings, C1 controls and a direction override (escaped for
//     the terminal), a lone surrogate, front matter, German, an empty text — stdout, stderr and the
//     exit code each.
//
// Then the two are timed on the bench input, alternating old and new for each way (the default and
// `--jobs 1`) so a change in the machine's load falls on both; the best of each is printed with the
// one-minute load average read beside every run. Needs the production bundle of this tree
// (`npm run build -- --production`) and the old one:
//
//   npx tsx bench/sameCli.ts --old /path/to/old/cli.js [--rounds 5]   (0: compare only, no timing)
//
// Exits 1 on any difference.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../scripts/vscodePaths';
import { cliBenchInput } from './cliBench';

interface Run {
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly status: number | null;
  readonly ms: number;
  readonly load: number;
}

function runCli(cli: string, input: string, extra: readonly string[]): Run {
  const load = loadavg()[0] ?? 0;
  const start = performance.now();
  const result = spawnSync(process.execPath, [cli, 'classify', '--jsonl', ...extra], { input, maxBuffer: 1 << 30 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status, ms: performance.now() - start, load };
}

/** One JSON line per text. */
function jsonLines(texts: readonly string[]): string {
  return texts.map((text) => `${JSON.stringify({ text })}\n`).join('');
}

/** The bad input and the CLI's error and escaping cases, as named stdin texts. */
export function awkwardInputs(): Record<string, string> {
  const sentence = 'I planned the rota and explained why the change matters to the team. ';
  return {
    'other languages': jsonLines([
      'Hoy hablé con el equipo sobre el presupuesto y los plazos del proyecto. Mañana revisamos el plan.',
      "Aujourd'hui j'ai expliqué à l'équipe pourquoi ce changement compte. Nous avons fixé le budget.",
      '今日はチームと予算について話しました。来週の計画を立てました。',
      'Сегодня я объяснил команде, почему это изменение важно.',
    ]),
    'code only': jsonLines([
      '```ts\nconst budget = plan.allocate(team, 3);\nexport function rota() { return []; }\n```\n',
      '    SELECT * FROM staff WHERE shift = 2;\n    UPDATE plan SET owner = 1;\n',
      '<div class="note">\n<p>html only</p>\n</div>\n',
    ]),
    'emoji only': jsonLines(['🚀🔥👍', '🎉 🎉 🎉\n\n😀😃😄', '👩‍👩‍👧‍👦 🏳️‍🌈']),
    'a 1 MB single line': jsonLines([sentence.repeat(Math.ceil(1e6 / sentence.length))]),
    '100,000 short lines': jsonLines(Array.from({ length: 100_000 }, (_, at) => (at % 3 === 0 ? 'I set the budget.' : at % 3 === 1 ? 'ok' : 'I coached Sam on why it matters.'))),
    'errors, endings and escapes': [
      '{"text": "I explained why the change matters."}',
      'not json at all',
      '{"txt": "no text key"}',
      '{"text": 42}',
      'null',
      '',
      '   ',
      '{"text": "I planned the week.\\r\\nThen I staffed the project."}\r',
      '{"text": "A lone return line."}\r{"text": "I delegated the review to Sam."}',
      '{"text": "C1 \\u009b[2J and \\u202e override and DEL \\u007f in a sentence about the budget."}',
      '{"text": "A lone surrogate \\ud800 in a plan."}',
      '{"text": "---\\ndate: 2026-01-01\\nkind: daily\\n---\\n\\n# Friday\\n\\n- I allocated the budget.\\n- [ ] Zoe listened.\\n"}',
      '{"text": "Heute habe ich dem Team erklärt, warum die Änderung wichtig ist. Ich habe den Dienstplan erstellt."}',
      '{"text": ""}',
      '{"text": "Style I actually used: coaching"}',
      '',
    ].join('\n'),
  };
}

function difference(name: string, old: Run, next: Run): string | undefined {
  if (old.status !== next.status) {
    return `${name}: exit code ${String(old.status)} before, ${String(next.status)} now`;
  }
  if (!old.stderr.equals(next.stderr)) {
    return `${name}: stderr differs (${old.stderr.length} bytes before, ${next.stderr.length} now)`;
  }
  if (!old.stdout.equals(next.stdout)) {
    let at = 0;
    while (at < old.stdout.length && old.stdout[at] === next.stdout[at]) {
      at += 1;
    }
    return `${name}: stdout differs from byte ${at} (${old.stdout.length} bytes before, ${next.stdout.length} now): `
      + `${JSON.stringify(old.stdout.subarray(at, at + 80).toString())} against ${JSON.stringify(next.stdout.subarray(at, at + 80).toString())}`;
  }
  return undefined;
}

const WAYS: readonly (readonly string[])[] = [[], ['--jobs', '1'], ['--jobs', '2']];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

function main(): number {
  const oldCli = option('--old');
  const rounds = Number(option('--rounds') ?? 5);
  const newCli = join(repoRoot, 'dist', 'cli.js');
  if (oldCli === undefined || !existsSync(oldCli) || !existsSync(newCli)) {
    console.log('usage: npx tsx bench/sameCli.ts --old <old dist/cli.js> [--rounds N] (after `npm run build -- --production`)');
    return 2;
  }
  const { text: benchInput } = cliBenchInput();
  const inputs: Record<string, string> = { 'the bench input': benchInput, ...awkwardInputs() };
  const problems: string[] = [];
  let compared = 0;
  for (const [name, input] of Object.entries(inputs)) {
    for (const extra of WAYS) {
      const label = `${name}, ${extra.length === 0 ? 'default threads' : extra.join(' ')}`;
      const problem = difference(label, runCli(oldCli, input, extra), runCli(newCli, input, extra));
      compared += 1;
      if (problem !== undefined) {
        problems.push(problem);
      }
    }
  }
  console.log(problems.length === 0 ? `the same bytes (stdout, stderr, exit code) in all ${compared} comparisons` : problems.join('\n'));
  const megabytes = Buffer.byteLength(benchInput) / 1e6;
  for (const extra of rounds > 0 ? WAYS.slice(0, 2) : []) { // `--rounds 0`: the comparison only.
    const best = { old: Infinity, new: Infinity };
    const loads: number[] = [];
    const runs: string[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const [which, cli] of [['old', oldCli], ['new', newCli]] as const) {
        const run = runCli(cli, benchInput, extra);
        best[which] = Math.min(best[which], run.ms);
        loads.push(run.load);
        runs.push(`${which} ${(megabytes / (run.ms / 1000)).toFixed(1)} (load ${run.load.toFixed(1)})`);
      }
    }
    const way = extra.length === 0 ? 'default threads' : extra.join(' ');
    console.log(`classify --jsonl, ${way}, ${megabytes.toFixed(1)} MB, best of ${rounds}: `
      + `new ${(megabytes / (best.new / 1000)).toFixed(1)} MB/s, old ${(megabytes / (best.old / 1000)).toFixed(1)} MB/s `
      + `(load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}); runs in MB/s: ${runs.join(', ')}`);
  }
  return problems.length === 0 ? 0 : 1;
}

if (require.main === module) {
  process.exitCode = main();
}
