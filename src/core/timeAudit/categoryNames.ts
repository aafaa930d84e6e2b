// Category names for tables (reviews, the CLI, quick picks), in English or German: the built-in
// categories by the language's own name, a user's own category by its label as written; the sides by
// the names the vocabulary gives them (core/tagger/vocabulary.ts).
import { ENTRY_LABEL_TERMS } from '../tagger/vocabulary';
import type { CategoryDefinition, Side } from './categoryRules';
import type { SentenceLanguage } from './saidVsDidText';

const NAMES: Record<SentenceLanguage, Readonly<Record<string, string>>> = {
  en: {
    'one-on-one': '1:1', team: 'Team meeting', 'all-hands': 'All-hands', external: 'External', hiring: 'Hiring',
    planning: 'Planning, review and status', coaching: 'Coaching and mentoring', focus: 'Focus time', other: 'Other',
  },
  de: {
    'one-on-one': 'Einzelgespräch (1:1)', team: 'Teammeeting', 'all-hands': 'Versammlung aller', external: 'Extern', hiring: 'Einstellung',
    planning: 'Planung, Review und Status', coaching: 'Coaching und Mentoring', focus: 'Fokuszeit', other: 'Sonstiges',
  },
};

/**
 * A category's side as a table cell: why and how by the vocabulary's names of the two labels (in
 * lower case in English, as German writes its nouns), and neither, which is no side of the job and so
 * no row of the vocabulary, by its own word.
 */
const SIDES: Record<SentenceLanguage, Record<Side, string>> = {
  en: { why: ENTRY_LABEL_TERMS.why.name.toLowerCase(), how: ENTRY_LABEL_TERMS.how.name.toLowerCase(), neither: 'neither' },
  de: { why: ENTRY_LABEL_TERMS.why.de.name, how: ENTRY_LABEL_TERMS.how.de.name, neither: 'keine' },
};

/**
 * A category's name. A built-in id keeps its translated name unless the user relabelled it in
 * rules.yml (a label other than the built-in English one).
 */
export function categoryLabel(category: Pick<CategoryDefinition, 'id' | 'label'>, language: SentenceLanguage): string {
  const builtIn = NAMES.en[category.id];
  return builtIn !== undefined && category.label === builtIn ? NAMES[language][category.id] ?? builtIn : category.label;
}

export function sideName(side: Side, language: SentenceLanguage): string {
  return SIDES[language][side];
}
