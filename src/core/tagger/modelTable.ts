// The sentence model's shipped form, one table per language: a first line with the two biases, then
// one line per feature, `name why how` (weights in hundredths, as integers), where the name is a lemma family or two joined by `+`
// ("delegate", "follow+up"), `@lexicon-why` / `@lexicon-how` (the cue lexicon's sums), or `@cue:N`
// (the Nth cue of the shipped cue table). Written by scripts/trainTagger.ts, decoded here once per language.
import type { TaggerLanguage } from './lemmaTable';
import { cueFeatureKey, cueIndexOf, LEXICON_HOW, LEXICON_WHY, pairFeatureKey, type SentenceModelTable } from './sentenceModel';

/** Names of the lexicon's two features in the table. */
const LEXICON_NAMES: ReadonlyMap<string, number> = new Map([['@lexicon-why', LEXICON_WHY], ['@lexicon-how', LEXICON_HOW]]);
import { stemId } from './tokens';

/** Decodes a table (see the file comment), registering its families as stems. */
export function decodeModelTable(encoded: string): SentenceModelTable {
  const lines = encoded.split('\n');
  const [biasWhy = 0, biasHow = 0] = (lines[0] ?? '').split(' ').map((value) => Number(value) / 100);
  const weights = new Map<number, readonly [number, number]>();
  for (let at = 1; at < lines.length; at++) {
    const [name = '', why = '0', how = '0'] = (lines[at] as string).split(' ');
    if (name === '') {
      continue;
    }
    const plus = name.indexOf('+');
    const key = LEXICON_NAMES.get(name)
      ?? (name.startsWith('@cue:') ? cueFeatureKey(Number(name.slice(5)))
        : plus < 0 ? stemId(name) : pairFeatureKey(stemId(name.slice(0, plus)), stemId(name.slice(plus + 1))));
    weights.set(key, [Number(why) / 100, Number(how) / 100]);
  }
  return { biasWhy, biasHow, weights };
}

/** Encodes a table as {@link decodeModelTable} reads it; `name` gives a feature key's name. */
export function encodeModelTable(table: SentenceModelTable, name: (key: number) => string): string {
  const round = (value: number): string => String(Math.round(value * 100));
  const lexiconName = (key: number): string | undefined => {
    const cue = cueIndexOf(key);
    return cue !== undefined ? `@cue:${cue}` : [...LEXICON_NAMES].find(([, value]) => value === key)?.[0];
  };
  const rows = [...table.weights].map(([key, [why, how]]) => `${lexiconName(key) ?? name(key)} ${round(why)} ${round(how)}`).sort();
  return [`${round(table.biasWhy)} ${round(table.biasHow)}`, ...rows].join('\n');
}

export type { TaggerLanguage };
