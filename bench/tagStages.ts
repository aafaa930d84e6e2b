// Where a warm tag of one short entry spends its time: each stage of `classify --jsonl`'s per-line
// work timed alone over the CLI bench's entries (bench/cliBench.ts: ~700-byte entries, one JSON object
// a line), in CPU time of this process, after three warm-up passes of the whole path, so V8 has
// compiled everything (the first pass of a fresh thread is ~1 s of compiling on top: see docs/figures.md,
// "The CLI over JSON lines"). The tagger is bundled and minified as the product ships it
// (scripts/build.ts), so the stages run the code the CLI runs.
//
// A stage timed alone is compiled for that loop alone, so the stages need not add up to the whole:
// the table says where the time is, not to the microsecond. CPU time, not wall clock: on a shared
// machine the wall clock follows the other processes (the load average is printed beside).
//
//   npx tsx bench/tagStages.ts [--entries 8000] [--rounds 7]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { asciiOnly } from '../scripts/asciiOnly';
import { repoRoot } from '../scripts/vscodePaths';
import { cliBenchInput } from './cliBench';
import { loadShippedBundle } from './shippedBundle';

/** The internals the stages call, from the bundle below. */
interface Internals {
  createTagger(options?: object): { tag(markdown: string): { why: number; how: number; traps: readonly { id: string }[]; sentences: readonly { text: string }[] } };
  createClassifier(language: 'en', options?: object): { classify(text: string): unknown };
  classifiedSentence(classifier: unknown, text: string, line: number): { result: { tokens: readonly unknown[] } };
  readTraps(sentences: readonly unknown[], language: 'en'): unknown;
  labelOf(read: { why: number; how: number }, sentences: readonly unknown[], traps: readonly unknown[], language: 'en'): unknown;
  entryFunctions(sentences: readonly unknown[]): unknown;
  statedStyle(markdown: string, sentences: readonly { text: string }[]): unknown;
  extractUserText(markdown: string): readonly unknown[];
  splitSentences(blocks: readonly unknown[]): readonly { text: string; line: number }[];
  isWords(text: string): boolean;
  tokenize(text: string, language: 'en'): readonly unknown[];
  builtInCueTable(language: 'en'): { match(tokens: readonly unknown[]): unknown };
  builtInTrapTable(language: 'en'): { match(tokens: readonly unknown[]): unknown };
  toContract(result: unknown): unknown;
}

const ENTRY = [
  "export { createTagger, classifiedSentence, readTraps, labelOf, isWords } from './tagger';",
  "export { createClassifier } from './classify';",
  "export { extractUserText } from './markdownText';",
  "export { splitSentences } from './sentences';",
  "export { tokenize } from './tokens';",
  "export { entryFunctions } from './functions';",
  "export { statedStyle } from './statedStyle';",
  "export { builtInCueTable, builtInTrapTable } from './builtInLexicon';",
  "export { toContract } from '../../cli/contract';",
].join('\n');

