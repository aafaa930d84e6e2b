// The language the HTML report is written in: a translator of English messages (`t`, as
// `vscode.l10n.t` or `@vscode/l10n`'s: the message is its own key, `{0}` filled; the text helpers'
// `Translator`) and the locale its dates and decimals are written for. The report's files call
// `l10n.t('…')` on it with literal English messages, which @vscode/l10n-dev extracts into
// l10n/bundle.l10n.json like the extension's own (npm run l10n:export reads src/core/report too; the
// type import of `@vscode/l10n` in each is what it looks for); shares and counts are written by
// ../text/format.ts (`translatedPercent`, `pluralMessage`). The CLI and the tests use
// `ENGLISH_REPORT`; the extension hands in `vscode.l10n` and the display language, so an exported
// report reads in German in a German VS Code. Pure: no `vscode` here.
import { translatedVocabulary, type Vocabulary } from '../tagger/vocabulary';
import { dayFormat } from '../text/dates';
import { ENGLISH, type Translator } from '../text/format';
import { decimal as englishDecimal, monthName as englishMonth } from './names';

export interface ReportLanguage extends Translator {
  /** BCP 47, for `<html lang>`. */
  readonly locale: string;
  /** One decimal place as the language writes it: `2.5`, `2,5`. */
  readonly decimal: (value: number) => string;
  /** `2026-11-23` or `2026-11` → `Nov`. */
  readonly monthName: (iso: string) => string;
}

export const ENGLISH_REPORT: ReportLanguage = { t: ENGLISH.t, locale: 'en', decimal: englishDecimal, monthName: englishMonth };

/**
 * The report in `locale` with `translate` (the extension's `vscode.l10n`): decimals formatted by
 * `Intl` for the locale (`2,5`) and month names by ../text/dates.ts (`Mär`), the English report's
 * for a locale `Intl` refuses.
 */
export function reportLanguage(translate: Pick<ReportLanguage, 't'>, locale: string): ReportLanguage {
  let decimals: Intl.NumberFormat;
  try {
    decimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  } catch {
    return { ...ENGLISH_REPORT, t: (message, ...args) => translate.t(message, ...args) };
  }
  return {
    t: (message, ...args) => translate.t(message, ...args),
    locale,
    decimal: (value) => decimals.format(Math.round(value * 10) / 10),
    monthName: dayFormat(locale, 'month'),
  };
}

const vocabularies = new WeakMap<ReportLanguage, Vocabulary>();

/** The vocabulary in the report's language (the core table, src/core/tagger/vocabulary.ts, through the report's translator). */
export function vocabularyOf(language: ReportLanguage): Vocabulary {
  let vocabulary = vocabularies.get(language);
  if (!vocabulary) {
    vocabulary = translatedVocabulary(language);
    vocabularies.set(language, vocabulary);
  }
  return vocabulary;
}
