// The honest development figure of the entry label once the sentence model is trained on the sentences
// inside training entries (corpus/<lang>/train/<lang>-ctx*.sentences.jsonl, labelled by sentence rules).
// `npm run train:tagger`'s leave-one-writer-out entry figure is slightly flattered by them: its features come from
// a sentence model that saw those very sentences. Here the features are cross-fitted instead: the writers of
// the training entries fall into 5 folds, and a fold's entries are read by a sentence model trained on every
// training sentence except the in-entry sentences of that fold; then the entry model is scored leave one writer
// out on those features, as trainEntryModel.ts does.
// Run: npx tsx scripts/crossFitEntries.ts [ctx|base] [en|de]   (base: the training sentences without the in-entry
// ones, one model, for comparison; the language defaults to en). ~15 min on 2 cores. Prints the figure, the share rule's and the errors.
import { createClassifier } from '../src/core/tagger/classify';
import { entryLabel } from '../src/core/tagger/entryLabel';
import { ENTRY_CLASSES, entryFeatures, modelMayCallUnclear, predictEntryLabel, type EntryModel } from '../src/core/tagger/entryModel';
import { extractUserText } from '../src/core/tagger/markdownText';
import { splitSentences } from '../src/core/tagger/sentences';
import { classifiedSentence, isWords, labelledByTrap, readTraps } from '../src/core/tagger/tagger';
import type { TaggerLanguage } from '../src/core/tagger/lemmaTable';
import type { EntryLabel } from '../src/core/tagger/types';
import type { SentenceModelTable } from '../src/core/tagger/sentenceModel';
import { readCorpus, type EntryGold, type SentenceGold, type Labelled } from './tagger/corpus';
import { examplesOf, fullTable, trainCapped, TRAINING } from './trainTagger';
import { repoRoot } from './vscodePaths';

const FOLDS = 5;
const variant = process.argv[2] ?? 'ctx';
const lang = (process.argv[3] ?? 'en') as TaggerLanguage;
if (lang !== 'en' && lang !== 'de') throw new Error(`crossFitEntries: the language is en or de, not ${String(lang)}`);
const ctxPrefix = `${lang}-ctx`;
const all = readCorpus<SentenceGold>(repoRoot, lang, 'train', 'sentences');
const base = all.filter((f) => !f.name.startsWith(ctxPrefix)).flatMap((f) => f.items.filter((i) => i.gold !== undefined));
const ctx = all.filter((f) => f.name.startsWith(ctxPrefix)).flatMap((f) => f.items.filter((i) => i.gold !== undefined));
const entries = readCorpus<EntryGold>(repoRoot, lang, 'train', 'entries').flatMap((f) => f.items).filter((i) => i.gold !== undefined);
const entryOf = (id: string): string => id.replace(/-s\d\d$/, '');
const writers = [...new Set(entries.map((e) => e.writer))].sort();
const foldOf = new Map(writers.map((w, at) => [w, at % FOLDS]));
console.log(`base ${base.length}, ctx ${ctx.length} (of ${all.filter((f) => f.name.startsWith(ctxPrefix)).flatMap((f) => f.items).length}), entries ${entries.length}, writers ${writers.length}`);
const rowsAll: Labelled<SentenceGold>[] = [...base, ...ctx];
const table = fullTable(lang, rowsAll.map((r) => r.text));
const examples = examplesOf(table, rowsAll);
const baseEx = examples.slice(0, base.length);
const ctxEx = examples.slice(base.length);
const entryWriter = new Map(entries.map((e) => [e.id, e.writer]));

