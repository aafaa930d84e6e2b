// The words of the name a cut-off save is kept under beside its entry, in the user's language:
// `NAME (interrupted save).md`, in German `NAME (unterbrochene Speicherung).md`. Handed to the core
// (core/encryption/keptSaves.ts), which stays pure and recognises the English names too, so copies
// kept before a switch of language keep their numbers. One string for the saves (the provider) and
// the migrations (encryptionCommands.ts). Takes the translator as a parameter so the unit tier checks
// both languages against the shipped bundles; the call is still `l10n.t('…')` for @vscode/l10n-dev.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';

export function keptSaveWords(l10n: Translator): string {
  return l10n.t('interrupted save');
}
