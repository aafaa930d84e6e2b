import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { run } from '../../../src/cli/run';
import { capture } from './captureIo';

/** Bundles the CLI as `dist/cli.js` is bundled (its worker threads included), with an optional first line. */
async function buildCli(outfile: string, banner?: string): Promise<void> {
  await esbuild.build({
    entryPoints: [join(__dirname, '..', '..', '..', 'src', 'cli', 'main.ts')], bundle: true, platform: 'node',
    format: 'cjs', outfile, define: { CLI_VERSION: '"test"' }, logLevel: 'silent', ...(banner === undefined ? {} : { banner: { js: banner } }),
  });
}

const WHY = 'I explained to the team why this launch matters to the customers who rely on us.';
const HOW = 'I moved the release date, reassigned two tickets and updated the project plan.';
const KEYS = ['label', 'language', 'why', 'how', 'functions', 'style', 'traps', 'sentences'];

describe('cli classify', () => {
  it('answers each JSON line with one result line, in order, in the documented shape', async () => {
    const { io, out, err } = capture({ stdin: [JSON.stringify({ text: WHY }), JSON.stringify({ text: HOW })] });
    assert.equal(await run(['classify', '--jsonl'], io), 0);
    assert.equal(err.length, 0);
    const lines = out.join('').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.equal(lines.length, 2);
    for (const line of lines) {
      assert.deepEqual(Object.keys(line), KEYS);
      assert.ok(['why', 'how', 'balanced'].includes(line.label as string));
      const [why, how] = [line.why as number, line.how as number];
      assert.ok(why >= 0 && why <= 1 && how >= 0 && how <= 1);
      for (const sentence of line.sentences as Record<string, unknown>[]) {
        assert.deepEqual(Object.keys(sentence), ['text', 'label', 'cues']);
      }
    }
    assert.equal(lines[0]?.label, 'why');
    assert.equal(lines[1]?.label, 'how');
  });

  it('answers a bad line with an error object, tells stderr, goes on, and exits 1', async () => {
    const { io, out, err } = capture({ stdin: ['{"text": "x"', JSON.stringify({ txt: 'y' }), JSON.stringify({ text: HOW })] });
    assert.equal(await run(['classify', '--jsonl'], io), 1);
    const lines = out.join('').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.equal(lines.length, 3);
    assert.match(String(lines[0]?.error), /invalid JSON/);
    assert.equal(lines[0]?.line, 1);
    assert.equal(lines[1]?.line, 2);
    assert.equal(lines[2]?.label, 'how');
    assert.match(err.join(''), /line 1: invalid JSON/);
  });

  it('classifies files, one JSON line each with "file" first, and reports missing files', async () => {
    const { io, out, err } = capture({ files: { 'a.md': `---\ndate: 2026-11-23\n---\n\n${WHY}\n` } });
    assert.equal(await run(['classify', 'a.md', 'missing.md', '--json'], io), 1);
    const lines = out.join('').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(Object.keys(lines[0] ?? {}), ['file', ...KEYS]);
    assert.equal(lines[0]?.file, 'a.md');
    assert.equal(lines[1]?.file, 'missing.md');
    assert.match(String(lines[1]?.error), /ENOENT/);
    assert.match(err.join(''), /missing\.md/);
  });

  it('says unclear, never balanced, for text with no side and for a language it does not read', async () => {
    const lines = [
      JSON.stringify({ text: 'Lunch was nice. It rained all afternoon.' }),
      JSON.stringify({ text: 'Hemos revisado el plan de ventas con el equipo. La fecha es el lunes.' }),
      JSON.stringify({ text: 'Ich habe dem Team erklärt, warum wir die Übergabe ändern. Danach habe ich den Dienstplan für März erstellt.' }),
    ];
    const { io, out } = capture({ stdin: lines });
    assert.equal(await run(['classify', '--jsonl'], io), 0);
    const results = out.join('').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(results.map((result) => [result.label, result.language]), [['unclear', 'en'], ['unclear', 'other'], [results[2]?.label, 'de']]);
    assert.notEqual(results[2]?.label, 'unclear', 'German is read');
    const summary = capture({ files: { 'es.md': 'Hemos revisado el plan de ventas con el equipo. La fecha es el lunes.\n', 'en.md': 'Lunch was nice.\n' } });
    assert.equal(await run(['classify', 'es.md', 'en.md'], summary.io), 0);
    assert.match(summary.out.join(''), /es\.md: unclear {2}\(written in a language the tagger does not read \(it reads English and German\)/);
    assert.match(summary.out.join(''), /en\.md: unclear {2}\(nothing written here shows leading or managing\)/);
  });

  it('prints a readable summary without --json', async () => {
    const { io, out } = capture({ files: { 'a.md': `${WHY} ${HOW}\n` } });
    assert.equal(await run(['classify', 'a.md'], io), 0);
    assert.match(out.join(''), /^a\.md: (why|how|balanced) {2}\(why \d+%, how \d+%\)/);
  });

  it('reads stdin no faster than stdout takes the results (a slow reader holds the input back)', async () => {
    const line = JSON.stringify({ text: `${WHY} ${HOW} `.repeat(4) });
    let read = 0;
    let drained: () => void = () => undefined;
    let holding = true;
    const { io, out } = capture();
    const slow = {
      ...io,
      stdinLines: async function* () {
        for (let at = 0; at < 1000; at += 1) {
          read += 1;
          yield line;
        }
      },
      stdoutDrained: () => (holding ? new Promise<void>((resolve) => { drained = resolve; }) : Promise.resolve()),
    };
    const done = run(['classify', '--jsonl'], slow);
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    for (let waited = 0; out.length === 0 && waited < 10_000; waited += 1) {
      await turn(); // Until the first batch is written (the command's module loads first).
    }
    for (let more = 0; more < 50; more += 1) {
      await turn();
    }
    const perBatch = Math.ceil((32 * 1024) / (line.length + 1));
    assert.ok(read > 0 && read <= 2 * perBatch, `${read} lines read while stdout had not taken the first batch`);
    holding = false;
    drained();
    assert.equal(await done, 0);
    assert.equal(out.join('').trimEnd().split('\n').length, 1000);
  });

  it('gives the same bytes, in input order, on worker threads as on one thread, errors included', async function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'lj-cli-'));
    try {
      const outfile = join(dir, 'cli.js');
      await buildCli(outfile);
      // 1,100 entries of ~700 bytes: ~24 batches of ~32 KB, so the worker takes several, with bad
      // lines in three of them, \r\n and a lone \r as line ends, and a C1 control to escape.
      const lines = Array.from({ length: 1100 }, (_, i) => {
        if (i % 397 === 5) {
          return '{"text": broken';
        }
        if (i % 401 === 7) {
          return '';
        }
        return JSON.stringify({ text: `${i % 2 === 0 ? WHY : HOW} Entry ${i}.${i % 3 === 0 ? ' Zo\u00eb said \u009b no.' : ''} ${`${WHY} ${HOW} `.repeat(4)}` });
      });
      const input = `${lines.slice(0, 500).join('\n')}\r\n${lines.slice(500, 800).join('\r\n')}\r${lines.slice(800).join('\n')}\n`;
      const classify = (jobs: string) => spawnSync(process.execPath, [outfile, 'classify', '--jsonl', '--jobs', jobs, '--how-term', 'entry'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
      const one = classify('1');
      const two = classify('2'); // Workers run this same bundle: no dist/classifyWorker.js beside it.
      await esbuild.build({
        entryPoints: [join(__dirname, '..', '..', '..', 'src', 'cli', 'classifyWorkerMain.ts')], bundle: true, platform: 'node',
        format: 'cjs', outfile: join(dir, 'classifyWorker.js'), logLevel: 'silent',
      });
      const small = classify('2'); // Workers run the small classifyWorker.js.
      assert.equal(one.status, 1);
      for (const other of [two, small]) {
        assert.equal(other.status, 1);
        assert.equal(other.stdout, one.stdout);
        assert.equal(other.stderr, one.stderr);
      }
      const results = one.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { label?: string; line?: number; sentences?: { text: string; cues: string[] }[] });
      assert.equal(results.length, 1100 - 3); // Blank lines give nothing.
      assert.deepEqual(results.filter((r) => r.line !== undefined).map((r) => r.line), [6, 403, 800]);
      assert.ok(results[1]?.sentences?.some((sentence) => sentence.cues.some((cue) => cue.includes('entry'))), 'the workers read --how-term too');
      assert.ok(results.at(-1)?.sentences?.some((sentence) => sentence.text.includes('Entry 1099.')), 'the last line is the last entry');
      assert.match(one.stdout, /Zoë said \\u009b no\./);
      assert.match(one.stderr, /line 403: invalid JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops quietly when its reader stops early (classify --jsonl | head), with no EPIPE crash', async function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'lj-cli-'));
    try {
      const outfile = join(dir, 'cli.js');
      await buildCli(outfile);
      const inputFile = join(dir, 'in.jsonl');
      writeFileSync(inputFile, `${Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ text: `${i % 2 === 0 ? WHY : HOW} Entry ${i}.` })).join('\n')}\n`);
      const errFile = join(dir, 'err.txt');
      const result = spawnSync('sh', ['-c', `"${process.execPath}" "${outfile}" classify --jsonl --jobs 1 < "${inputFile}" 2> "${errFile}" | head -n 1`], { encoding: 'utf8' });
      assert.equal(result.status, 0);
      assert.equal(result.stdout.trimEnd().split('\n').length, 1);
      const err = readFileSync(errFile, 'utf8');
      assert.doesNotMatch(err, /EPIPE|Unhandled|Error/, err);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a --jobs that is not a whole number from 1 to 64', async () => {
    for (const jobs of ['0', 'two', '1.5', '65']) {
      const { io, err } = capture({ stdin: [] });
      assert.equal(await run(['classify', '--jsonl', '--jobs', jobs], io), 2);
      assert.match(err.join(''), /--jobs needs a whole number/);
    }
  });

  it('works as the built dist/cli.js with a shebang, over real stdin and stdout', async function () {
    this.timeout(20_000);
    const dir = mkdtempSync(join(tmpdir(), 'lj-cli-'));
    try {
      const outfile = join(dir, 'cli.js');
      await buildCli(outfile, '#!/usr/bin/env node');
      const input = `${JSON.stringify({ text: WHY })}\nnot json\n${JSON.stringify({ text: HOW })}\n`;
      const result = spawnSync(process.execPath, [outfile, 'classify', '--jsonl'], { input, encoding: 'utf8' });
      assert.equal(result.status, 1);
      const lines = result.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 3);
      assert.equal((JSON.parse(lines[2] ?? '{}') as { label?: string }).label, 'how');
      assert.match(result.stderr, /line 2: invalid JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
