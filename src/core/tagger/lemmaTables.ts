// The lemma table in use for each language: the built-in one (lemmaTable.generated.ts, with its index
// and the forms read as verbs by position), decoded on first use, unless the trainer has put its full
// build-time table in its place (tokens.ts `useLemmaTable`, which also forgets the cached words).
import { decodeLemmaTable, familiesInMask, type LemmaEntry, type LemmaTable, type TaggerLanguage } from './lemmaTable';
import {
  DE_LEMMA_INDEX, DE_LEMMAS, DE_QUIET_FAMILIES, DE_QUIET_FORMS, DE_VERB_READINGS,
  EN_LEMMA_INDEX, EN_LEMMAS, EN_QUIET_FAMILIES, EN_QUIET_FORMS, EN_VERB_READINGS,
} from './lemmaTable.generated';

const tables: Partial<Record<TaggerLanguage, LemmaTable>> = {};

export function lemmaTable(language: TaggerLanguage): LemmaTable {
  let table = tables[language];
  if (table === undefined) {
    table = language === 'en'
      ? withQuiet(withVerbReadings(decodeLemmaTable(language, EN_LEMMAS, EN_LEMMA_INDEX), EN_VERB_READINGS), EN_LEMMAS, EN_QUIET_FAMILIES, EN_QUIET_FORMS)
      : withQuiet(withVerbReadings(decodeLemmaTable(language, DE_LEMMAS, DE_LEMMA_INDEX), DE_VERB_READINGS), DE_LEMMAS, DE_QUIET_FAMILIES, DE_QUIET_FORMS);
    tables[language] = table;
  }
  return table;
}

/** Replaces a language's table; callers clear the word caches (tokens.ts `useLemmaTable`). */
export function setLemmaTable(table: LemmaTable): void {
  tables[table.language] = table;
}

/** `table` with its look-up passed through `mark`, families and language unchanged. */
function marked(table: LemmaTable, mark: (word: string, entry: LemmaEntry | undefined) => LemmaEntry | undefined): LemmaTable {
  return {
    language: table.language,
    get families() {
      return table.families;
    },
    lookup: (word) => mark(word, table.lookup(word)),
  };
}

/**
 * `table` with the shipped verb readings (space-separated forms) marked on their entries. A form
 * that is its own family has no line in the table (fullTables.ts `prunedTable`), so it gets an entry
 * of its own here. The words go into a Set on the first look-up, not at load.
 */
function withVerbReadings(table: LemmaTable, readings: string): LemmaTable {
  if (readings === '') {
    return table;
  }
  let words: ReadonlySet<string> | undefined;
  return marked(table, (word, entry) => {
    words ??= new Set(readings.split(' '));
    return words.has(word) ? { family: entry?.family ?? word, evidence: false, verbReading: true } : entry;
  });
}

/**
 * `table` with the shipped quiet families and forms marked on their evidence entries (lemmaTable.ts
 * `quiet`): `mask` names the families of the table encoded as `encoded` by their places in
 * `table.families` (lemmaTable.ts encodeFamilyMask; fullTables.ts `prunedQuiet`), `forms` the quiet
 * forms of other families, space-separated. Both become Sets on the first look-up of an evidence
 * form, not at load.
 */
export function withQuiet(table: LemmaTable, encoded: string, mask: string, forms: string): LemmaTable {
  if (mask === '' && forms === '') {
    return table;
  }
  let quietFamilies: ReadonlySet<string> | undefined;
  let quietForms: ReadonlySet<string> | undefined;
  return marked(table, (word, entry) => {
    if (entry === undefined || !entry.evidence) {
      return entry;
    }
    quietFamilies ??= familiesInMask(encoded, mask);
    quietForms ??= new Set(forms.split(' '));
    // A word the table does not hold shows as the form it was read as would: a compound as its tail
    // ("Werkstatt" as "statt", quiet; "Weiterbildungsbudget" as "budget"), never by that family alone.
    return quietFamilies.has(entry.family) || quietForms.has(entry.readAs ?? word) ? { ...entry, quiet: true } : entry;
  });
}
