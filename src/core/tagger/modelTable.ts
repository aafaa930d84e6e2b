// The sentence model's shipped form, one table per language: a first line with the two biases (in
// hundredths, as integers), then one line per feature, `name` followed by its two weights, why and
// how, in four characters: each weight in fiftieths (±40.94), as two base-64 digits (base64Numbers.ts;
// 12 bits, offset by half their range). The name is a lemma family or two joined by `+` ("delegate",
// "follow+up"), `@lexicon-why` / `@lexicon-how` (the cue lexicon's sums), or `@cue:N` (the Nth cue
// of the shipped cue table). Lines are separated by `|`, which no name holds. Written by
// scripts/trainTagger.ts, decoded here once per language. Fixed-width weights keep the table small:
// it ships in the tagger bundle, whose size is budgeted.
import type { TaggerLanguage } from './lemmaTable';
import { cueFeatureKey, cueIndexOf, LEXICON_HOW, LEXICON_WHY, pairFeatureKey, type SentenceModelTable } from './sentenceModel';

/** Names of the lexicon's two features in the table. */
const LEXICON_NAMES: ReadonlyMap<string, number> = new Map([['@lexicon-why', LEXICON_WHY], ['@lexicon-how', LEXICON_HOW]]);
import { stemId } from './tokens';
import { DIGIT_VALUE, writeBase64 } from './base64Numbers';

const WEIGHT_STEP = 50;
const WEIGHT_OFFSET = 2048;

function decodeWeight(encoded: string, at: number): number {
  return ((DIGIT_VALUE[encoded.charCodeAt(at)] as number) * 64 + (DIGIT_VALUE[encoded.charCodeAt(at + 1)] as number) - WEIGHT_OFFSET) / WEIGHT_STEP;
}

function encodeWeight(value: number): string {
  return writeBase64(Math.max(0, Math.min(4095, Math.round(value * WEIGHT_STEP) + WEIGHT_OFFSET)), 2);
}

/** Decodes a table (see the file comment), registering its families as stems. */
export function decodeModelTable(encoded: string): SentenceModelTable {
  const lines = encoded.split('|');
  const [biasWhy = 0, biasHow = 0] = (lines[0] ?? '').split(' ').map((value) => Number(value) / 100);
  const weights = new Map<number, readonly [number, number]>();
  for (let at = 1; at < lines.length; at++) {
    const line = lines[at] as string;
    if (line.length <= 4) {
      continue;
    }
    const name = line.slice(0, -4);
    const plus = name.indexOf('+');
    const key = LEXICON_NAMES.get(name)
      ?? (name.startsWith('@cue:') ? cueFeatureKey(Number(name.slice(5)))
        : plus < 0 ? stemId(name) : pairFeatureKey(stemId(name.slice(0, plus)), stemId(name.slice(plus + 1))));
    weights.set(key, [decodeWeight(line, line.length - 4), decodeWeight(line, line.length - 2)]);
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
  const rows = [...table.weights].map(([key, [why, how]]) => `${lexiconName(key) ?? name(key)}${encodeWeight(why)}${encodeWeight(how)}`).sort();
  return [`${round(table.biasWhy)} ${round(table.biasHow)}`, ...rows].join('|');
}

export type { TaggerLanguage };
