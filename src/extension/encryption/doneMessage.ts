// What a finished Encrypt, Decrypt or Change Passphrase says, with the right plurals ("Encrypted 1
// entry (1 was already done).", never "1 entries" or "1 already were"), as the CLI says it
// (src/cli/encryption/outcomeText.ts). Takes the translator as a parameter (as
// ../people/personStrings.ts does) so the unit tier checks both languages against the shipped
// bundles; the calls are still `l10n.t('…')` for @vscode/l10n-dev to extract.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import { pluralMessage, type Translator } from '../../core/text/format';
import type { MigrationOutcome } from '../../core/encryption/migrationRun';

/** "Encrypted 3 entries", "Decrypted 1 entry", … */
function converted(l10n: Translator, outcome: MigrationOutcome, undo: boolean): string {
  const count = outcome.converted;
  switch (outcome.operation) {
    case 'encrypt':
      return pluralMessage(count, l10n.t('Encrypted 1 entry'), l10n.t('Encrypted {0} entries'));
    case 'decrypt':
      return pluralMessage(count, l10n.t('Decrypted 1 entry'), l10n.t('Decrypted {0} entries'));
    case 'change-passphrase':
      if (undo) {
        return pluralMessage(count, l10n.t('Undid the passphrase change: 1 entry is back under the old passphrase'), l10n.t('Undid the passphrase change: {0} entries are back under the old passphrase'));
      }
      return pluralMessage(count, l10n.t('Re-encrypted 1 entry to the new passphrase'), l10n.t('Re-encrypted {0} entries to the new passphrase'));
  }
}

/** `undo`: an interrupted passphrase change taken back. */
export function doneMessage(l10n: Translator, outcome: MigrationOutcome, undo = false): string {
  const done = converted(l10n, outcome, undo);
  const counts = outcome.already === 0 ? done
    : l10n.t('{0} ({1})', done, pluralMessage(outcome.already, l10n.t('1 was already done'), l10n.t('{0} were already done')));
  return outcome.operation === 'decrypt'
    ? l10n.t('{0}: the journal is plain Markdown again.', counts)
    : l10n.t('{0}.', counts);
}
