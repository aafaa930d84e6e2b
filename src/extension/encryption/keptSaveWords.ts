// The words of the name a cut-off save is kept under beside its entry, in the user's language:
// `NAME (interrupted save).md`, in German `NAME (unterbrochene Speicherung).md`. Handed to the core
// (core/encryption/keptSaves.ts), which stays pure and recognises the English names too, so copies
// kept before a switch of language keep their numbers. One string for the saves (the provider) and
// the migrations (encryptionCommands.ts). Takes the translator as a parameter so the unit tier checks
// both languages against the shipped bundles; the call is still `l10n.t('…')` for @vscode/l10n-dev.
import type { l10n } from 'vscode';

/** `vscode.l10n`, or a stand-in with the same `t`. */
export type Translator = Pick<typeof l10n, 't'>;

export function keptSaveWords(l10n: Translator): string {
  return l10n.t('interrupted save');
}