interface Row { writer: string; features: number[]; gold: EntryLabel; unclearByShares: boolean; trapHow: boolean; mayBeUnclear: boolean; byShares: EntryLabel }
const data: Row[] = [];
const modelFor = (fold: number): SentenceModelTable => {
  const extra = variant === 'base' ? [] : ctxEx.filter((_, at) => foldOf.get(entryWriter.get(entryOf((ctx[at] as Labelled<SentenceGold>).id)) ?? '') !== fold);
  const trained = trainCapped([...baseEx, ...extra], TRAINING[lang]);
  return { biasWhy: trained.biasWhy, biasHow: trained.biasHow, weights: trained.weights };
};
const folds = variant === 'base' ? [0] : [...Array(FOLDS).keys()];
for (const fold of folds) {
  const model = modelFor(variant === 'base' ? -1 : fold);
  const classifier = createClassifier(lang, {}, { model });
  for (const item of entries.filter((e) => variant === 'base' || foldOf.get(e.writer) === fold)) {
    const sentences = splitSentences(extractUserText(item.text)).filter((s) => isWords(s.text)).map((s) => classifiedSentence(classifier, s.text, s.line));
    const { read, traps } = readTraps(sentences, lang);
    data.push({ writer: item.writer, features: [...entryFeatures(sentences, traps.map((t) => t.id))], gold: item.gold as EntryLabel,
      unclearByShares: read.why + read.how === 0, trapHow: labelledByTrap(read.why, read.how, traps), mayBeUnclear: modelMayCallUnclear(sentences), byShares: entryLabel(read.why, read.how, traps) });
  }
  console.log(`fold ${fold} done`);
}
// entry model, as trainEntryModel.ts
const L2 = 0.001, EPOCHS = 3000, RATE = 0.5;
function fit(rows: readonly Row[]): EntryModel {
  const size = rows[0]!.features.length; const classes = ENTRY_CLASSES.length;
  const mean = Array.from({ length: size }, (_, at) => rows.reduce((s, r) => s + r.features[at]!, 0) / rows.length);
  const scale = Array.from({ length: size }, (_, at) => { const v = rows.reduce((s, r) => s + (r.features[at]! - mean[at]!) ** 2, 0) / rows.length; return v > 0 ? Math.sqrt(v) : 1; });
  const x = rows.map((r) => r.features.map((v, at) => (v - mean[at]!) / scale[at]!));
  const y = rows.map((r) => ENTRY_CLASSES.indexOf(r.gold));
  const w = Array.from({ length: classes }, () => new Array<number>(size).fill(0)); const bias = new Array<number>(classes).fill(0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = Array.from({ length: classes }, () => new Array<number>(size).fill(0)); const bg = new Array<number>(classes).fill(0);
    for (let r = 0; r < x.length; r++) {
      const f = x[r]!; const scores = w.map((ws, c) => ws.reduce((s, wt, at) => s + wt * f[at]!, bias[c]!));
      const top = Math.max(...scores); const exp = scores.map((s) => Math.exp(s - top)); const tot = exp.reduce((s, v) => s + v, 0);
      for (let c = 0; c < classes; c++) { const err = exp[c]! / tot - (y[r] === c ? 1 : 0); bg[c]! += err; for (let at = 0; at < size; at++) grad[c]![at]! += err * f[at]!; }
    }
    for (let c = 0; c < classes; c++) { for (let at = 0; at < size; at++) w[c]![at] = w[c]![at]! - RATE * (grad[c]![at]! / x.length + L2 * w[c]![at]!); bias[c] = bias[c]! - RATE * bg[c]! / x.length; }
  }
  const weights = w.map((row) => row.map((wt, at) => wt / scale[at]!));
  return { bias: bias.map((b, c) => b - weights[c]!.reduce((s, wt, at) => s + wt * mean[at]!, 0)), weights };
}
const label = (m: EntryModel, r: Row): EntryLabel => { if (r.unclearByShares) return 'unclear'; const p = predictEntryLabel(m, r.features, r.mayBeUnclear); return p === 'balanced' && r.trapHow ? 'how' : p; };
let right = 0; const conf = new Map<string, number>();
for (const writer of new Set(data.map((r) => r.writer))) {
  const m = fit(data.filter((r) => r.writer !== writer));
  data.forEach((r) => { if (r.writer !== writer) return; const p = label(m, r); right += p === r.gold ? 1 : 0; const k = `${r.gold}→${p}`; conf.set(k, (conf.get(k) ?? 0) + 1); });
}
console.log(`${lang} ${variant}: entries ${data.length}, LOWO entry model ${(100 * right / data.length).toFixed(1)} %; share rule ${(100 * data.filter((r) => r.byShares === r.gold).length / data.length).toFixed(1)} %`);
console.log([...conf].filter(([k]) => k.split('→')[0] !== k.split('→')[1]).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
