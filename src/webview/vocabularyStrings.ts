// The vocabulary's names and meanings (src/core/tagger/vocabulary.ts) in VS Code's display language,
// keyed by the same ids, for everything the extension shows translated: the trends view and the
// Explain Tags panel (with `@vscode/l10n`), the person page (with `vscode.l10n`). The English
// messages are written out because @vscode/l10n-dev extracts only literal `l10n.t('…')` calls into
// l10n/bundle.l10n.json (and reads only files that import `vscode` or `@vscode/l10n`, hence the type
// import); a unit test holds them equal to the core table, so the table stays the one place a name
// is decided and the German bundle translates each name once.
import type * as l10n from '@vscode/l10n';
import { FUNCTION_IDS, STYLE_IDS, TRAP_IDS, type FunctionId, type StyleId, type TrapId } from '../core/tagger/types';
import { FUNCTION_KEYS, STYLE_KEYS, TRAP_KEYS, type VocabularyKey } from './vocabularyKeys';

/** `vscode.l10n` or `@vscode/l10n`: whatever translates an English message (the unit tests use an identity). */
export interface Translator {
  t(message: string, ...args: l10n.L10nReplacement[]): string;
}

export interface TranslatedTerm {
  readonly name: string;
  readonly meaning: string;
}

export interface TranslatedVocabulary {
  readonly traps: Readonly<Record<TrapId, TranslatedTerm>>;
  readonly functions: Readonly<Record<FunctionId, { readonly name: string }>>;
  readonly styles: Readonly<Record<StyleId, { readonly name: string }>>;
}

export function translatedVocabulary(l10n: Translator): TranslatedVocabulary {
  return {
    traps: {
      'micromanaging-leader': { name: l10n.t('Micromanaging leader'), meaning: l10n.t('holding every detail instead of trusting the team') },
      'visionless-manager': { name: l10n.t('Visionless manager'), meaning: l10n.t('keeping the routine going with no bigger picture') },
      'nice-leader-no-follow-through': { name: l10n.t('Nice leader, no follow-through'), meaning: l10n.t('ideas and promises without execution') },
      'taskmaster-manager': { name: l10n.t('Taskmaster manager'), meaning: l10n.t('pushing output with no why and no care for people') },
    },
    functions: {
      direction: { name: l10n.t('Direction') },
      alignment: { name: l10n.t('Alignment') },
      motivation: { name: l10n.t('Motivation') },
      planning: { name: l10n.t('Planning') },
      organising: { name: l10n.t('Organising') },
      controlling: { name: l10n.t('Controlling') },
    },
    styles: {
      directing: { name: l10n.t('Directing') },
      coaching: { name: l10n.t('Coaching') },
      supporting: { name: l10n.t('Supporting') },
      delegating: { name: l10n.t('Delegating') },
    },
  };
}

/** The translated vocabulary under the webviews' string keys (src/webview/vocabularyKeys.ts), for trends/strings.ts and explain/strings.ts. */
export function vocabularyKeyStrings(l10n: Translator): Readonly<Record<VocabularyKey, string>> {
  const vocabulary = translatedVocabulary(l10n);
  const strings: Partial<Record<VocabularyKey, string>> = {};
  for (const id of TRAP_IDS) {
    strings[TRAP_KEYS[id].name] = vocabulary.traps[id].name;
    strings[TRAP_KEYS[id].meaning] = vocabulary.traps[id].meaning;
  }
  for (const id of FUNCTION_IDS) {
    strings[FUNCTION_KEYS[id]] = vocabulary.functions[id].name;
  }
  for (const id of STYLE_IDS) {
    strings[STYLE_KEYS[id]] = vocabulary.styles[id].name;
  }
  return strings as Readonly<Record<VocabularyKey, string>>;
}