async function internals(dir: string): Promise<Internals> {
  return loadShippedBundle<Internals>(repoRoot, ENTRY, join(dir, 'stages.js'), [asciiOnly]);
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** CPU microseconds of `run`, this process's (in a warm loop V8's compiler threads are idle). */
function cpuMicros(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

async function main(): Promise<void> {
  const count = option('--entries', 8000);
  const rounds = option('--rounds', 7);
  const dir = mkdtempSync(join(tmpdir(), 'lj-stages-'));
  try {
    const b = await internals(dir);
    const { text } = cliBenchInput();
    const lines = text.split('\n').filter((line) => line !== '').slice(0, count);
    const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    const tagger = b.createTagger({});
    const whole = (): void => {
      for (const line of lines) {
        JSON.stringify(b.toContract(tagger.tag((JSON.parse(line) as { text: string }).text)));
      }
    };
    for (let pass = 0; pass < 3; pass++) {
      whole();
    }
    const texts = lines.map((line) => (JSON.parse(line) as { text: string }).text);
    const english = b.createClassifier('en', {});
    const terse = b.createClassifier('en', { evidence: false });
    const blocks = texts.map((markdown) => b.extractUserText(markdown));
    const split = blocks.map((entry) => b.splitSentences(entry).filter((sentence) => b.isWords(sentence.text)));
    const classified = split.map((entry) => entry.map((sentence) => b.classifiedSentence(english, sentence.text, sentence.line)));
    const tokens = classified.map((entry) => entry.map((sentence) => sentence.result.tokens));
    const results = texts.map((markdown) => tagger.tag(markdown));
    const contracts = results.map((result) => b.toContract(result));
    const cues = b.builtInCueTable('en');
    const traps = b.builtInTrapTable('en');
    const stages: readonly (readonly [string, () => void])[] = [
      ['the whole line: JSON.parse, tag, contract, JSON.stringify', whole],
      ['JSON.parse of the line', () => lines.forEach((line) => JSON.parse(line))],
      ['tag (createTagger().tag)', () => texts.forEach((markdown) => tagger.tag(markdown))],
      ['  block parse (extractUserText)', () => texts.forEach((markdown) => b.extractUserText(markdown))],
      ['  sentence split (splitSentences, isWords)', () => blocks.forEach((entry) => b.splitSentences(entry).filter((sentence) => b.isWords(sentence.text)))],
      ['  classify every sentence (classifiedSentence)', () => split.forEach((entry) => entry.forEach((sentence) => b.classifiedSentence(english, sentence.text, sentence.line)))],
      ['    of which tokenise (tokenize)', () => split.forEach((entry) => entry.forEach((sentence) => b.tokenize(sentence.text, 'en')))],
      ['    of which the cue lexicon\'s matches', () => tokens.forEach((entry) => entry.forEach((sentence) => cues.match(sentence)))],
      ['    classify without cues (evidence: false)', () => split.forEach((entry) => entry.forEach((sentence) => terse.classify(sentence.text)))],
      ['  traps, with the shares (readTraps)', () => classified.forEach((entry) => b.readTraps(entry, 'en'))],
      ['    of which the trap phrases\' matches', () => tokens.forEach((entry) => entry.forEach((sentence) => traps.match(sentence)))],
      ['  entry label (labelOf)', () => classified.forEach((entry, at) => b.labelOf(results[at] as { why: number; how: number }, entry, (results[at] as { traps: readonly unknown[] }).traps, 'en'))],
      ['  entry functions (entryFunctions)', () => classified.forEach((entry) => b.entryFunctions(entry))],
      ['  stated style (statedStyle)', () => texts.forEach((markdown, at) => b.statedStyle(markdown, (results[at] as { sentences: readonly { text: string }[] }).sentences))],
      ['contract object (toContract)', () => results.forEach((result) => b.toContract(result))],
      ['JSON.stringify of the contract', () => contracts.forEach((contract) => JSON.stringify(contract))],
    ];
    const best = stages.map(() => Infinity);
    for (let round = 0; round < rounds; round++) {
      stages.forEach(([, run], at) => {
        best[at] = Math.min(best[at] as number, cpuMicros(run));
      });
    }
    const sentences = split.reduce((sum, entry) => sum + entry.length, 0);
    const wholeMicros = (best[0] as number) / lines.length;
    console.log(`${lines.length} entries of bench/cliBench.ts's input (${(bytes / lines.length).toFixed(0)} bytes a line, ${(sentences / lines.length).toFixed(1)} sentences an entry), warm, CPU time, best of ${rounds}; load ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
    stages.forEach(([name], at) => {
      const micros = (best[at] as number) / lines.length;
      console.log(`${micros.toFixed(2).padStart(7)} µs an entry ${(100 * micros / wholeMicros).toFixed(0).padStart(4)} %  ${name}`);
    });
    console.log(`the whole line warm: ${(bytes / lines.length / wholeMicros).toFixed(1)} MB/s of CPU time on one thread`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
