// The lemma table in use for each language: the built-in one (lemmaTable.generated.ts, with its index), decoded on
// first use, unless the trainer has put its full build-time table in its place (tokens.ts
// `useLemmaTable`, which also forgets the cached words).
import { decodeLemmaTable, type LemmaTable, type TaggerLanguage } from './lemmaTable';
import { DE_LEMMA_INDEX, DE_LEMMAS, EN_LEMMA_INDEX, EN_LEMMAS } from './lemmaTable.generated';

const tables: Partial<Record<TaggerLanguage, LemmaTable>> = {};

export function lemmaTable(language: TaggerLanguage): LemmaTable {
  let table = tables[language];
  if (table === undefined) {
    table = language === 'en' ? decodeLemmaTable(language, EN_LEMMAS, EN_LEMMA_INDEX) : decodeLemmaTable(language, DE_LEMMAS, DE_LEMMA_INDEX);
    tables[language] = table;
  }
  return table;
}

/** Replaces a language's table; callers clear the word caches (tokens.ts `useLemmaTable`). */
export function setLemmaTable(table: LemmaTable): void {
  tables[table.language] = table;
}
