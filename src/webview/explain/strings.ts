// Every text the Explain Tags panel shows, by key, in the display language: `l10n.t` from
// `@vscode/l10n` as in ../trends/strings.ts (the bundle the host posted once, ../language.ts;
// extracted by @vscode/l10n-dev). Placeholders stay as `{0}` for the panel to fill. The names of
// traps, functions and styles, and a share as percent, are not here: they are the core vocabulary's
// and text helpers' (../vocabularyNames.ts); the why and how labels' words (`Why`, `why`,
// `Why (leading)`) are the vocabulary's rows too, read below.
import * as l10n from '@vscode/l10n';
import { translatedVocabulary } from '../../core/tagger/vocabulary';

/**
 * Every text the Explain Tags panel shows, by key, in the language `@vscode/l10n` was last configured
 * with. The keys are this table's own: `ExplainStringKey` and `ExplainStrings` are read from it (below),
 * so no list of them is kept beside it, and a key read that the table lacks is a type error.
 */
export function explainStrings() {
  const labels = translatedVocabulary(l10n).labels;
  return {
    heading: l10n.t('Why these tags?'),
    openEntry: l10n.t('Open the entry'),
    labelCaption: l10n.t('Label'),
    labelWhy: l10n.t('Mostly leading: the why.'),
    labelHow: l10n.t('Mostly managing: the how.'),
    labelBalanced: l10n.t('Balanced: it shows both leading and managing.'),
    labelUnclear: l10n.t('No side: nothing here is read as leading or managing.'),
    legendWhy: labels.why.heading,
    legendHow: labels.how.heading,
    sharesCaption: l10n.t('Sentences that show a side: {0} of {1}.'),
    readEnglish: l10n.t('Read as English.'),
    readGerman: l10n.t('Read as German.'),
    byTrap: l10n.t('Labelled how although the shares alone say balanced: the entry shows a managing-side trap (below), and such entries are about output and routine even where they turn down care or change.'),
    unclearEmpty: l10n.t('Nothing is written here in words yet, so the entry has no side.'),
    unclearLanguage: l10n.t('This entry is not written in English or German, the languages the tagger reads, so it is left without a side rather than guessed.'),
    unclearNoSignal: l10n.t('Nothing written here shows leading or managing: no sentence is about why something matters (direction, purpose, trust, people and change) or about how the work gets done (plans, schedules, budgets, processes).'),
    unclearWeak: l10n.t('Too little here shows leading or managing to give the entry a side: {0} of {1} sentences lean one way, and only weakly.'),
    unclearTrends: l10n.t('That is fine for a note of another kind; the trends count it as an entry and leave it out of the why/how share.'),
    dirty: l10n.t('Unsaved changes: this is how the entry reads now. Saving writes the label into its front matter.'),
    functions: l10n.t('Kotter functions: {0}'),
    style: l10n.t('Situational style you used: {0}'),
    sentencesHeading: l10n.t('Sentence by sentence'),
    sentencesIntro: l10n.t('Each sentence with the side it was read as and the words that decided it. A line number opens the entry at that line.'),
    sideWhy: labels.why.name,
    sideHow: labels.how.name,
    sideNone: l10n.t('No side'),
    line: l10n.t('Line {0}'),
    lineLabel: l10n.t('Line {0}: open the entry at this line'),
    cuesLabel: l10n.t('Cues'),
    cueNone: l10n.t('No word in it is a clear reason on its own: the sentence as a whole leans this way.'),
    cueEvidence: l10n.t('“{0}” counts for {1}'),
    cueTerm: l10n.t('“{0}” counts for {1} (your term)'),
    cueShape: l10n.t('“{0}” counts for {1}: {2}'),
    shapeFigures: l10n.t('a figure set against another'),
    shapeSupply: l10n.t('an amount on hand or needed'),
    cueContrast: l10n.t('the part after “{0}” counted for little'),
    cueNegation: l10n.t('“{0}” negates, but the topic still counts'),
    cueWhy: labels.why.word,
    cueHow: labels.how.word,
    trapsHeading: l10n.t('Traps to look at'),
    trapsIntro: l10n.t('Patterns worth a second look, each with the sentences that show it.'),
    trapEvidence: l10n.t('What shows it'),
    missing: l10n.t('The entry cannot be read: {0}'),
    failure: l10n.t('Something went wrong while drawing the explanation: {0}'),
  };
}

export type ExplainStrings = Readonly<ReturnType<typeof explainStrings>>;
export type ExplainStringKey = keyof ExplainStrings;
