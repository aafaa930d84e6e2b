// The counts a person picker shows, with the right plural in English and German: "1 entry · 1 1:1",
// "3 entries · 2 1:1s" ("1 Eintrag · 1 1:1-Gespräch"). Takes the translator as a parameter (as
// webviewStrings.ts does) so the unit tier checks both languages against the bundles; the calls are
// still `l10n.t('…')` for @vscode/l10n-dev to extract.
import type { l10n } from 'vscode';

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
