// Proof that a change to the tagger's speed changed no output: tags every text of the training and
// definition corpora (corpus/en/train, corpus/de/train, corpus/en/definitions; never corpus/*/test)
// with the tagger as bundled at an older commit and as bundled from this working tree, and compares
// everything both produce:
//
//   - the whole TagResult of each text (label, language, shares, functions, style, traps, and every
//     sentence's label, cues and line), with the default options, with `evidence: false` (the index's
//     path) and with user terms (settings);
//   - the explanation of each result (explainTags) and its Markdown (explainMarkdown);
//   - each sentence of each text classified alone: label, cues, scores, functions, style, their weights,
//     the lexicon matches (phrase, side, weight, value, span) and the tokens (stem, word, flags, clause).
//
// Numbers are equal to 1e-9. Stem ids (internal numbers, in the order stems are registered) and cue
// patterns made of them are not compared: they are not output, and their order may change.
//
//   npx tsx bench/sameTags.ts [--old <git ref>]      (default: the merge base of HEAD and main)
//
// Prints "0 differences out of N texts (M sentences)" or the first differences, and exits 1 on any.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as esbuild from 'esbuild';
import { repoRoot } from '../scripts/vscodePaths';
import { loadShippedBundle } from './shippedBundle';
import { asciiOnly } from '../scripts/asciiOnly';

interface Bundle {
  createTagger(options?: object): { tag(markdown: string): { sentences: readonly { text: string }[]; language: string | null } };
  createClassifier(language: 'en' | 'de', options?: object): { classify(text: string): unknown };
  explainTags(result: unknown): unknown;
  explainMarkdown(result: unknown): string;
}

const ENTRY = [
  "export { createTagger } from './tagger';",
  "export { createClassifier } from './classify';",
  "export { explainTags } from './explanation';",
  "export { explainMarkdown } from './explain';",
].join('\n');

const CORPORA = ['corpus/en/train', 'corpus/de/train', 'corpus/en/definitions'];
const USER_TERMS = { whyTerms: ['purpose', 'north star'], howTerms: ['rota', 'spreadsheet'] };

/** The tagger of the tree at `root`, bundled and minified as the product ships it (with `plugins`), loaded. */
async function bundleAt(root: string, outDir: string, name: string, plugins: esbuild.Plugin[]): Promise<Bundle> {
  return loadShippedBundle<Bundle>(root, ENTRY, join(outDir, `${name}.js`), plugins);
}

/** The source tree at `ref`, extracted to `dir` (with this checkout's node_modules). */
function checkout(ref: string, dir: string): void {
  const tar = execFileSync('git', ['archive', '--format=tar', ref, 'src', 'scripts', 'package.json', 'tsconfig.json'], { cwd: repoRoot, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
}

/** Every text of the corpora: entries and sentences alike. */
function corpusTexts(): string[] {
  const texts: string[] = [];
  for (const folder of CORPORA) {
    for (const file of readdirSync(join(repoRoot, folder)).filter((name) => name.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(repoRoot, folder, file), 'utf8').split('\n')) {
        if (line.trim() !== '') {
          texts.push((JSON.parse(line) as { text: string }).text);
        }
      }
    }
  }
  return texts;
}

/** What a cue (lexicon.ts Cue) says, whatever object holds it. */
function publicCue(cue: unknown): unknown {
  const { phrase, side, weight, fn, style, literals } = cue as Record<string, unknown>;
  return { phrase, side, weight, fn, style, literals };
}

/** The first difference between two values, as a path and the two sides, or undefined when equal. */
function difference(a: unknown, b: unknown, path: string): string | undefined {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 1e-9 || (Number.isNaN(a) && Number.isNaN(b)) ? undefined : `${path}: ${a} ≠ ${b}`;
  }
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return a === b ? undefined : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: array ≠ object`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const left = (a as Record<string, unknown>)[key];
    const right = (b as Record<string, unknown>)[key];
    if (key === 'pattern' || (key === 'id' && typeof left === 'number' && typeof right === 'number')) {
      continue; // Stem ids: internal, see the file comment.
    }
    const found = key === 'cue' ? difference(publicCue(left), publicCue(right), `${path}.cue`) : difference(left, right, `${path}.${key}`);
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--old');
  const ref = at >= 0 ? process.argv[at + 1] as string : execFileSync('git', ['merge-base', 'HEAD', 'main'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'lj-same-tags-'));
  try {
    const oldRoot = join(dir, 'old');
    execFileSync('mkdir', [oldRoot]);
    checkout(ref, oldRoot);
    const old = await bundleAt(oldRoot, dir, 'old', []);
    const now = await bundleAt(repoRoot, dir, 'new', [asciiOnly]); // As scripts/build.ts writes dist/tagger.js.
    const texts = corpusTexts();
    const variants = [{}, { evidence: false }, USER_TERMS];
    const taggers = variants.map((options) => [old.createTagger(options), now.createTagger(options)] as const);
    const classifiers = (['en', 'de'] as const).map((language) => [old.createClassifier(language), now.createClassifier(language)] as const);
    const differences: string[] = [];
    let sentences = 0;
    texts.forEach((text, index) => {
      taggers.forEach(([before, after], variant) => {
        const a = before.tag(text);
        const b = after.tag(text);
        const found = difference(a, b, `text ${index} (options ${JSON.stringify(variants[variant])})`)
          ?? (variant === 0 ? difference(old.explainTags(a), now.explainTags(b), `text ${index} explainTags`)
            ?? difference(old.explainMarkdown(a), now.explainMarkdown(b), `text ${index} explainMarkdown`) : undefined);
        if (found !== undefined) {
          differences.push(found);
        }
        if (variant === 0) {
          const language = a.language === 'de' ? 1 : 0;
          const [first, second] = classifiers[language] as (typeof classifiers)[number];
          for (const sentence of a.sentences) {
            sentences += 1;
            const alone = difference(first.classify(sentence.text), second.classify(sentence.text), `text ${index} sentence "${sentence.text.slice(0, 60)}"`);
            if (alone !== undefined) {
              differences.push(alone);
            }
          }
        }
      });
    });
    console.log(`old: ${ref}; new: this working tree`);
    console.log(`${differences.length} differences out of ${texts.length} texts × ${variants.length} option sets (and ${sentences} sentences classified alone)`);
    for (const line of differences.slice(0, 20)) {
      console.log(`  ${line}`);
    }
    process.exitCode = differences.length === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
