// The vocabulary's names and meanings (vocabulary.ts) in VS Code's display language, keyed by the
// same ids, for everything the extension shows translated: the trends view and the Explain Tags
// panel (with `@vscode/l10n`), the person page, the hover and the HTML report (with `vscode.l10n`),
// each handing in its translator, so this file stays pure (a type import only). The English
// messages are written out because @vscode/l10n-dev extracts only literal `l10n.t('…')` calls into
// l10n/bundle.l10n.json (and reads only files that import `vscode` or `@vscode/l10n`, hence the type
// import); a unit test holds them equal to the core table, so the table stays the one place a name
// is decided and the German bundle translates each name once.
import type * as l10n from '@vscode/l10n';
import type { FunctionId, StyleId, TrapId } from './types';

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
