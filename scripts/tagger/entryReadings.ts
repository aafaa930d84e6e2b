// Writes what the shipped tagger reads in each training entry, for the entry-label analyses of
// scripts/tagger/entryCeiling/ (docs in docs/entry-ceiling.md, issue #12's ceiling study): per language,
// `<lang>.json` (one row per training entry with a gold label: its sentences as the tagger splits
// them with each one's label and side probabilities, the traps found and the readers' traps, the
// share rule's label, and the label the product gives) and `ctx-<lang>.json` (the readers' labels of
// the lines inside the sampled entries, corpus/<lang>/train/<lang>-ctxN, by entry id).
// Run: npx tsx scripts/tagger/entryReadings.ts OUT_DIR. Reads the training part only; writes only OUT_DIR.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryLabel } from '../../src/core/tagger/entryLabel';
import { modelMayCallUnclear } from '../../src/core/tagger/entryModel';
import type { TaggerLanguage } from '../../src/core/tagger/lemmaTable';
import { labelledByTrap, labelOf } from '../../src/core/tagger/tagger';
import { repoRoot } from '../vscodePaths';
import { readCorpus, type SentenceGold } from './corpus';
import { trainingEntryReadings } from './trainingEntries';

interface EntryRow {
  readonly writer: string;
  readonly id: string;
  readonly kind: string | null;
  readonly gold: string;
  readonly goldTraps: readonly string[];
  /** Per sentence: the tagger's label, p(why), p(how). */
  readonly s: readonly (readonly [string, number, number])[];
  /** Per sentence: its text. */
  readonly t: readonly string[];
  readonly traps: readonly string[];
  /** The share rule's label (entryLabel.ts) and the shares it reads. */
  readonly shares: string;
  readonly readWhy: number;
  readonly readHow: number;
  readonly unclearByShares: boolean;
  readonly trapHow: boolean;
  readonly may: boolean;
  /** The label the product gives (tagger.ts labelOf). */
  readonly shipped: string;
}

interface LineRow {
  readonly id: string;
  readonly text: string;
  readonly gold: SentenceGold | null;
  readonly a: string | null;
  readonly b: string | null;
}

function entryRows(language: TaggerLanguage): EntryRow[] {
  return trainingEntryReadings(language).map(({ item, sentences, read, traps }) => ({
    writer: item.writer,
    id: item.id,
    kind: item.kind ?? null,
    gold: item.gold as string,
    goldTraps: item.traps,
    s: sentences.map((sentence) => [sentence.result.label, sentence.sides.why, sentence.sides.how] as const),
    t: sentences.map((sentence) => sentence.text),
    traps: traps.map((trap) => trap.id),
    shares: entryLabel(read.why, read.how, traps),
    readWhy: read.why,
    readHow: read.how,
    unclearByShares: read.why + read.how === 0,
    trapHow: labelledByTrap(read.why, read.how, traps),
    may: modelMayCallUnclear(sentences),
    shipped: labelOf(read, sentences, traps, language),
  }));
}

function lineRows(language: TaggerLanguage): Record<string, LineRow[]> {
  const byEntry: Record<string, LineRow[]> = {};
  for (const file of readCorpus<SentenceGold>(repoRoot, language, 'train', 'sentences').filter((candidate) => candidate.name.startsWith(`${language}-ctx`))) {
    for (const item of file.items) {
      const entry = item.id.replace(/-s\d+$/, '');
      (byEntry[entry] ??= []).push({ id: item.id, text: item.text, gold: item.gold ?? null, a: item.a ?? null, b: item.b ?? null });
    }
  }
  return byEntry;
}

function main(): void {
  const out = process.argv[2];
  if (out === undefined) {
    throw new Error('usage: npx tsx scripts/tagger/entryReadings.ts OUT_DIR');
  }
  mkdirSync(out, { recursive: true });
  for (const language of ['en', 'de'] as const) {
    const rows = entryRows(language);
    const lines = lineRows(language);
    writeFileSync(join(out, `${language}.json`), JSON.stringify(rows));
    writeFileSync(join(out, `ctx-${language}.json`), JSON.stringify(lines));
    console.log(`${language}: ${rows.length} training entries, ${Object.keys(lines).length} with readers' line labels`);
  }
}

if (require.main === module) {
  main();
}
