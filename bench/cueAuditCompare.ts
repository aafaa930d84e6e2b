// A blind comparison of two evidence rules on one text (issue #12 item 3): the cues each of two
// checkouts' taggers shows on the same entries, a seeded sample drawn from each (a cue both draw is
// judged once), mixed and handed to two judges who know neither rule; `bench/cueAudit.ts score
// SAMPLE A B KEY` then scores each rule on the cues drawn from it. Notes ("negated: …",
// "contrast: …") are not drawn: they are not reasons (Explain Tags shows them under the cues).
//
//   npx tsx bench/cueAuditCompare.ts BEFORE_ROOT AFTER_ROOT OUT [--en N] [--de N] [--seed S] FILE.entries.jsonl…
//       writes OUT.sample.tsv (`n  language  label  cue  sentence`) and OUT.key.tsv (`n  id  arms`),
//       and prints, per rule and language, the cues shown and the labelled sentences with no word cue
// BEFORE_ROOT and AFTER_ROOT are checkouts (a `git worktree` of the commit before, and this one).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { mulberry32 } from '../src/core/text/random';

interface Shown { readonly language: string; readonly id: string; readonly label: string; readonly cue: string; readonly sentence: string }
interface Tagger { tag(text: string): { sentences: readonly { text: string; label: string; cues: readonly string[] }[] } }

function entries(files: readonly string[]): { language: string; id: string; text: string }[] {
  return files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
    const item = JSON.parse(line) as { id: string; text: string };
    return { language: basename(file).startsWith('de-') ? 'de' : 'en', id: item.id, text: item.text };
  }));
}

function shown(tagger: Tagger, items: ReturnType<typeof entries>): { cues: Shown[]; labelled: Map<string, number>; bare: Map<string, number> } {
  const cues: Shown[] = [];
  const labelled = new Map<string, number>();
  const bare = new Map<string, number>();
  for (const item of items) {
    for (const sentence of tagger.tag(item.text).sentences) {
      const words = sentence.cues.filter((cue) => cue.startsWith('"'));
      if (sentence.label !== 'unclear') {
        labelled.set(item.language, (labelled.get(item.language) ?? 0) + 1);
        bare.set(item.language, (bare.get(item.language) ?? 0) + (words.length === 0 ? 1 : 0));
      }
      for (const cue of words) {
        cues.push({ language: item.language, id: item.id, label: sentence.label, cue, sentence: sentence.text.replace(/\s+/g, ' ') });
      }
    }
  }
  return { cues, labelled, bare };
}

async function main(): Promise<void> {
  const [beforeRoot, afterRoot, out, ...rest] = process.argv.slice(2);
  if (beforeRoot === undefined || afterRoot === undefined || out === undefined) {
    console.error('usage: cueAuditCompare.ts BEFORE_ROOT AFTER_ROOT OUT [--en N] [--de N] [--seed S] FILE.entries.jsonl…');
    process.exit(2);
  }
  const counts: Record<string, number> = { en: 120, de: 80 };
  let seed = 1;
  const files: string[] = [];
  for (let at = 0; at < rest.length; at += 1) {
    const arg = rest[at] as string;
    if (arg === '--en' || arg === '--de') counts[arg.slice(2)] = Number(rest[++at]);
    else if (arg === '--seed') seed = Number(rest[++at]);
    else files.push(arg);
  }
  const items = entries(files);
  const arms: Record<string, ReturnType<typeof shown>> = {};
  for (const [arm, root] of [['before', beforeRoot], ['after', afterRoot]] as const) {
    const module = await import(join(root, 'src', 'core', 'tagger', 'tagger.ts')) as { createTagger(): Tagger };
    arms[arm] = shown(module.createTagger(), items);
  }
  const random = mulberry32(seed);
  const shuffle = <T>(list: T[]): T[] => {
    for (let at = list.length - 1; at > 0; at -= 1) {
      const other = Math.floor(random() * (at + 1));
      [list[at], list[other]] = [list[other] as T, list[at] as T];
    }
    return list;
  };
  const key = (cue: Shown): string => `${cue.id}\t${cue.sentence}\t${cue.cue}`;
  const chosen = new Map<string, { cue: Shown; arms: Set<string> }>();
  for (const [arm, { cues }] of Object.entries(arms)) {
    for (const language of ['en', 'de']) {
      for (const cue of shuffle(cues.filter((shownCue) => shownCue.language === language)).slice(0, counts[language])) {
        const entry = chosen.get(key(cue)) ?? { cue, arms: new Set<string>() };
        entry.arms.add(arm);
        chosen.set(key(cue), entry);
      }
    }
  }
  for (const [arm, { cues, labelled, bare }] of Object.entries(arms)) {
    for (const language of ['en', 'de']) {
      const of = labelled.get(language) ?? 0;
      console.log(`${arm} ${language}: ${cues.filter((cue) => cue.language === language).length} word cues shown; ${bare.get(language) ?? 0} of ${of} labelled sentences with no word cue (${(100 * (bare.get(language) ?? 0) / Math.max(1, of)).toFixed(1)} %)`);
    }
  }
  const list = shuffle([...chosen.values()]);
  writeFileSync(`${out}.sample.tsv`, list.map((entry, at) => [at + 1, entry.cue.language, entry.cue.label, entry.cue.cue, entry.cue.sentence].join('\t')).join('\n') + '\n');
  writeFileSync(`${out}.key.tsv`, list.map((entry, at) => `${at + 1}\t${entry.cue.id}\t${[...entry.arms].sort().join(',')}`).join('\n') + '\n');
  console.log(`sample: ${list.length} cues`);
}

void main();
