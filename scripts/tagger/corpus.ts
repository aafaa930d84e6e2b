// The labelled corpus (corpus/, see its README): texts by writer, two independent labels for each
// item (corpus/labels/A and B), the third reader's decisions where they disagreed
// (corpus/labels/adjudicated), and what follows: the gold label, or none when the item is unsure.
// Agreement (Cohen's kappa) is computed here too. Reading only: nothing here writes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Language = 'en' | 'de';
/** train: the method may learn and be tuned on it; test and definitions: scored once, never read for tuning. */
export type Part = 'train' | 'test' | 'definitions';
export type SentenceGold = 'why' | 'how' | 'none';
export type EntryGold = 'why' | 'how' | 'balanced' | 'unclear';

export interface CorpusItem {
  readonly id: string;
  readonly text: string;
  readonly writer: string;
  readonly setting: string;
  readonly voice?: string;
  readonly kind?: string;
  readonly source?: string;
}

export interface Labelled<L> extends CorpusItem {
  /** The agreed or adjudicated label; undefined when unsure (left out of every score). */
  readonly gold: L | undefined;
  readonly traps: readonly string[];
  /** The two labellers' labels, for agreement figures. */
  readonly a: string | undefined;
  readonly b: string | undefined;
}

export interface CorpusFile<L> {
  readonly name: string;
  readonly language: Language;
  readonly part: Part;
  readonly kind: 'sentences' | 'entries';
  readonly items: readonly Labelled<L>[];
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}

interface LabelRow {
  readonly label: string;
  readonly traps: readonly string[];
}

function readLabels(path: string): Map<string, LabelRow> {
  const labels = new Map<string, LabelRow>();
  if (!existsSync(path)) {
    return labels;
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [id, label, traps] = line.trim().split('\t');
    if (id && label) {
      labels.set(id, { label: label.trim(), traps: traps === undefined || traps.trim() === '-' || traps.trim() === '' ? [] : traps.split(',').map((trap) => trap.trim()).sort() });
    }
  }
  return labels;
}

const SENTENCE_LABELS = new Set(['why', 'how', 'none']);
const ENTRY_LABELS = new Set(['why', 'how', 'balanced', 'unclear']);

function decide(a: LabelRow | undefined, b: LabelRow | undefined, third: LabelRow | undefined, allowed: ReadonlySet<string>): { gold: string | undefined; traps: readonly string[] } {
  if (third !== undefined) {
    return { gold: allowed.has(third.label) ? third.label : undefined, traps: third.traps };
  }
  if (a !== undefined && b !== undefined && a.label === b.label && allowed.has(a.label)) {
    // Traps: both must see a trap for it to count (a false alarm is worse than a miss).
    return { gold: a.label, traps: a.traps.filter((trap) => b.traps.includes(trap)) };
  }
  return { gold: undefined, traps: [] };
}

/** Every corpus file of a language and part, with its labels and gold. */
export function readCorpus<L extends string>(root: string, language: Language, part: Part, kind: 'sentences' | 'entries'): CorpusFile<L>[] {
  const folder = join(root, 'corpus', language, part);
  if (!existsSync(folder)) {
    return [];
  }
  const allowed = kind === 'sentences' ? SENTENCE_LABELS : ENTRY_LABELS;
  const files: CorpusFile<L>[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith(`.${kind}.jsonl`)).sort()) {
    const name = file.replace(/\.jsonl$/, '');
    const a = readLabels(join(root, 'corpus', 'labels', 'A', `${name}.tsv`));
    const b = readLabels(join(root, 'corpus', 'labels', 'B', `${name}.tsv`));
    const third = readLabels(join(root, 'corpus', 'labels', 'adjudicated', `${name}.tsv`));
    const items = readJsonl(join(folder, file)).map((row): Labelled<L> => {
      const id = String(row.id);
      const { gold, traps } = decide(a.get(id), b.get(id), third.get(id), allowed);
      return {
        id,
        text: String(row.text),
        writer: id.split('-').slice(0, 2).join('-'),
        setting: String(row.setting ?? ''),
        voice: row.voice === undefined ? undefined : String(row.voice),
        kind: row.kind === undefined ? undefined : String(row.kind),
        source: row.source === undefined ? undefined : String(row.source),
        gold: gold as L | undefined,
        traps,
        a: a.get(id)?.label,
        b: b.get(id)?.label,
      };
    });
    files.push({ name, language, part, kind, items });
  }
  return files;
}

/** Cohen's kappa of the two labellers over the items both labelled (unsure counts as a label). */
export function cohensKappa(items: readonly { readonly a: string | undefined; readonly b: string | undefined }[]): { kappa: number; agreement: number; n: number } {
  const pairs = items.filter((item) => item.a !== undefined && item.b !== undefined) as { a: string; b: string }[];
  const n = pairs.length;
  if (n === 0) {
    return { kappa: NaN, agreement: NaN, n };
  }
  const agree = pairs.filter((pair) => pair.a === pair.b).length / n;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  for (const { a, b } of pairs) {
    countA.set(a, (countA.get(a) ?? 0) + 1);
    countB.set(b, (countB.get(b) ?? 0) + 1);
  }
  let chance = 0;
  for (const [label, count] of countA) {
    chance += (count / n) * ((countB.get(label) ?? 0) / n);
  }
  return { kappa: (agree - chance) / (1 - chance), agreement: agree, n };
}
