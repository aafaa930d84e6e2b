// Measures which cues the tagger shows (issue 12 item 3), for the shown rule in use:
//   1. the blind cue audits (corpus/labels/cues/audit1*, audit2*, audit3*), each and together: of the judged cues, which are still
//      shown when each sample sentence is tagged again (matched by cue text), and the share of those
//      both judges accepted, per language;
//   2. the training corpus's why/how sentences (gold): the share the tagger labels with no word cue.
// `--save=FILE` writes every cue list as JSON, `--compare=FILE` prints the figures of a saved run beside
// this one and `--sample=FILE` writes 200 random labelled sentences with their cues in both runs.
// Run: npx tsx scripts/tagger/shownCuesAudit.ts. Reads only; writes only the files named.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier, type Classifier } from '../../src/core/tagger/classify';
import type { TaggerLanguage } from '../../src/core/tagger/lemmaTable';
import { repoRoot } from '../vscodePaths';
import { readCorpus, type SentenceGold } from './corpus';

interface Run {
  /** Per audit row (`audit1:12`): the cues the tagger shows on its sentence now. */
  readonly audit: Record<string, readonly string[]>;
  /** Per corpus sentence id: its label and cues. */
  readonly corpus: Record<string, { readonly label: string; readonly cues: readonly string[]; readonly text: string; readonly gold: string }>;
}

interface AuditRow {
  readonly key: string;
  readonly language: TaggerLanguage;
  readonly cue: string;
  readonly text: string;
  readonly accepted: boolean;
}

const AUDITS = ['audit1', 'audit2', 'audit3'];

function tsv(path: string): string[][] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => line.split('\t'));
}

function auditRows(): AuditRow[] {
  const folder = join(repoRoot, 'corpus', 'labels', 'cues');
  return AUDITS.flatMap((audit) => {
    const a = new Map(tsv(join(folder, `${audit}.A.tsv`)).map((row) => [row[0], row[1]]));
    const b = new Map(tsv(join(folder, `${audit}.B.tsv`)).map((row) => [row[0], row[1]]));
    return tsv(join(folder, `${audit}.sample.tsv`)).map(([id, language, , cue, text]) => ({
      key: `${audit}:${id}`, language: language as TaggerLanguage, cue: cue as string, text: text as string,
      accepted: a.get(id) === 'ACCEPT' && b.get(id) === 'ACCEPT',
    }));
  });
}

/** Quoted cues (a word, a phrase, a shape or a user's term), not the contrast and negation notes. */
function wordCues(cues: readonly string[]): string[] {
  return cues.filter((cue) => cue.startsWith('"'));
}

function measure(): Run {
  const classifiers: Record<TaggerLanguage, Classifier> = { en: createClassifier('en'), de: createClassifier('de') };
  const audit: Record<string, readonly string[]> = {};
  for (const row of auditRows()) {
    audit[row.key] = classifiers[row.language].classify(row.text).cues;
  }
  const corpus: Run['corpus'] = {};
  for (const language of ['en', 'de'] as const) {
    for (const file of readCorpus<SentenceGold>(repoRoot, language, 'train', 'sentences')) {
      for (const item of file.items) {
        if (item.gold === 'why' || item.gold === 'how') {
          const result = classifiers[language].classify(item.text);
          corpus[`${language}:${item.id}`] = { label: result.label, cues: result.cues, text: item.text, gold: item.gold };
        }
      }
    }
  }
  return { audit, corpus };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${(100 * part / whole).toFixed(1)} %`;
}

function report(name: string, run: Run): void {
  const rows = auditRows();
  for (const language of ['en', 'de'] as const) {
    for (const audit of [...AUDITS, AUDITS.join('+')]) {
      const judged = rows.filter((row) => row.language === language && audit.split('+').includes(row.key.split(':')[0] as string));
      const shown = judged.filter((row) => (run.audit[row.key] ?? []).includes(row.cue));
      const accepted = shown.filter((row) => row.accepted).length;
      console.log(`${name} ${language} ${audit}: ${shown.length} of ${judged.length} judged cues still shown, both judges accepted ${accepted} (${percent(accepted, shown.length)}); `
        + `of all judged ${percent(judged.filter((row) => row.accepted).length, judged.length)}`);
    }
    const sentences = Object.entries(run.corpus).filter(([key]) => key.startsWith(`${language}:`)).map(([, value]) => value);
    const labelled = sentences.filter((sentence) => sentence.label === 'why' || sentence.label === 'how');
    const bare = labelled.filter((sentence) => wordCues(sentence.cues).length === 0).length;
    console.log(`${name} ${language} corpus train why/how (gold) ${sentences.length}, labelled why/how by the tagger ${labelled.length}: no word cue ${bare} (${percent(bare, labelled.length)})`);
  }
}

/** A small seeded generator (mulberry32), so the sample is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function main(): void {
  const option = (name: string): string | undefined => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const now = measure();
  const save = option('save');
  if (save !== undefined) {
    writeFileSync(save, JSON.stringify(now));
  }
  const compare = option('compare');
  const before = compare === undefined ? undefined : JSON.parse(readFileSync(compare, 'utf8')) as Run;
  if (before !== undefined) {
    report('before', before);
  }
  report(before === undefined ? 'now' : 'after', now);
  const sample = option('sample');
  if (sample !== undefined && before !== undefined) {
    const next = random(12);
    const keys = Object.keys(now.corpus);
    const picked = new Set<string>();
    while (picked.size < Math.min(200, keys.length)) {
      picked.add(keys[Math.floor(next() * keys.length)] as string);
    }
    const lines = ['id\tgold\tlabel\tbefore\tafter\tsentence'];
    for (const key of [...picked].sort()) {
      const after = now.corpus[key];
      const was = before.corpus[key];
      if (after !== undefined) {
        lines.push([key, after.gold, after.label, wordCues(was?.cues ?? []).join(' | ') || '—', wordCues(after.cues).join(' | ') || '—', after.text.replace(/\s+/g, ' ')].join('\t'));
      }
    }
    writeFileSync(sample, `${lines.join('\n')}\n`);
  }
}

main();
