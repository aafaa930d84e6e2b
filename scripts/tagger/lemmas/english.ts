// English words to lemma families, at build time: wink-lemmatizer (WordNet's base forms and its
// exception lists) finds the lemma of an inflected word, and WordNet's derivational links join a
// nominalisation to its verb, so "delegated", "delegating", "delegates" and "delegation" all become
// the family "delegate". British and American spellings of one lemma (-ise/-ize) share a family.
// Only the families the tagger uses are shipped (src/core/tagger/lemmaTable.generated.ts).
import { createRequire } from 'node:module';
import { loadWordNet, type WordNet } from './wordnet';

const require = createRequire(import.meta.url);
const lemmatizer = require('wink-lemmatizer') as {
  noun(word: string): string;
  verb(word: string): string;
  adjective(word: string): string;
};

/** Endings of a noun that names the act or result of its verb (WordNet links more loosely). */
const NOMINALISATION = /(?:tion|sion|ment|ance|ence|al|ure|ing|age|ery)$/;

/** Length of the common prefix of two words. */
function commonPrefix(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) {
    at++;
  }
  return at;
}

/** The verb a noun is the nominalisation of, when WordNet links them and the words share a stem. */
function verbOfNoun(noun: string, wordnet: WordNet): string | undefined {
  if (!NOMINALISATION.test(noun)) {
    return undefined;
  }
  let best: string | undefined;
  let bestPrefix = 0;
  for (const verb of wordnet.nounToVerbs.get(noun) ?? []) {
    const prefix = commonPrefix(noun, verb);
    // The shared part must be most of the verb: "decision"/"decide" (4 of 6), not "meeting"/"see".
    if (prefix >= 4 && prefix >= verb.length - 2 && prefix > bestPrefix) {
      best = verb;
      bestPrefix = prefix;
    }
  }
  return best;
}

/** The American spelling of a British -is- form when WordNet knows it (organise → organize). */
function americanSpelling(word: string, known: (word: string) => boolean): string {
  const match = /is(e|ed|es|ing|ation|ations|er|ers)$/.exec(word);
  if (match) {
    const american = `${word.slice(0, match.index)}iz${match[1]}`;
    if (known(american)) {
      return american;
    }
  }
  return word;
}

export interface EnglishLemmatizer {
  /** The family of a lower-case word (the word itself when it has no better one). */
  family(word: string): string;
  /** True when the word reads as a form of a verb ("staffed", "planning", "delegate"), not a noun. */
  isVerbForm(word: string): boolean;
  /** The word's noun lemma ("meetings" → "meeting"). */
  nounOf(word: string): string;
  /** The word's verb lemma ("coaches" → "coach"), or the word. */
  verbOf(word: string): string;
  readonly wordnet: WordNet;
}

export function englishLemmatizer(): EnglishLemmatizer {
  const wordnet = loadWordNet();
  const { noun: nouns, verb: verbs, adj: adjectives } = wordnet.lemmas;
  const known = (word: string): boolean => nouns.has(word) || verbs.has(word) || adjectives.has(word);
  const cache = new Map<string, string>();

  function baseFamily(word: string): string {
    const verb = lemmatizer.verb(word);
    const isVerbForm = verbs.has(verb) && verb !== word;
    // -ing and -ed forms read as the verb ("planning", "staffed"), as do other inflected verb forms
    // that are not also nouns ("ran", "led").
    if (isVerbForm && (/(?:ing|ed)$/.test(word) || !nouns.has(lemmatizer.noun(word)))) {
      return verb;
    }
    const noun = lemmatizer.noun(word);
    if (nouns.has(noun)) {
      return verbOfNoun(noun, wordnet) ?? noun;
    }
    if (verbs.has(word) || isVerbForm) {
      return verbs.has(word) ? word : verb;
    }
    const adjective = lemmatizer.adjective(word);
    if (adjectives.has(adjective)) {
      return adjective;
    }
    return word;
  }

  return {
    wordnet,
    nounOf: (word) => lemmatizer.noun(word),
    verbOf: (word) => lemmatizer.verb(word),
    isVerbForm(word) {
      const verb = lemmatizer.verb(word);
      if (verb !== word) {
        return verbs.has(verb) && (/(?:ing|ed)$/.test(word) || !nouns.has(lemmatizer.noun(word)));
      }
      // A base form is read as a verb when WordNet gives it at least as many verb senses as noun senses.
      return verbs.has(word) && (wordnet.verbFiles.get(word)?.length ?? 0) >= (wordnet.nounFiles.get(word)?.length ?? 0);
    },
    family(word) {
      let family = cache.get(word);
      if (family === undefined) {
        family = americanSpelling(baseFamily(americanSpelling(word, known)), known);
        cache.set(word, family);
      }
      return family;
    },
  };
}
