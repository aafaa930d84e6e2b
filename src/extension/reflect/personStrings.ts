// The counts a person picker shows, with the right plural in English and German: "1 entry · 1 1:1",
// "3 entries · 2 1:1s" ("1 Eintrag · 1 1:1-Gespräch"); and a cadence as the person page says it,
// "Every 2 weeks" ("Alle 2 Wochen"), not as people.yml writes it ("2w"). Takes the translator as a parameter (as
// webviewStrings.ts does) so the unit tier checks both languages against the bundles; the calls are
// still `l10n.t('…')` for @vscode/l10n-dev to extract.
import type { l10n } from 'vscode';
import type { Cadence } from '../../core/people/cadence';

/** `vscode.l10n`, or a stand-in with the same `t`. */
export type Translator = Pick<typeof l10n, 't'>;

/** "3 entries · 2 1:1s · last 2026-12-01", or without the 1:1s when there are none. */
export function personCounts(l10n: Translator, entries: number, oneOnOnes: number, last: string): string {
  const count = entries === 1 ? l10n.t('1 entry') : l10n.t('{0} entries', entries);
  if (oneOnOnes === 0) {
    return l10n.t('{0} · last {1}', count, last);
  }
  return oneOnOnes === 1 ? l10n.t('{0} · 1 1:1 · last {1}', count, last) : l10n.t('{0} · {1} 1:1s · last {2}', count, oneOnOnes, last);
}

/** "Every week", "Every 2 weeks", "Every 10 days", "Every month", "Every 3 months": a sentence's start. */
export function everyCadence(l10n: Translator, cadence: Cadence): string {
  const { unit, count } = cadence;
  if (unit === 'months') {
    return count === 1 ? l10n.t('Every month') : l10n.t('Every {0} months', count);
  }
  if (count % 7 === 0) {
    return count === 7 ? l10n.t('Every week') : l10n.t('Every {0} weeks', count / 7);
  }
  return count === 1 ? l10n.t('Every day') : l10n.t('Every {0} days', count);
}
