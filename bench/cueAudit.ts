// The cue audit of issue #12 item 3 ("every cue shown is one a person would accept as evidence"):
// every cue the shipped tagger shows on a set of corpus files — each sentence file's sentences
// classified alone, each entry tagged whole — with a seeded sample to hand to two judges who never
// saw the tagger's rules, and the figure from their verdicts.
//
//   npx tsx bench/cueAudit.ts sample OUT.tsv [--en N] [--de N] [--seed S] FILE.jsonl…
//       writes OUT.tsv (`n  language  label  cue  sentence`, the judges' file) and OUT.key.tsv (`n  id`)
//   npx tsx bench/cueAudit.ts score SAMPLE.tsv JUDGE_A.tsv JUDGE_B.tsv [KEY.tsv]
//       prints (per rule, when the key's third column names the rules each cue was drawn from), per language, the share of word cues both judges accepted (and either), and with
//       the structure notes ("negated: …", "contrast: …") counted as cues too
// A judge's file has one line per sample line: `n  ACCEPT|REJECT  reason`.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createClassifier } from '../src/core/tagger/classify';
import { createTagger } from '../src/core/tagger/tagger';
import { mulberry32 } from '../src/core/text/random';

type Language = 'en' | 'de';
interface Shown { readonly language: Language; readonly id: string; readonly label: string; readonly cue: string; readonly sentence: string }

/** Every cue shown on the files' texts, in file order; the language is the file name's prefix (en-…, de-…). */
function shownCues(files: readonly string[]): Shown[] {
  const tagger = createTagger();
  const classifiers = { en: createClassifier('en'), de: createClassifier('de') };
  const shown: Shown[] = [];
  for (const file of files) {
    const language: Language = basename(file).startsWith('de-') ? 'de' : 'en';
    for (const line of readFileSync(file, 'utf8').split('\n').filter((text) => text.trim() !== '')) {
      const item = JSON.parse(line) as { id: string; text: string };
      const sentences = file.includes('.entries.')
        ? tagger.tag(item.text).sentences
        : [{ text: item.text, ...classifiers[language].classify(item.text) }];
      for (const sentence of sentences) {
        for (const cue of sentence.cues ?? []) {
          shown.push({ language, id: item.id, label: String(sentence.label), cue, sentence: String(sentence.text).replace(/\s+/g, ' ') });
        }
      }
    }
  }
  return shown;
}

function sample(out: string, counts: Record<Language, number>, seed: number, files: readonly string[]): void {
  const random = mulberry32(seed);
  const all = shownCues(files);
  const chosen: Shown[] = [];
  for (const language of ['en', 'de'] as const) {
    const pool = all.filter((cue) => cue.language === language);
    for (let at = pool.length - 1; at > 0; at -= 1) { // Fisher–Yates, seeded
      const other = Math.floor(random() * (at + 1));
      [pool[at], pool[other]] = [pool[other] as Shown, pool[at] as Shown];
    }
    chosen.push(...pool.slice(0, counts[language]));
  }
  for (let at = chosen.length - 1; at > 0; at -= 1) {
    const other = Math.floor(random() * (at + 1));
    [chosen[at], chosen[other]] = [chosen[other] as Shown, chosen[at] as Shown];
  }
  writeFileSync(out, chosen.map((cue, at) => [at + 1, cue.language, cue.label, cue.cue, cue.sentence].join('\t')).join('\n') + '\n');
  writeFileSync(out.replace(/\.tsv$/, '') + '.key.tsv', chosen.map((cue, at) => `${at + 1}\t${cue.id}`).join('\n') + '\n');
  console.log(`${all.length} cues shown; sampled ${chosen.length} to ${out}`);
}

function verdicts(path: string): Map<string, string> {
  return new Map(readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => {
    const [n, verdict] = line.split('\t');
    return [n as string, (verdict ?? '').trim()];
  }));
}

function score(samplePath: string, aPath: string, bPath: string, keyPath?: string): void {
  const rows = readFileSync(samplePath, 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t'));
  const a = verdicts(aPath);
  const b = verdicts(bPath);
  // A key with a third column (`n  id  arm,arm`) names the rules each cue was drawn from (a blind
  // comparison of two rules on one text): each rule is scored on the cues drawn from it.
  const drawnBy = new Map<string, readonly string[]>();
  for (const line of keyPath === undefined ? [] : readFileSync(keyPath, 'utf8').split('\n').filter(Boolean)) {
    const [n, , arms] = line.split('\t');
    if (arms !== undefined) {
      drawnBy.set(n as string, arms.split(','));
    }
  }
  const arms = drawnBy.size === 0 ? [undefined] : [...new Set([...drawnBy.values()].flat())].sort();
  for (const arm of arms) {
    for (const language of ['en', 'de']) {
      for (const words of [true, false]) {
        const chosen = rows.filter((row) => row[1] === language && (!words || (row[3] ?? '').startsWith('"'))
          && (arm === undefined || (drawnBy.get(row[0] as string) ?? []).includes(arm)));
        const both = chosen.filter((row) => a.get(row[0] as string) === 'ACCEPT' && b.get(row[0] as string) === 'ACCEPT').length;
        const either = chosen.filter((row) => a.get(row[0] as string) === 'ACCEPT' || b.get(row[0] as string) === 'ACCEPT').length;
        const agree = chosen.filter((row) => a.get(row[0] as string) === b.get(row[0] as string)).length;
        const share = (count: number): string => `${((100 * count) / Math.max(1, chosen.length)).toFixed(1)} %`;
        console.log(`${arm === undefined ? '' : `${arm}: `}${language} ${words ? 'word cues' : 'all cues, notes too'}: ${chosen.length} — accepted by both ${both} (${share(both)}), by either ${either} (${share(either)}); judges agree on ${agree}`);
      }
    }
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'sample') {
  const counts: Record<Language, number> = { en: 200, de: 100 };
  let seed = 1;
  const files: string[] = [];
  for (let at = 1; at < rest.length; at += 1) {
    const arg = rest[at] as string;
    if (arg === '--en' || arg === '--de') counts[arg.slice(2) as Language] = Number(rest[++at]);
    else if (arg === '--seed') seed = Number(rest[++at]);
    else files.push(arg);
  }
  sample(rest[0] as string, counts, seed, files);
} else if (command === 'score' && (rest.length === 3 || rest.length === 4)) {
  score(rest[0] as string, rest[1] as string, rest[2] as string, rest[3]);
} else {
  console.error('usage: cueAudit.ts sample OUT.tsv [--en N] [--de N] [--seed S] FILE.jsonl… | score SAMPLE.tsv A.tsv B.tsv [KEY.tsv]');
  process.exit(2);
}
