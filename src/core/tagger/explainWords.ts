// The words of an entry's tag explanation (explain.ts) in a translator's language: the hover's, in
// VS Code's display language (src/extension/tagging/tagLens.ts hands in `vscode.l10n`), and the
// English default, `ENGLISH_EXPLAIN_WORDS`, which the CLI and the tests read — one copy of the words,
// not a second English one. Most messages are the Explain Tags panel's own
// (src/webview/explain/strings.ts), so the German bundle translates each once and the hover and the
// panel say the same; the names and meanings of labels, traps, functions and styles, and the why and
// how sides' words (`why`, `Why (leading)`), are the vocabulary's (vocabulary.ts), and counts go through `pluralMessage`. The calls are
// `l10n.t('…')` for @vscode/l10n-dev to extract, hence the type import of `@vscode/l10n`.
import type * as l10n from '@vscode/l10n';
import { ENGLISH, pluralMessage, translatedPercent, type Translator } from '../text/format';
import type { ExplainWords } from './explain';
import { readCue } from './explanation';
import { unclearWords } from './unclearReason';
import { translatedVocabulary } from './vocabulary';

/** `vscode.l10n`, `@vscode/l10n`, or a stand-in with the same `t` (the unit tests'). */
export type ExplainTranslator = Pick<typeof l10n, 't'> | Translator;

export function explainWords(l10n: ExplainTranslator): ExplainWords {
  const vocabulary = translatedVocabulary(l10n);
  const side = (name: 'why' | 'how'): string => vocabulary.labels[name].word;
  return {
    summary: (label, leaning, why, how, counted, total) =>
      `**${vocabulary.labels[label].name}** — ${leaning}: ${l10n.t('why {0}, how {1} over {2} of {3} sentences.', translatedPercent(l10n, why), translatedPercent(l10n, how), counted, total)}`,
    labelMeaning: (label) => vocabulary.labels[label].meaning,
    unclear: (reason) => unclearWords(l10n)[reason].sentence,
    byTrap: l10n.t('Labelled how although the shares alone say balanced: the entry shows a managing-side trap (below), and such entries are about output and routine even where they turn down care or change.'),
    functions: (ids) => `**${l10n.t('Kotter functions: {0}', ids.map((id) => vocabulary.functions[id]?.name ?? id).join(', '))}**`,
    style: (id) => `**${l10n.t('Situational style you used: {0}', vocabulary.styles[id]?.name ?? id)}**`,
    sideHeading: (name, sentences) => `**${vocabulary.labels[name].heading}** — ${pluralMessage(sentences, l10n.t('1 sentence:'), l10n.t('{0} sentences:'))}`,
    cue: (raw) => {
      const cue = readCue(raw);
      switch (cue.kind) {
        case 'evidence':
          return l10n.t('“{0}” counts for {1}', cue.words, side(cue.side ?? 'why'));
        case 'term':
          return l10n.t('“{0}” counts for {1} (your term)', cue.words, side(cue.side ?? 'why'));
        case 'shape':
          return l10n.t('“{0}” counts for {1}: {2}', cue.words, side(cue.side ?? 'how'),
            cue.shape === 'supply' ? l10n.t('an amount on hand or needed') : l10n.t('a figure set against another'));
        case 'contrast':
          return l10n.t('the part after “{0}” counted for little', cue.words);
        case 'negation':
          return l10n.t('“{0}” negates, but the topic still counts', cue.words);
        case 'other':
          return raw;
      }
    },
    line: (line, cues) => `*(${l10n.t('Line {0}', line)}${cues})*`,
    more: (count) => `- …${l10n.t('{0} more', count)}`,
    trapsHeading: `**${l10n.t('Traps to look at')}**`,
    trap: (id) => {
      const trap = vocabulary.traps[id] as { readonly name: string; readonly meaning: string } | undefined;
      return trap ? `${trap.name} — ${trap.meaning}` : id;
    },
    noSentence: l10n.t('No sentence here reads as leading or managing yet, so the shares are 0.'),
  };
}

/** The words in English, as written: the default of `explainMarkdown`. */
export const ENGLISH_EXPLAIN_WORDS: ExplainWords = explainWords(ENGLISH);
