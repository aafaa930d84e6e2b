// Everything the tagger says about every corpus text, written to one file, so a speed change can be
// proved byte-identical with `cmp` (a quicker loop than bench/sameTags.ts, which bundles two trees):
// every text of corpus/*/*/*.jsonl (entries and sentence files, English and German), each
//
//   - tagged whole (createTagger) with the default options, with `evidence: false` (the index's path)
//     and with user terms: the whole TagResult (label, language, shares, functions, style, traps, and
//     each sentence's label, cues and line);
//   - explained (explainTags, explainMarkdown) from the default result;
//   - each of its sentences classified alone by its language's classifier, and the whole text classified
//     alone by its file's language: label, cues, scores, functions, style, weights, the lexicon
//     matches and the tokens (stem ids included: this dump is stricter than sameTags.ts).
//
// Numbers are written as JSON writes them, so any change of a score's last bit shows.
//
//   npx tsx bench/tagDump.ts OUT.jsonl      then, after a change, again to another file and `cmp` them
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../scripts/vscodePaths';
import { createClassifier } from '../src/core/tagger/classify';
import { explainMarkdown } from '../src/core/tagger/explain';
import { explainTags } from '../src/core/tagger/explanation';
import { createTagger } from '../src/core/tagger/tagger';

const USER_TERMS = { whyTerms: ['purpose', 'north star'], howTerms: ['rota', 'spreadsheet'] };

/** The corpus files, in a fixed order, with their language (from the folder). */
function corpusFiles(): { path: string; language: 'en' | 'de' }[] {
  const files: { path: string; language: 'en' | 'de' }[] = [];
  for (const language of ['en', 'de'] as const) {
    const root = join(repoRoot, 'corpus', language);
    for (const folder of readdirSync(root).sort()) {
      for (const name of readdirSync(join(root, folder)).filter((file) => file.endsWith('.jsonl')).sort()) {
        files.push({ path: join(root, folder, name), language });
      }
    }
  }
  return files;
}

/** A cue (lexicon.ts Cue) as what it says, pattern and place included, without its table (a cycle). */
function publicCues(key: string, value: unknown): unknown {
  if (key !== 'cue' || typeof value !== 'object' || value === null) {
    return value;
  }
  const { phrase, side, weight, fn, style, pattern, literals, index } = value as Record<string, unknown>;
  return { phrase, side, weight, fn, style, pattern, literals, index };
}

function main(): void {
  const out = process.argv[2];
  if (out === undefined) {
    throw new Error('usage: tsx bench/tagDump.ts OUT.jsonl');
  }
  const stream = createWriteStream(out);
  const variants = [{}, { evidence: false }, USER_TERMS];
  const taggers = variants.map((options) => createTagger(options));
  const classifiers = { en: createClassifier('en'), de: createClassifier('de') };
  let texts = 0;
  for (const file of corpusFiles()) {
    const lines = readFileSync(file.path, 'utf8').split('\n');
    for (let at = 0; at < lines.length; at += 1) {
      const line = lines[at] as string;
      if (line.trim() === '') {
        continue;
      }
      const text = (JSON.parse(line) as { text: string }).text;
      const results = taggers.map((tagger) => tagger.tag(text));
      const first = results[0] as ReturnType<(typeof taggers)[number]['tag']>;
      const classifier = first.language === 'de' ? classifiers.de : classifiers.en;
      const record = {
        at: `${file.path.slice(repoRoot.length + 1)}:${at + 1}`,
        results,
        explained: explainTags(first),
        markdown: explainMarkdown(first),
        sentences: first.sentences.map((sentence) => classifier.classify(sentence.text)),
        alone: classifiers[file.language].classify(text),
      };
      stream.write(`${JSON.stringify(record, publicCues)}\n`);
      texts += 1;
    }
  }
  stream.end(() => console.log(`${texts} texts written to ${out}`));
}

main();
