// What Customize Template… says when it cannot write the template: a disk that is full or read-only
// (../journal/diskRefusal.ts) in plain words — nothing was written (createIfAbsent leaves no file cut
// short), so new entries of that kind still start from the built-in body — and what to do; any other
// failure as the system words it. Takes the translator as a parameter (as retagSummary.ts does) so the
// unit tier checks both languages against the shipped bundles; the calls are still `l10n.t('…')` for
// @vscode/l10n-dev to extract.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';
import { diskRefusalMessage, diskRefusalOf } from '../journal/diskRefusal';

export function templateFailure(l10n: Translator, error: unknown): string {
  return diskRefusalMessage(diskRefusalOf(error), error, {
    full: l10n.t('Could not create the template: the disk is full. Nothing was written, so new entries of this kind still start from the built-in body. Free some space, then run Customize Template again.'),
    readOnly: l10n.t('Could not create the template: the journal\'s folder cannot be written to (the disk is read-only, or permission was denied). Nothing was written, so new entries of this kind still start from the built-in body.'),
    other: (message) => l10n.t('Could not create the template: {0}', message),
  });
}
